// The language switch changes every string and <html lang> at once, and is remembered.
import { expect, inject, it } from 'vitest';
import { chooseRadio, newPhoneContext, useBrowser } from './support/browser';
import { strings } from './support/routes';

const browser = useBrowser();

it('switches to Welsh and back, and remembers the choice after a reload', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'));
  const page = await context.newPage();
  try {
    await page.goto('/about-me');
    await page.getByRole('heading', { level: 1, name: strings.en.tasks.aboutMe.title }).waitFor();
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: strings.cy.tasks.aboutMe.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
    expect(await page.title()).toContain(strings.cy.tasks.aboutMe.title);
    await page.getByRole('link', { name: strings.cy.common.needHelp }).waitFor();
    await expect(page.getByText(strings.en.common.needHelp, { exact: true }).count()).resolves.toBe(
      0,
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: strings.cy.tasks.aboutMe.title }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: strings.en.tasks.aboutMe.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
  } finally {
    await context.close();
  }
});

it('changes language from the settings page too', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/settings');
    // Welsh loads first, then the whole page changes: tap the label, then wait for the Welsh.
    await page
      .getByRole('radiogroup', { name: strings.en.settings.language.legend, exact: true })
      .locator('label')
      .filter({ hasText: 'Cymraeg' })
      .click();
    await page.getByRole('heading', { level: 1, name: strings.cy.settings.title }).waitFor();
    const welsh = page
      .getByRole('radiogroup', { name: strings.cy.settings.language.legend, exact: true })
      .getByRole('radio', { name: 'Cymraeg', exact: true });
    expect(await welsh.isChecked()).toBe(true);
    await chooseRadio(
      page,
      strings.cy.settings.textSize.legend,
      strings.cy.settings.textSize.larger,
    );
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: strings.cy.settings.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
  } finally {
    await context.close();
  }
});
