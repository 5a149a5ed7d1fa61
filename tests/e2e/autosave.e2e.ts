// Never lose a keystroke the screen showed: text typed and then, at once (well inside the
// 300 ms autosave delay), reloaded or closed is there when About Me is opened again; and a
// page closed in the middle of typing has at least everything up to the last "Saved" status.
import { expect, inject, it } from 'vitest';
import { newPhoneContext, useBrowser } from './support/browser';
import enAboutMe from '../../locales/en/aboutMe.json';
import enTasks from '../../locales/en/tasks.json';
import enWorkbook from '../../locales/en/workbook.json';
import enCommon from '../../locales/en/common.json';
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

it('keeps everything up to the last "Saved" when the page is closed in the middle of typing', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  try {
    const page = await context.newPage();
    await firstQuestion(page);
    const box = page.getByRole('textbox').first();
    await box.fill('');
    await box.pressSequentially('Gardening');
    const address = page.url();
    const id = /\/about-me\/([0-9a-f-]{36})\//.exec(address)?.[1];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // "Saved" on the status line, for this text: its safety copy is gone once it is written.
    const status = page.getByRole('status', { name: enCommon.status.label });
    await expect
      .poll(() =>
        page.evaluate((key) => localStorage.getItem(key), `waymark.unsaved.aboutMe.${id}`),
      )
      .toBeNull();
    await status.getByText(/Saved on this phone at /).waitFor();

    // Typing on, one key at a time; the page closes part way through.
    const rest = ' and my allotment';
    const typing = box.pressSequentially(rest, { delay: 60 }).catch(() => undefined);
    await page.waitForTimeout(200);
    await page.close({ runBeforeUnload: true });
    await typing;

    const again = await context.newPage();
    await again.goto(address);
    await again.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    const kept = await again.getByRole('textbox').first().inputValue();
    expect(kept.startsWith('Gardening')).toBe(true);
    expect(`Gardening${rest}`.startsWith(kept)).toBe(true);
    // The keys typed after "Saved" were on screen, so they are kept too (the safety copy).
    expect(kept.length).toBeGreaterThan('Gardening'.length);
  } finally {
    await context.close();
  }
});
