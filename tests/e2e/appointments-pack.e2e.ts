// Appointments, the "Before your appointment" pack and the office report, against the real
// server (issue 6). A coach books a phone appointment for tomorrow; the claimant's phone, with
// no signal, shows the day-before reminder on home, and the person fills in the pack, shares it
// and marks it ready; back online, the coach reads it in the console. Two days later (the
// phone's clock moved on) home asks for feedback; the person gives it without their name, with
// no signal; once the phone reconnects the office report counts one more answer, and nothing
// links it to them. The person also adds an appointment of their own, offline, which stays
// private. Every new page has no axe violations, in English and in Welsh, at 320 px.
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
import {
  addClaimant,
  coachRecords,
  coachWrites,
  signInCoach,
  type CoachApi,
} from './support/coach';
import { formatHlc } from '../../src/domain/hlc';
import { localIsoDate } from '../../src/domain/dates';
import type { OfficeReport } from '../../src/domain/report';
import enPairing from '../../locales/en/pairing.json';
import cyPairing from '../../locales/cy/pairing.json';
import enHome from '../../locales/en/home.json';
import cyHome from '../../locales/cy/home.json';
import enAppointments from '../../locales/en/appointments.json';
import cyAppointments from '../../locales/cy/appointments.json';
import enFeedback from '../../locales/en/feedback.json';
import enCoach from '../../locales/en/coach.json';
import enSharing from '../../locales/en/sharing.json';
import enSettings from '../../locales/en/settings.json';
import cySettings from '../../locales/cy/settings.json';

const browser = useBrowser();
const words = { en: enAppointments, cy: cyAppointments };

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await hasHorizontalScroll(page)).toBe(false);
}

const heading = (page: Page, name: string, level = 1) =>
  page.getByRole('heading', { level, name, exact: true });

async function pairPhone(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole('button', { name: enPairing.connect }).click();
  await heading(page, enPairing.connectedTitle).waitFor();
}

/** Tomorrow at 10:30 on this machine's clock (the browser's too). */
function tomorrowAt(hours: number, minutes: number): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(hours, minutes, 0, 0);
  return d;
}

/**
 * Another claimant of the same office, paired by API, whose phone sends anonymous feedback: one
 * response per answer (anonymous responses are counted one by one, never by person).
 */
async function anonymousFeedbackFromAnotherPhone(
  base: string,
  coach: CoachApi,
  answers: readonly number[],
) {
  const { link } = await addClaimant(coach, `Report seed ${crypto.randomUUID().slice(0, 6)}`);
  const code = new URL(link, base).searchParams.get('code');
  const paired = await fetch(`${base}/api/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  expect(paired.status).toBe(201);
  const { deviceId, deviceToken } = (await paired.json()) as {
    deviceId: string;
    deviceToken: string;
  };
  const sync = await fetch(`${base}/api/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
    body: JSON.stringify({
      deviceId,
      since: '',
      mutations: answers.map((helpful, i) => ({
        mutationId: crypto.randomUUID(),
        recordKind: 'feedback',
        recordId: crypto.randomUUID(),
        fields: {
          about: 'appointment',
          helpful,
          anonymous: true,
          status: 'sent',
          sentAt: new Date().toISOString(),
        },
        hlc: formatHlc({ wall: Date.now(), counter: i, node: deviceId }),
      })),
    }),
  });
  expect(sync.status).toBe(200);
}

async function appointmentResponses(coach: CoachApi): Promise<number> {
  const today = localIsoDate(new Date());
  const from = localIsoDate(new Date(Date.now() - 30 * 86_400_000));
  // A day ahead: the phone's clock is moved on, and the day a feedback counts is its own.
  const to = localIsoDate(new Date(Date.now() + 86_400_000));
  const answer = await coach(`/api/coach/report?from=${from}&to=${to > today ? to : today}`);
  expect(answer.status).toBe(200);
  const report = answer.body.report as OfficeReport;
  const figure = report.satisfaction.find((s) => s.about === 'appointment')!.figure;
  expect(figure.suppressed).toBe(false);
  return figure.suppressed ? 0 : figure.responses;
}

