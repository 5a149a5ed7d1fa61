// The coach console (/coach) against the real server, with a claimant's phone beside it: the
// coach signs in, adds a claimant and gets a code, link and QR code; the phone connects, fills
// About Me with no signal, and once back online the coach sees it in the journal; the coach adds
// an agreed requirement and books an appointment, and the phone shows them. Every console page
// is checked with axe in English and Welsh, at 320 px with no sideways scrolling.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  chooseRadio,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForServiceWorker,
  type Language,
} from './support/browser';
import enCoach from '../../locales/en/coach.json';
import cyCoach from '../../locales/cy/coach.json';
import enPairing from '../../locales/en/pairing.json';
import enWorkbook from '../../locales/en/workbook.json';
import enAboutMe from '../../locales/en/aboutMe.json';
import enSharing from '../../locales/en/sharing.json';
import enActionPlan from '../../locales/en/actionPlan.json';
import enCommon from '../../locales/en/common.json';
import enConflicts from '../../locales/en/conflicts.json';

const browser = useBrowser();
const coachWords = { en: enCoach, cy: cyCoach };
const CODE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let signedIn: StorageState | undefined;
let claimantId: string | undefined;

const heading = (page: Page, name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true });

async function coachContext(
  options: { language?: Language; width?: number } = {},
): Promise<BrowserContext> {
  const context = await browser().newContext({
    baseURL: inject('baseURL'),
    viewport: { width: options.width ?? 1024, height: 800 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
    storageState: signedIn,
  });
  if (options.language) {
    await context.addInitScript((language) => {
      localStorage.setItem('waymark.language', language);
    }, options.language);
  }
  return context;
}

/** Opens a journal section from the section links. */
async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: enCoach.journal.sectionsLabel })
    .getByRole('link', { name, exact: true })
    .click();
  await heading(page, name, 2).waitFor();
}

