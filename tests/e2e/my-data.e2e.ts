// "Your information" on the settings page, in Chromium: download everything as a file, delete
// everything on the phone (asked first), restore from the file (checked and previewed first),
// and a file that is not Waymark's is refused in plain words with nothing changed.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { axeViolations, newPhoneContext, useBrowser } from './support/browser';
import enMyData from '../../locales/en/myData.json';
import enSettings from '../../locales/en/settings.json';
import enActionPlan from '../../locales/en/actionPlan.json';

const browser = useBrowser();

it('downloads, deletes and restores everything on the phone', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(`/action-plan/action/${crypto.randomUUID()}`);
    await page.getByRole('textbox', { name: enActionPlan.form.text }).fill('Book the bike course');
    await page.getByRole('button', { name: enActionPlan.form.save }).click();
    await page.getByRole('heading', { name: 'Book the bike course' }).waitFor();

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: enSettings.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: enMyData.title }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: enMyData.download.button }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^waymark-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await file.path();
    const backup = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      records: { action: { text: string }[] };
    };
    expect(backup.format).toBe('waymark-backup');
    expect(backup.records.action.map((a) => a.text)).toEqual(['Book the bike course']);

    // A file that is not Waymark's: refused, with the error summary, nothing changed.
    await page.getByLabel(enMyData.restore.label).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"shopping": ["milk"]}'),
    });
    const summary = page.getByRole('alert').filter({ hasText: enMyData.restore.errorTitle });
    await summary.getByText(enMyData.restore.errors.notWaymark).waitFor();

    // Delete everything, after saying yes.
    await page.getByRole('button', { name: enMyData.delete.button }).click();
    const dialog = page.getByRole('alertdialog', { name: enMyData.delete.confirmTitle });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: enMyData.delete.confirmYes }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/action-plan');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Book the bike course' }).count()).toBe(0);

    // Restore from the file: a preview first, then the action is back.
    await page.goto('/settings');
    await page.getByLabel(enMyData.restore.label).setInputFiles(path);
    await page.getByRole('heading', { name: enMyData.restore.previewHeading }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: enMyData.restore.confirm, exact: true }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: enMyData.restore.done.replace('{{added}}', '1').replace('{{updated}}', '0'),
      })
      .waitFor();
    await page.goto('/action-plan');
    await page.getByRole('heading', { name: 'Book the bike course' }).waitFor();
  } finally {
    await context.close();
  }
});