async function signedInConsole(base: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({
    baseURL: base,
    viewport: { width: 1024, height: 800 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const { email, password } = inject('coach');
  await page.goto('/coach');
  await page.getByLabel(enCoach.signIn.email).fill(email);
  await page.getByLabel(enCoach.signIn.password).fill(password);
  await page.getByRole('button', { name: enCoach.signIn.submit }).click();
  await heading(page, enCoach.caseload.title).waitFor();
  return { context, page };
}

describe('appointments and getting ready', () => {
  it('books, reminds, prepares offline, reaches the coach, then counts anonymous feedback', async () => {
    const base = inject('baseURL');
    const coach = await signInCoach(base, inject('coach'));
    const { claimantId, link } = await addClaimant(coach, 'Pack claimant');
    // A few minutes from now, so that moving the phone's clock past it stays within the
    // server's allowance for a phone clock running ahead (a day).
    const at = new Date(Date.now() + 4 * 60_000);
    at.setSeconds(0, 0);
    const appointmentId = crypto.randomUUID();
    await coachWrites(coach, claimantId, 'appointment', appointmentId, {
      source: 'coach',
      at: at.toISOString(),
      how: 'phone',
      status: 'booked',
      withWhom: 'Sam, your work coach',
    });
    // Enough anonymous answers in the office that one more shows in the report.
    // (One phone: pairing is rate-limited per address, and other tests pair phones too.)
    await anonymousFeedbackFromAnotherPhone(base, coach, [5, 4, 2, 5, 3]);
    const responsesBefore = await appointmentResponses(coach);

    const phone = await newPhoneContext(browser(), base, { language: 'en' });
    const page = await phone.newPage();
    const { context: consoleContext, page: consolePage } = await signedInConsole(base);
    try {
      await pairPhone(page, link);
      await waitForServiceWorker(page);
      await page.goto('/');
      // A reminder at the top of home ("today", or "tomorrow" just before midnight), from the
      // synced appointment.
      const day = localIsoDate(at) === localIsoDate(new Date()) ? 'today' : 'tomorrow';
      const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      const reminder = heading(page, enHome.reminder[day].replace('{{time}}', time), 2);
      await reminder.waitFor({ timeout: 30_000 });

      // No signal from here: the appointment, and getting ready for it, work offline.
      await phone.setOffline(true);
      await page.reload();
      await reminder.waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: enHome.reminder.prepare }).click();
      await heading(page, enAppointments.pack.title).waitFor();
      await expectAccessible(page);
      await page
        .getByRole('checkbox', { name: enAppointments.pack.tasks.aboutMe })
        .check({ force: true });
      await page
        .getByRole('checkbox', { name: enAppointments.pack.topics.money })
        .check({ force: true });
      await page
        .getByRole('textbox', { name: enAppointments.pack.talkLabel })
        .fill('The bus fare to the course');
      await page
        .getByRole('checkbox', { name: enAppointments.pack.easier.extraTime })
        .check({ force: true });
      await chooseRadio(page, enSharing.legend, enSharing.shared);
      await page.getByRole('button', { name: enAppointments.pack.markReady }).click();
      // Back on the appointment: ready, shared, and waiting to send.
      await page.getByText(enAppointments.pack.state.ready, { exact: true }).waitFor();
      await page.getByText(enAppointments.pack.stateShared).waitFor();
      await expectAccessible(page);

      // Printable as one page, offline too.
      await page.goto(`/appointments/${appointmentId}/prepare/print`);
      await heading(page, enAppointments.pack.printHeading).waitFor();
      await page.getByText('The bus fare to the course').waitFor();
      await page.getByText(enAppointments.pack.easier.extraTime).waitFor();
      await expectAccessible(page);

      // Online: the pack reaches the coach, who reads it in the console.
      await phone.setOffline(false);
      await page.goto('/');
      await expect
        .poll(
          async () =>
            [...(await coachRecords(coach, claimantId)).keys()].some((k) =>
              k.startsWith('appointmentPack:'),
            ),
          { timeout: 30_000 },
        )
        .toBe(true);
      await consolePage.goto(`/coach/claimants/${claimantId}/appointments`);
      const pack = consolePage.locator('.coach-pack');
      await pack.getByText(new RegExp(enCoach.appointments.packShow)).click();
      await pack.getByText('The bus fare to the course').waitFor();
      await pack.getByText(enAppointments.pack.easier.extraTime).waitFor();
      expect(await axeViolations(consolePage)).toEqual([]);

      // After the call (the phone's clock moved on), with no signal: home asks about it; the
      // answer goes without a name.
      await page.clock.setFixedTime(new Date(at.getTime() + 65 * 60_000));
      await phone.setOffline(true);
      await page.reload();
      const prompt = page.locator('.feedback-prompt');
      await prompt.getByRole('button', { name: enHome.feedback.give }).click({ timeout: 30_000 });
      await heading(page, enFeedback.form.title).waitFor();
      await chooseRadio(page, enFeedback.form.helpful, enFeedback.helpful['5']);
      await page.getByRole('checkbox', { name: enFeedback.form.anonymous }).check({ force: true });
      await page.getByRole('button', { name: enFeedback.form.send }).click();
      await heading(page, enFeedback.sent.title).waitFor();
      await page.getByText(enFeedback.status.waitingOffline).waitFor();

      // Reconnected: it is sent, the report counts one more answer, and the claimant's
      // journal holds no feedback at all.
      await phone.setOffline(false);
      await expect
        .poll(() => appointmentResponses(coach), { timeout: 30_000 })
        .toBe(responsesBefore + 1);
      const kinds = [...(await coachRecords(coach, claimantId)).keys()];
      expect(kinds.some((k) => k.startsWith('feedback:'))).toBe(false);
    } finally {
      await phone.close();
      await consoleContext.close();
    }
  });

  it('adds an appointment of the person’s own offline, which stays private', async () => {
    const base = inject('baseURL');
    const coach = await signInCoach(base, inject('coach'));
    const { claimantId, link } = await addClaimant(coach, 'Own appointment claimant');
    const phone = await newPhoneContext(browser(), base, { language: 'en', width: 320 });
    const page = await phone.newPage();
    try {
      await pairPhone(page, link);
      await waitForServiceWorker(page);
      await phone.setOffline(true);
      await page.goto('/appointments');
      await page.getByRole('link', { name: enAppointments.add }).click();
      await heading(page, enAppointments.form.newTitle).waitFor();
      await expectAccessible(page);
      // Nothing filled in: the error summary says what is needed and takes focus.
      await page.getByRole('button', { name: enAppointments.form.save }).click();
      const summary = page.getByRole('alert');
      await summary.getByText(enAppointments.form.errors.dateMissing).waitFor();
      await expect
        .poll(() => summary.evaluate((el) => el.contains(document.activeElement)))
        .toBe(true);
      await expectAccessible(page);
      const when = tomorrowAt(15, 0);
      const date = page.getByRole('group', { name: enAppointments.form.date });
      await date.getByLabel('Day').fill(String(when.getDate()));
      await date.getByLabel('Month').fill(String(when.getMonth() + 1));
      await date.getByLabel('Year').fill(String(when.getFullYear()));
      await page.getByLabel(enAppointments.form.time).fill('15:00');
      await chooseRadio(page, enAppointments.form.how, enAppointments.how.inPerson);
      await page.getByLabel(enAppointments.form.place).fill('Riverside Surgery');
      await page.getByRole('button', { name: enAppointments.form.save }).click();
      await page.getByText(enAppointments.own.privateNote).waitFor();
      await page.getByText('Riverside Surgery').waitFor();
      await expectAccessible(page);
      // On home: the reminder for tomorrow, with no "get ready" (that is for the coach's).
      await page.goto('/');
      await heading(page, enHome.reminder.tomorrow.replace('{{time}}', '15:00'), 2).waitFor();
      expect(await page.getByRole('link', { name: enHome.reminder.prepare }).count()).toBe(0);

      // Back online, it never reaches the coach: it was not shared.
      await phone.setOffline(false);
      await page.goto('/appointments');
      await page.waitForTimeout(1500);
      const records = await coachRecords(coach, claimantId);
      expect(JSON.stringify([...records.values()])).not.toContain('Riverside Surgery');
    } finally {
      await phone.close();
    }
  });

  it('has no axe violations on the new pages and the reminder settings, in English and Welsh', async () => {
    const base = inject('baseURL');
    const coach = await signInCoach(base, inject('coach'));
    for (const language of ['en', 'cy'] as Language[]) {
      const w = words[language];
      const home = language === 'en' ? enHome : cyHome;
      const settings = language === 'en' ? enSettings : cySettings;
      const { claimantId, link } = await addClaimant(coach, `Axe ${language}`);
      const id = crypto.randomUUID();
      await coachWrites(coach, claimantId, 'appointment', id, {
        source: 'coach',
        at: tomorrowAt(9, 0).toISOString(),
        how: 'video',
        status: 'booked',
      });
      const phone = await newPhoneContext(browser(), base, { language, width: 320 });
      const page = await phone.newPage();
      try {
        await page.goto(link);
        const pairing = language === 'en' ? enPairing : cyPairing;
        await page.getByRole('button', { name: pairing.connect }).click();
        await heading(page, pairing.connectedTitle).waitFor();
        await page.goto('/');
        await heading(page, home.reminder.tomorrow.replace('{{time}}', '09:00'), 2).waitFor({
          timeout: 30_000,
        });
        await expectAccessible(page);
        for (const [path, title] of [
          ['/appointments', w.title],
          [`/appointments/${id}/prepare`, w.pack.title],
          [`/appointments/${id}/prepare/print`, w.pack.printHeading],
          ['/appointments/new', w.form.newTitle],
        ] as const) {
          await page.goto(path);
          await heading(page, title).waitFor();
          await expectAccessible(page);
        }
        await page.goto('/settings');
        await heading(page, settings.reminders.heading, 2).waitFor();
        // Not installed (a browser tab): it says how to get notifications, plainly.
        await page.getByText(settings.reminders.notInstalled).waitFor();
        await expectAccessible(page);
      } finally {
        await phone.close();
      }
    }
  });
});
