// Feedback against the real server. A paired phone with no signal gives feedback about the app
// by keyboard alone, sends it without a name, sees it waiting, and sees it sent once online
// (the coach's journal never holds it). After a coach's phone call and video call, home asks
// about the latest; "Don't ask about this one" removes that one for good; "Not now" hides the
// next for this visit only; feedback given through the prompt reaches the coach. Every new
// page has no axe violations, in English and in Welsh.
import { expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  axeViolations,
  chooseRadio,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForServiceWorker,
} from './support/browser';
import { addClaimant, coachRecords, coachWrites, signInCoach } from './support/coach';
import enPairing from '../../locales/en/pairing.json';
import enCommon from '../../locales/en/common.json';
import enHome from '../../locales/en/home.json';
import cyHome from '../../locales/cy/home.json';
import enFeedback from '../../locales/en/feedback.json';
import cyFeedback from '../../locales/cy/feedback.json';
import enTasks from '../../locales/en/tasks.json';

const browser = useBrowser();

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await hasHorizontalScroll(page)).toBe(false);
}

/** Presses Tab (at most 40 times) until `target` has focus. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Tuesday 3 December, 10:30" in this machine's time zone (the browser's too). */
function inWords(d: Date): string {
  const month = Object.values(enCommon.months)[d.getMonth()];
  const year = d.getFullYear() === new Date().getFullYear() ? '' : ` ${d.getFullYear()}`;
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${DAYS[d.getDay()]} ${d.getDate()} ${month}${year}, ${time}`;
}

const daysAgo = (days: number, hours: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  d.setHours(hours, 30, 0, 0);
  return d;
};

async function pairPhone(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole('button', { name: enPairing.connect }).click();
  await page.getByRole('heading', { level: 1, name: enPairing.connectedTitle }).waitFor();
}

it('gives feedback about the app offline by keyboard, and sends it once online', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'Feedback claimant');
  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  try {
    await pairPhone(page, link);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.goto('/feedback');
    await page.getByRole('heading', { level: 1, name: enTasks.feedback.title }).waitFor();
    await page.getByText(enFeedback.start.noneGiven).waitFor();
    await expectAccessible(page);
    // Into the choices with Tab, down to "This app" with the arrow keys, on with Enter.
    await tabTo(page, page.getByRole('radio', { name: enFeedback.about.course }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: enFeedback.about.app }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: enFeedback.start.continue }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: enFeedback.form.title }).waitFor();
    await page.getByText(enFeedback.about.app, { exact: true }).waitFor();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('radio', { name: enFeedback.helpful['5'], exact: true }));
    await page.keyboard.press('ArrowDown'); // fairly helpful
    expect(
      await page.getByRole('radio', { name: enFeedback.helpful['4'], exact: true }).isChecked(),
    ).toBe(true);
    await tabTo(
      page,
      page
        .getByRole('radiogroup', { name: enFeedback.form.listenedTo })
        .getByRole('radio', { name: enFeedback.yesPartlyNo.yes, exact: true }),
    );
    await page.keyboard.press('Space');
    // "Was it right for you?" is skipped.
    const comment = 'Easy to use when I am tired.';
    await tabTo(page, page.getByRole('textbox', { name: enFeedback.form.comment }));
    await page.keyboard.type(comment);
    await tabTo(page, page.getByRole('checkbox', { name: enFeedback.form.anonymous }));
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: enFeedback.form.anonymous }).isChecked()).toBe(
      true,
    );
    await tabTo(page, page.getByRole('button', { name: enFeedback.form.send }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: enFeedback.sent.title }).waitFor();
    await page.getByText(enFeedback.sent.connectedAnonymous).waitFor();
    await page.getByText(enFeedback.status.waitingOffline).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: enFeedback.sent.seeAll }).click();
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: enFeedback.about.app }),
    });
    await item.getByText(enFeedback.status.waitingOffline).waitFor();
    await item.getByText(enFeedback.status.anonymous).waitFor();
    await expectAccessible(page);

    // Back online: it goes, and the list says when.
    await context.setOffline(false);
    const months = Object.values(enCommon.months);
    const today = `${new Date().getDate()} ${months[new Date().getMonth()]}`;
    const sentOn = enFeedback.status.sentOn.replace('{{date}}', today);
    await item.getByText(sentOn, { exact: true }).waitFor({ timeout: 30_000 });

    // Sent without a name: the coach's journal does not hold it.
    const records = [...(await coachRecords(coach, claimantId)).values()];
    expect(JSON.stringify(records)).not.toContain(comment);

    // Read-only once sent.
    await item.getByRole('link', { name: new RegExp(enFeedback.start.view) }).click();
    await page.getByText(enFeedback.sent.readOnly).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.getByText(comment).waitFor();
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

it('asks after an appointment once, remembers "Don’t ask", and sends what is given', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'Prompt claimant');
  const call = { id: crypto.randomUUID(), at: daysAgo(1, 10) };
  const video = { id: crypto.randomUUID(), at: daysAgo(3, 14) };
  const cancelled = { id: crypto.randomUUID(), at: daysAgo(0, -10) };
  for (const [a, how, status] of [
    [call, 'phone', 'booked'],
    [video, 'video', 'booked'],
    [cancelled, 'phone', 'cancelled'],
  ] as const) {
    await coachWrites(coach, claimantId, 'appointment', a.id, {
      source: 'coach',
      at: a.at.toISOString(),
      how,
      status,
    });
  }

  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  try {
    await pairPhone(page, link);
    await page.goto('/');
    const callQuestion = enHome.feedback.phone.replace('{{when}}', inWords(call.at));
    const videoQuestion = enHome.feedback.video.replace('{{when}}', inWords(video.at));
    const prompt = page.locator('.feedback-prompt');
    await page.getByRole('heading', { level: 2, name: callQuestion }).waitFor({ timeout: 30_000 });
    await expectAccessible(page);

    // "Don't ask about this one": gone for good, and the earlier call is asked about instead.
    await prompt.getByRole('button', { name: enHome.feedback.dontAsk }).click();
    await page.getByRole('heading', { level: 2, name: videoQuestion }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: videoQuestion }).waitFor();
    expect(await page.getByRole('heading', { name: callQuestion }).count()).toBe(0);

    // In Welsh, too.
    await page.evaluate(() => localStorage.setItem('waymark.language', 'cy'));
    await page.reload();
    const cyPrompt = page.getByRole('heading', {
      level: 2,
      name: new RegExp(`^${cyHome.feedback.video.replace('{{when}}', '.+')}$`),
    });
    await cyPrompt.waitFor();
    await expectAccessible(page);

    // "Not now": hidden for this visit (a reload too), back in the next.
    await prompt.getByRole('button', { name: cyHome.feedback.notNow }).click();
    await cyPrompt.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: cyHome.coach.heading }).waitFor();
    await page.getByRole('link', { name: cyHome.coach.appointments }).waitFor();
    expect(await prompt.count()).toBe(0);
    await page.close();
    const next = await context.newPage();
    await next.goto('/');
    await next
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^${cyHome.feedback.video.replace('{{when}}', '.+')}$`),
      })
      .waitFor();

    // Feedback through the prompt: about that call, sent to the coach.
    await next.getByRole('button', { name: cyHome.feedback.give }).click();
    await next.getByRole('heading', { level: 1, name: cyFeedback.form.title }).waitFor();
    await expectAccessible(next);
    await chooseRadio(next, cyFeedback.form.helpful, cyFeedback.helpful['5']);
    await chooseRadio(next, cyFeedback.form.rightForMe, cyFeedback.yesPartlyNo.partly);
    await next.getByRole('textbox', { name: cyFeedback.form.comment }).fill('Roedd yn dda.');
    await next.getByRole('button', { name: cyFeedback.form.send }).click();
    await next.getByRole('heading', { level: 1, name: cyFeedback.sent.title }).waitFor();
    await next.getByText(cyFeedback.sent.connected).waitFor();
    await expectAccessible(next);

    await expect
      .poll(
        async () =>
          [...(await coachRecords(coach, claimantId)).values()].find((r) => r.aboutId === video.id),
        { timeout: 30_000, interval: 500 },
      )
      .toMatchObject({
        about: 'appointment',
        helpful: 5,
        rightForMe: 'partly',
        comment: 'Roedd yn dda.',
        status: 'sent',
      });
    await next.goto('/feedback');
    await next.getByRole('heading', { level: 2, name: cyFeedback.start.givenHeading }).waitFor();
    await next
      .getByText(new RegExp(`^${cyFeedback.status.sentOn.replace('{{date}}', '.+')}$`))
      .waitFor({ timeout: 30_000 });
    await expectAccessible(next);

    // Both calls are answered or declined: home asks nothing more.
    await next.goto('/');
    await next.getByRole('link', { name: cyHome.coach.appointments }).waitFor();
    expect(await next.locator('.feedback-prompt').count()).toBe(0);
  } finally {
    await context.close();
  }
});
