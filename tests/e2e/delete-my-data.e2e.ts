// "Delete my data" on the server, at the claimant's request, in Chromium against the real
// server: a paired phone sends a message, then asks (in the same "Delete everything" step) for
// the work coach service to delete what it holds. Offline it is told so and nothing is deleted;
// online again it tries again, and both are done. The coach's console then shows only
// "Deleted at the claimant's request on <date>" on the caseload and the claimant's pages, the
// server refuses to read their journal, and the coach takes the tombstone off the caseload.
// axe-core is clean on every changed page, in English and Welsh.
import { expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  type Language,
} from './support/browser';
import { addClaimant, coachRecords, signInCoach } from './support/coach';
import enMyData from '../../locales/en/myData.json';
import cyMyData from '../../locales/cy/myData.json';
import enPairing from '../../locales/en/pairing.json';
import cyPairing from '../../locales/cy/pairing.json';
import enMessages from '../../locales/en/messages.json';
import enSettings from '../../locales/en/settings.json';
import cySettings from '../../locales/cy/settings.json';
import enCoach from '../../locales/en/coach.json';
import cyCoach from '../../locales/cy/coach.json';

const browser = useBrowser();

const words = {
  en: { myData: enMyData, pairing: enPairing, settings: enSettings, coach: enCoach },
  cy: { myData: cyMyData, pairing: cyPairing, settings: cySettings, coach: cyCoach },
};

/** A phone that opened the coach's link and connected. */
async function pairedPhone(link: string, language: Language) {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language });
  const page = await context.newPage();
  await page.goto(link);
  const w = words[language];
  await page.getByRole('heading', { level: 1, name: w.pairing.title }).waitFor();
  await page.getByRole('button', { name: w.pairing.connect }).click();
  await page.getByRole('heading', { level: 1, name: w.pairing.connectedTitle }).waitFor();
  return { context, page };
}

/** Opens "Delete everything on this phone" and ticks "Also ask the work coach service". */
async function askToDelete(page: Page, language: Language) {
  const w = words[language];
  await page.goto('/settings');
  await page.getByRole('heading', { level: 1, name: w.settings.title }).waitFor();
  await page.getByRole('button', { name: w.myData.delete.button }).click();
  const dialog = page.getByRole('alertdialog', { name: w.myData.delete.confirmTitle });
  await dialog.waitFor();
  const box = dialog.getByRole('checkbox', { name: w.myData.delete.server.option });
  expect(await box.isChecked()).toBe(false);
  await dialog.getByText(w.myData.delete.server.option).click();
  expect(await box.isChecked()).toBe(true);
  await dialog.getByText(w.myData.delete.server.hint).waitFor();
  return dialog;
}