describe('the coach console', () => {
  it('signs in, pairs a phone, and sees About Me filled offline once the phone is back online', async () => {
    const coach = await coachContext();
    const page = await coach.newPage();
    const phone = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
    const phonePage = await phone.newPage();
    try {
      await page.goto('/coach');
      await heading(page, enCoach.signIn.title).waitFor();
      // Nothing typed: the error summary says so and takes focus.
      await page.getByRole('button', { name: enCoach.signIn.submit }).click();
      const summary = page.getByRole('alert').filter({ hasText: enCoach.errorTitle });
      await summary.getByText(enCoach.signIn.errors.emailMissing).waitFor();
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      // A wrong password is refused in plain words.
      const { email, password } = inject('coach');
      await page.getByLabel(enCoach.signIn.email).fill(email);
      await page.getByLabel(enCoach.signIn.password).fill(`${password} wrong`);
      await page.getByRole('button', { name: enCoach.signIn.submit }).click();
      await summary.getByText(enCoach.signIn.errors.badCredentials).waitFor();
      await page.getByLabel(enCoach.signIn.password).fill(password);
      await page.getByRole('button', { name: enCoach.signIn.submit }).click();
      await heading(page, enCoach.caseload.title).waitFor();
      signedIn = await coach.storageState();

      // Add a claimant: a code to read out, the link, and a QR code.
      await page.getByRole('link', { name: enCoach.caseload.add }).click();
      await heading(page, enCoach.add.title).waitFor();
      await page.getByRole('button', { name: enCoach.add.submit }).click();
      await summary.getByText(enCoach.add.errors.labelMissing).waitFor();
      await page.getByLabel(enCoach.add.label).fill('Console claimant');
      await page.getByRole('button', { name: enCoach.add.submit }).click();
      const codeHeading = heading(
        page,
        enCoach.pairing.title.replace('{{label}}', 'Console claimant'),
        2,
      );
      await codeHeading.waitFor();
      await expect
        .poll(() => codeHeading.evaluate((el) => el === document.activeElement))
        .toBe(true);
      const code = (await page.locator('.pairing-panel__code [aria-hidden]').textContent()) ?? '';
      expect(code).toMatch(CODE);
      await page.getByRole('img', { name: enCoach.pairing.qrLabel }).waitFor();
      await page.getByText(`/pair?code=${code}`).waitFor();
      await page
        .getByRole('link', {
          name: enCoach.add.openJournal.replace('{{label}}', 'Console claimant'),
        })
        .click();
      await heading(page, 'Console claimant').waitFor();
      claimantId = page.url().split('/').pop();
      await page.getByText(enCoach.journal.notConnected).waitFor();

      // The phone types the code, connects, then fills About Me with no signal and shares it.
      await phonePage.goto('/pair');
      await phonePage.getByRole('textbox', { name: enPairing.codeLabel }).fill(code);
      await phonePage.getByRole('button', { name: enPairing.connect }).click();
      await heading(phonePage, enPairing.connectedTitle).waitFor();
      await waitForServiceWorker(phonePage);
      await phone.setOffline(true);
      await phonePage.goto('/about-me');
      await phonePage.getByRole('button', { name: enWorkbook.start.start }).click();
      await phonePage
        .getByRole('textbox', { name: enAboutMe.enjoy.title })
        .fill('Fixing bikes with my brother');
      await phonePage.getByRole('button', { name: enWorkbook.continue }).click();
      for (let i = 0; i < 6; i++) {
        await phonePage.getByRole('button', { name: enWorkbook.skip }).click();
      }
      await heading(phonePage, enWorkbook.check.title).waitFor();
      await chooseRadio(phonePage, enSharing.legend, enSharing.shared);
      await phonePage.getByRole('button', { name: enWorkbook.check.markDone }).click();
      await phonePage.getByRole('button', { name: enWorkbook.print }).waitFor();

      // Back online: the phone sends it, and the coach sees it in the journal.
      await phone.setOffline(false);
      await page.reload();
      await heading(page, 'Console claimant').waitFor();
      await page.getByText(enCoach.journal.connected).waitFor();
      const event = page.getByRole('listitem').filter({
        has: page.getByRole('heading', {
          name: enCoach.timeline.version.replace('{{name}}', enCoach.kinds.aboutMe),
        }),
      });
      await expect
        .poll(
          async () => {
            if (await event.count()) return true;
            await page.getByRole('button', { name: enCoach.journal.refresh }).click();
            return false;
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(true);
      await event.getByRole('button', { name: new RegExp(`^${enCoach.timeline.show}`) }).click();
      await event.getByText('Fixing bikes with my brother').waitFor();

      // The coach adds an agreed requirement; the phone shows it, labelled.
      await openSection(page, enCoach.tabs.actions);
      await page.getByRole('link', { name: enCoach.actions.add }).click();
      await heading(page, enCoach.actions.newTitle).waitFor();
      await page.getByLabel(enCoach.actions.text).fill('Go to the CV workshop at the library');
      await chooseRadio(
        page,
        enCoach.actions.requirement,
        enActionPlan.requirement.agreedRequirement,
      );
      await page.getByRole('button', { name: enCoach.actions.save }).click();
      await heading(page, enCoach.tabs.actions, 2).waitFor();
      const card = page
        .getByRole('listitem')
        .filter({ hasText: 'Go to the CV workshop at the library' });
      await card.getByText(enActionPlan.requirement.agreedRequirement, { exact: true }).waitFor();

      await phonePage.goto('/action-plan');
      const phoneCard = phonePage
        .getByRole('listitem')
        .filter({ hasText: 'Go to the CV workshop at the library' });
      await phoneCard.waitFor({ timeout: 30_000 });
      await phoneCard
        .getByText(enActionPlan.requirement.agreedRequirement, { exact: true })
        .waitFor();

      // An appointment: a bad time is refused with a message, then it is booked.
      await openSection(page, enCoach.tabs.appointments);
      await page.getByRole('link', { name: enCoach.appointments.add }).click();
      await heading(page, enCoach.appointments.newTitle).waitFor();
      const date = page.getByRole('group', { name: enCoach.appointments.date });
      const next = new Date(Date.now() + 7 * 24 * 3600 * 1000);
      await date.getByLabel(enActionPlan.form.day).fill(String(next.getDate()));
      await date.getByLabel(enActionPlan.form.month).fill(String(next.getMonth() + 1));
      await date.getByLabel(enActionPlan.form.year).fill(String(next.getFullYear()));
      await page.getByLabel(enCoach.appointments.time).fill('25:99');
      await page.getByRole('button', { name: enCoach.appointments.book }).click();
      await summary.getByText(enCoach.appointments.errors.timeNotReal).waitFor();
      await page.getByLabel(enCoach.appointments.time).fill('10:30');
      await chooseRadio(page, enCoach.appointments.how, enCoach.appointments.howOptions.phone);
      await page.getByRole('button', { name: enCoach.appointments.book }).click();
      await heading(page, enCoach.tabs.appointments, 2).waitFor();
      await page.getByText(enCoach.appointments.howOptions.phone, { exact: true }).waitFor();

      // Cancelling it asks first: "No" changes nothing and gives focus back; "Yes", by keyboard,
      // cancels it.
      await page.getByRole('link', { name: new RegExp(`^${enCoach.appointments.change}`) }).click();
      await heading(page, enCoach.appointments.editTitle).waitFor();
      const cancelButton = page.getByRole('button', {
        name: enCoach.appointments.cancelAppointment,
      });
      await cancelButton.click();
      const askCancel = page.getByRole('alertdialog', {
        name: enCoach.appointments.confirmCancelTitle,
      });
      await askCancel.getByText(enCoach.appointments.confirmCancelBody).waitFor();
      await askCancel.getByRole('button', { name: enCoach.appointments.confirmCancelNo }).click();
      await askCancel.waitFor({ state: 'detached' });
      expect(await cancelButton.evaluate((button) => button === document.activeElement)).toBe(true);
      await cancelButton.click();
      await askCancel.getByRole('button', { name: enCoach.appointments.confirmCancelYes }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(enCoach.appointments.cancelled).waitFor();
      await page
        .getByText(enCoach.appointments.statuses.cancelled, { exact: true })
        .first()
        .waitFor();

      // The caseload lists the claimant as connected.
      await page.goto('/coach');
      const entry = page.getByRole('listitem').filter({ hasText: 'Console claimant' });
      await entry.getByText(enCoach.caseload.connected_one, { exact: true }).waitFor();

      // Disconnecting the phone asks first too, and then says what it means.
      await page.goto(`/coach/claimants/${claimantId}`);
      await openSection(page, enCoach.tabs.connection);
      await page
        .getByRole('button', { name: new RegExp(`^${enCoach.connection.revoke}`) })
        .first()
        .click();
      const askRevoke = page.getByRole('alertdialog', { name: enCoach.connection.confirmTitle });
      await askRevoke.getByRole('button', { name: enCoach.connection.confirmYes }).click();
      await askRevoke.waitFor({ state: 'detached' });
      await page.getByText(enCoach.connection.revoked).waitFor();
    } finally {
      await phone.close();
      await coach.close();
    }
  });

  it('shows the phone both sides when the coach and the claimant change one action at once', async () => {
    expect(signedIn, 'the first test signs in').toBeDefined();
    const coach = await coachContext();
    const page = await coach.newPage();
    const phone = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
    const phonePage = await phone.newPage();
    try {
      // A new claimant, connected with the code the console shows.
      await page.goto('/coach/claimants/new');
      await page.getByLabel(enCoach.add.label).fill('Conflict claimant');
      await page.getByRole('button', { name: enCoach.add.submit }).click();
      const code = (await page.locator('.pairing-panel__code [aria-hidden]').textContent()) ?? '';
      await phonePage.goto('/pair');
      await phonePage.getByRole('textbox', { name: enPairing.codeLabel }).fill(code);
      await phonePage.getByRole('button', { name: enPairing.connect }).click();
      await heading(phonePage, enPairing.connectedTitle).waitFor();
      await waitForServiceWorker(phonePage);

      // The claimant adds an action; it reaches the console.
      await phonePage.goto(`/action-plan/action/${crypto.randomUUID()}`);
      await phonePage.getByRole('textbox', { name: enActionPlan.form.text }).fill('Ring the GP');
      await phonePage.getByRole('button', { name: enActionPlan.form.save }).click();
      await phonePage
        .getByText(/^Sent to your work coach at \d/)
        .first()
        .waitFor({ timeout: 30_000 });
      await page
        .getByRole('link', {
          name: enCoach.add.openJournal.replace('{{label}}', 'Conflict claimant'),
        })
        .click();
      await heading(page, 'Conflict claimant').waitFor();
      await openSection(page, enCoach.tabs.actions);
      const card = page.getByRole('listitem').filter({ hasText: 'Ring the GP' });
      await card.waitFor();

      // The phone changes it with no signal; the coach changes the same words in the console.
      await phone.setOffline(true);
      await phonePage
        .getByRole('link', { name: /Change/ })
        .first()
        .click();
      await phonePage
        .getByRole('textbox', { name: enActionPlan.form.text })
        .fill('Ring the GP on Monday');
      await phonePage.getByRole('button', { name: enActionPlan.form.save }).click();
      await card.getByRole('link', { name: new RegExp(`^${enCoach.actions.change}`) }).click();
      await heading(page, enCoach.actions.editTitle).waitFor();
      await page.getByLabel(enCoach.actions.text).fill('Ring the GP surgery before 10');
      await page.getByRole('button', { name: enCoach.actions.save }).click();
      await heading(page, enCoach.tabs.actions, 2).waitFor();
      await page.getByRole('heading', { name: 'Ring the GP surgery before 10' }).waitFor();

      // Back online: nothing is dropped; the phone shows both and the person chooses.
      await phone.setOffline(false);
      const notice = phonePage
        .locator('.app-status')
        .getByRole('status')
        .filter({ hasText: enCommon.sync.conflicts_one.replace('{{count}}', '1') });
      await notice.waitFor({ timeout: 30_000 });
      await notice.getByRole('link', { name: enCommon.sync.checkConflicts_one }).click();
      await heading(phonePage, enConflicts.title).waitFor();
      const item = phonePage.getByRole('listitem').filter({ hasText: 'Ring the GP on Monday' });
      await item.getByText('Ring the GP surgery before 10', { exact: true }).waitFor();
      await item.getByText(enConflicts.coach, { exact: true }).waitFor();
      await item.getByRole('button', { name: new RegExp(`^${enConflicts.keepMine}`) }).click();
      await phonePage.getByText(enConflicts.empty).waitFor();

      // The console shows the claimant's choice once it arrives.
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: enCoach.journal.refresh }).click();
            return page.getByRole('heading', { name: 'Ring the GP on Monday' }).count();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBeGreaterThan(0);
    } finally {
      await phone.close();
      await coach.close();
    }
  });

  it('has no axe violations on any console page, in English and Welsh, at 320 px', async () => {
    expect(signedIn, 'the first test signs in').toBeDefined();
    const id = claimantId ?? '';
    const pages: [string, (w: typeof enCoach) => string][] = [
      ['/coach', (w) => w.caseload.title],
      ['/coach/claimants/new', (w) => w.add.title],
      ['/coach/report', (w) => w.report.title],
      ...(
        ['journal', 'progress', 'actions', 'appointments', 'messages', 'connection'] as const
      ).map((tab): [string, (w: typeof enCoach) => string] => [
        `/coach/claimants/${id}${tab === 'journal' ? '' : `/${tab}`}`,
        () => 'Console claimant',
      ]),
      [`/coach/claimants/${id}/actions/new`, (w) => w.actions.newTitle],
      [`/coach/claimants/${id}/appointments/new`, (w) => w.appointments.newTitle],
      ['/coach/nowhere', (w) => w.notFound.title],
    ];
    for (const language of ['en', 'cy'] as const) {
      const words = coachWords[language] as unknown as typeof enCoach;
      const context = await coachContext({ language, width: 320 });
      const page = await context.newPage();
      try {
        for (const [path, title] of pages) {
          await page.goto(path);
          await heading(page, title(words)).waitFor();
          if (path === '/coach/report') {
            // The figures, not just the form: one office with one claimant says "fewer than 5".
            await page.getByRole('link', { name: words.report.download }).waitFor();
            await page
              .getByRole('table', { name: words.report.using.caption })
              .getByText(words.report.fewerThan)
              .first()
              .waitFor();
          }
          await expect(page.locator('html').getAttribute('lang')).resolves.toBe(
            language === 'en' ? 'en-GB' : 'cy-GB',
          );
          expect(await axeViolations(page), `${language} ${path}`).toEqual([]);
          expect(await hasHorizontalScroll(page), `${language} ${path} scrolls sideways`).toBe(
            false,
          );
        }
        // The sign-in page, for someone not signed in.
        await context.clearCookies();
        await page.goto('/coach');
        await heading(page, words.signIn.title).waitFor();
        expect(await axeViolations(page), `${language} sign-in`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('shows the office report for a chosen period, checks the dates, and offers the CSV', async () => {
    expect(signedIn, 'the first test signs in').toBeDefined();
    const coach = await coachContext();
    const page = await coach.newPage();
    try {
      await page.goto('/coach');
      await page.getByRole('link', { name: enCoach.report.link, exact: true }).click();
      await heading(page, enCoach.report.title).waitFor();
      const using = page.getByRole('table', { name: enCoach.report.using.caption });
      await using.getByText(enCoach.report.fewerThan).first().waitFor();

      // An end before the start: the error summary says so and takes focus.
      const to = page.getByRole('group', { name: enCoach.report.to });
      await to.getByLabel(enActionPlan.form.day).fill('1');
      await to.getByLabel(enActionPlan.form.month).fill('1');
      await to.getByLabel(enActionPlan.form.year).fill('2000');
      await page.getByRole('button', { name: enCoach.report.show }).click();
      const summary = page.getByRole('alert').filter({ hasText: enCoach.errorTitle });
      await summary.getByText(enCoach.report.errors.order).waitFor();
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);

      // A good period: the figures and the CSV link follow it.
      await to.getByLabel(enActionPlan.form.year).fill(String(new Date().getFullYear() + 1));
      await page.getByRole('button', { name: enCoach.report.show }).click();
      const download = page.getByRole('link', { name: enCoach.report.download });
      await expect
        .poll(() => download.getAttribute('href'))
        .toMatch(/^\/api\/coach\/report\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-01-01$/);
      const href = (await download.getAttribute('href')) ?? '';
      const csv = await page.request.get(href);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(await csv.text()).toContain(`${enCoach.report.using.heading},All,fewer than 5`);
    } finally {
      await coach.close();
    }
  });
});
