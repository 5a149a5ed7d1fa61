// Never lose a keystroke the screen showed: text typed and then, at once (well inside the
// 300 ms autosave delay), reloaded or closed is there when About Me is opened again.
import { expect, inject, it } from 'vitest';
import { newPhoneContext, useBrowser } from './support/browser';
import enAboutMe from '../../locales/en/aboutMe.json';
import enTasks from '../../locales/en/tasks.json';
import enWorkbook from '../../locales/en/workbook.json';
import type { Page } from 'playwright-core';

const browser = useBrowser();

async function firstQuestion(page: Page): Promise<void> {
  await page.goto('/about-me');
  await page.getByRole('heading', { level: 1, name: enTasks.aboutMe.title }).waitFor();
  await page
    .getByRole('button', {
      name: new RegExp(`^(${enWorkbook.start.start}|${enWorkbook.start.continue})$`),
    })
    .click();
  await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
}

it('keeps text typed just before a reload', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await firstQuestion(page);
    await page.getByRole('textbox').first().pressSequentially('Swimming and birds');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    expect(await page.getByRole('textbox').first().inputValue()).toBe('Swimming and birds');
  } finally {
    await context.close();
  }
});

it('keeps text typed just before the page was closed', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  try {
    const page = await context.newPage();
    await firstQuestion(page);
    const box = page.getByRole('textbox').first();
    await box.fill('');
    await box.pressSequentially('Cooking for my family');
    const address = page.url(); // this question of this record
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(address);
    await again.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    expect(await again.getByRole('textbox').first().inputValue()).toBe('Cooking for my family');
  } finally {
    await context.close();
  }
});