/** A browser context signed in as the test coach (the session cookie from a real login). */
async function coachContext(b: Browser, language: Language): Promise<BrowserContext> {
  const base = inject('baseURL');
  const login = await fetch(`${base}/api/coach/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(inject('coach')),
  });
  expect(login.status).toBe(200);
  const [name = '', value = ''] = (login.headers.get('set-cookie') ?? '').split(';')[0]!.split('=');
  const context = await b.newContext({
    baseURL: base,
    viewport: { width: 320, height: 800 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  await context.addCookies([{ name, value, url: base }]);
  await context.addInitScript((lang) => localStorage.setItem('waymark.language', lang), language);
  return context;
}

async function clean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await hasHorizontalScroll(page), `${what} scrolls sideways`).toBe(false);
}

it('a paired phone asks for deletion; the coach sees "Deleted at the claimant\'s request"', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const label = `Deletion ${crypto.randomUUID().slice(0, 8)}`;
  const { claimantId, link } = await addClaimant(coach, label);
  const { context: phone, page } = await pairedPhone(link, 'en');
  try {
    // Something the coach holds: a message from the phone.
    const text = 'Please delete what you hold about me';
    await page.goto('/messages');
    await page.getByRole('textbox', { name: enMessages.form.label }).fill(text);
    await page.getByRole('button', { name: enMessages.form.send }).click();
    await expect
      .poll(async () => JSON.stringify([...(await coachRecords(coach, claimantId)).values()]), {
        timeout: 30_000,
      })
      .toContain(text);

    // Offline: it says so, and nothing is deleted.
    let dialog = await askToDelete(page, 'en');
    await clean(page, 'en delete dialog');
    await phone.setOffline(true);
    await dialog.getByRole('button', { name: enMyData.delete.confirmYes }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(enMyData.delete.problems.offline).waitFor();
    await expect.poll(() => alert.evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: enMyData.delete.phoneOnly }).waitFor();
    await clean(page, 'en offline problem');
    expect((await coach(`/api/coach/claimants/${claimantId}/records`)).status).toBe(200);

    // Online again: try again, and both are done.
    await phone.setOffline(false);
    await dialog.getByRole('button', { name: enMyData.delete.tryAgain }).click();
    dialog = page.getByRole('alertdialog', { name: enMyData.delete.doneTitle });
    await dialog.getByText(enMyData.delete.doneBody).waitFor();
    await clean(page, 'en done');
    await dialog.getByRole('button', { name: enMyData.delete.doneButton }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/messages');
    await page.getByRole('heading', { level: 1, name: enMessages.title }).waitFor();
    await page.getByText(enMessages.notConnected).waitFor();
    expect(await page.getByText(text).count()).toBe(0);

    // The server: a tombstone, and the journal refused.
    const entry = await coach(`/api/coach/claimants/${claimantId}`);
    const deleted = (entry.body.claimant as { deleted: { at: string } | null }).deleted;
    expect(deleted).not.toBeNull();
    const records = await coach(`/api/coach/claimants/${claimantId}/records`);
    expect(records.status).toBe(410);

    // The console, in English and Welsh: only "Deleted at the claimant's request on <date>".
    for (const language of ['en', 'cy'] as const) {
      const w = words[language].coach;
      const context = await coachContext(browser(), language);
      const screen = await context.newPage();
      try {
        await screen.goto('/coach');
        // The date as this browser writes it in the language (its Welsh month names may vary).
        const day = await screen.evaluate(
          ([tag, at]) =>
            new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(
              new Date(at!),
            ),
          [language === 'en' ? 'en-GB' : 'cy-GB', deleted!.at],
        );
        const sentence = w.caseload.deleted.replace('{{date}}', day);
        await screen.getByRole('heading', { level: 1, name: w.caseload.title }).waitFor();
        const card = screen.getByRole('listitem').filter({ hasText: label });
        await card.getByText(sentence).waitFor();
        expect(await card.getByText(w.caseload.lastActivity).count()).toBe(0);
        await clean(screen, `${language} caseload`);

        for (const path of ['', '/messages', '/actions/new', '/appointments/new']) {
          await screen.goto(`/coach/claimants/${claimantId}${path}`);
          await screen.getByRole('heading', { level: 1, name: label }).waitFor();
          await screen.getByText(sentence).waitFor();
          await screen.getByText(w.journal.deletedBody).waitFor();
          expect(
            await screen.getByRole('navigation', { name: w.journal.sectionsLabel }).count(),
          ).toBe(0);
          expect(await screen.getByRole('textbox').count()).toBe(0);
          expect(await screen.getByText(text).count()).toBe(0);
          await clean(screen, `${language} claimant page ${path}`);
        }
        if (language === 'cy') {
          // The coach takes the tombstone off the caseload.
          await screen.getByRole('button', { name: w.journal.remove }).click();
          await screen.getByRole('heading', { level: 1, name: w.caseload.title }).waitFor();
          await screen.getByText(w.journal.removed.replace('{{label}}', label)).waitFor();
          expect(await screen.getByRole('listitem').filter({ hasText: label }).count()).toBe(0);
        }
      } finally {
        await context.close();
      }
    }
    expect((await coach(`/api/coach/claimants/${claimantId}`)).status).toBe(404);
  } finally {
    await phone.close();
  }
});

it('offers the server step in Welsh too, with no axe violations', async () => {
  const coach = await signInCoach(inject('baseURL'), inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'Deletion cy');
  const { context, page } = await pairedPhone(link, 'cy');
  try {
    const dialog = await askToDelete(page, 'cy');
    await clean(page, 'cy delete dialog');
    await dialog.getByRole('button', { name: cyMyData.delete.confirmNo }).click();
    await dialog.waitFor({ state: 'detached' });
    // Saying no changes nothing: the phone is still connected.
    const entry = await coach(`/api/coach/claimants/${claimantId}`);
    expect((entry.body.claimant as { devices: number }).devices).toBe(1);
  } finally {
    await context.close();
  }
});
