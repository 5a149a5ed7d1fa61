// The action plan and My 4 Steps in a real browser, as a person would use them: by keyboard
// only, with a bad date, reloading and going offline mid-form, downloading a calendar file,
// turning a 4 Steps plan into an action, and axe-core on every new page in English and Welsh.
// (An agreed requirement can only arrive from a coach through sync, so it is covered by the
// component test src/features/action-plan/ActionPlan.test.tsx, written through the repository.)
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForHome,
  waitForServiceWorker,
  type Language,
} from './support/browser';
import { strings } from './support/routes';
import enActionPlan from '../../locales/en/actionPlan.json';
import cyActionPlan from '../../locales/cy/actionPlan.json';
import enFourSteps from '../../locales/en/fourSteps.json';
import cyFourSteps from '../../locales/cy/fourSteps.json';
import enWorkbook from '../../locales/en/workbook.json';
import cyWorkbook from '../../locales/cy/workbook.json';

const browser = useBrowser();
const words = {
  en: { ap: enActionPlan, fs: enFourSteps, wb: enWorkbook, ...strings.en },
  cy: { ap: cyActionPlan, fs: cyFourSteps, wb: cyWorkbook, ...strings.cy },
};
const en = words.en;

/** A date `days` from today in this machine's calendar (the browser shares its time zone). */
function dayFromToday(days: number): { day: string; month: string; year: string; ics: string } {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: String(d.getDate()),
    month: String(d.getMonth() + 1),
    year: String(d.getFullYear()),
    ics: `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`,
  };
}

/** The focused element: its tag, its accessible-ish name (label, aria-label or text) and class. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', className: '' };
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const input = el as HTMLInputElement;
    const name =
      el.getAttribute('aria-label') ??
      (byIds(el.getAttribute('aria-labelledby')) ||
        [...(input.labels ?? [])]
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim() ||
        (el.textContent ?? '').trim());
    return { tag: el.tagName, name: name.replace(/\s+/g, ' '), className: el.className };
  });

/** Presses Tab until the focused element's name starts with `name` (keyboard only). */
async function tabTo(page: Page, name: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"; last: ${JSON.stringify(await focused(page))}`);
}

async function typeDate(
  page: Page,
  legend: string,
  date: { day: string; month: string; year: string },
) {
  const group = page.getByRole('group', { name: legend });
  await group.getByRole('textbox', { name: en.ap.form.day }).fill(date.day);
  await group.getByRole('textbox', { name: en.ap.form.month }).fill(date.month);
  await group.getByRole('textbox', { name: en.ap.form.year }).fill(date.year);
}

it('adds and completes an action by keyboard only, and the home page says it is due soon', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), {
    language: 'en',
    width: 390,
  });
  const page = await context.newPage();
  const soon = dayFromToday(3);
  try {
    await page.goto('/');
    await waitForHome(page);
    await tabTo(page, en.tasks.actionPlan.title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.tasks.actionPlan.title }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H1' });

    await tabTo(page, en.ap.addAction);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.ap.form.newTitle }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H1' });

    await tabTo(page, en.ap.form.text);
    await page.keyboard.type('Ask the council about a bus pass');
    await tabTo(page, en.ap.areas.transport);
    await page.keyboard.press('Space');
    await tabTo(page, en.ap.types.health);
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toBe(en.ap.types.moneyHousing);
    await tabTo(page, en.ap.owners.me);
    await page.keyboard.press('Space');
    await tabTo(page, en.ap.form.day);
    await page.keyboard.type(soon.day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(soon.month);
    await page.keyboard.press('Tab');
    await page.keyboard.type(soon.year);
    await tabTo(page, en.ap.form.save);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: en.tasks.actionPlan.title }).waitFor();
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'Ask the council about a bus pass' }),
    });
    await card.waitFor();
    await expect(card.getByText(en.ap.requirement.voluntary).count()).resolves.toBe(1);
    await expect(card.getByText(en.ap.requirement.voluntaryMeaning).count()).resolves.toBe(1);
    await expect(card.getByText(en.ap.types.moneyHousing).count()).resolves.toBe(1);
    await expect(card.getByText(en.ap.areas.transport).count()).resolves.toBe(1);
    await expect(card.getByText(en.ap.item.dueSoon).count()).resolves.toBe(1);

    await page.goto('/');
    await page.getByText('1 action is due in the next 7 days.').waitFor();

    await page.goto('/action-plan');
    await page
      .getByRole('heading', { level: 3, name: 'Ask the council about a bus pass' })
      .waitFor();
    await tabTo(page, `${en.ap.item.markDone}: Ask the council`);
    await page.keyboard.press('Enter');
    const done = page.getByRole('region', { name: new RegExp(`^${en.ap.groups.done}`) });
    await done
      .getByRole('heading', { level: 3, name: 'Ask the council about a bus pass' })
      .waitFor();
    expect((await focused(page)).name).toBe('Marked as done: Ask the council about a bus pass');
    await page.goto('/');
    await waitForHome(page);
    await expect(page.getByText('due in the next 7 days').count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});

it('a date that is not real shows the error summary with focus and changes nothing', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    const id = crypto.randomUUID();
    await page.goto(`/action-plan/action/${id}`);
    await page.getByRole('textbox', { name: en.ap.form.text }).fill('Book a GP appointment');
    await typeDate(page, en.ap.form.due, { day: '31', month: '2', year: '2027' });
    await page.getByRole('textbox', { name: en.ap.form.year }).first().press('Enter');

    const summary = page.getByRole('alert').filter({ hasText: en.ap.form.errorTitle });
    await summary.waitFor();
    expect((await focused(page)).className).toContain('error-summary');
    await expect(summary.getByText(en.ap.form.errors.dueNotReal).count()).resolves.toBe(1);
    expect(new URL(page.url()).pathname).toBe(`/action-plan/action/${id}`);

    // The link in the summary takes focus to the day box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe(en.ap.form.day);

    // The words were saved; the impossible date was not.
    await page.waitForTimeout(500);
    await page.reload();
    await expect(page.getByRole('textbox', { name: en.ap.form.text }).inputValue()).resolves.toBe(
      'Book a GP appointment',
    );
    const due = page.getByRole('group', { name: en.ap.form.due });
    await expect(due.getByRole('textbox', { name: en.ap.form.day }).inputValue()).resolves.toBe('');
    await page.goto('/action-plan');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'Book a GP appointment' }),
    });
    await card.waitFor();
    await expect(card.getByText(en.ap.item.by).count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});

it('keeps every answer through a reload and going offline mid-form, and downloads a .ics', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  const due = dayFromToday(20);
  try {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    await waitForServiceWorker(page);
    await page.goto('/action-plan');
    await page.getByRole('button', { name: en.ap.addAction }).click();
    await page.getByRole('heading', { level: 1, name: en.ap.form.newTitle }).waitFor();
    const path = new URL(page.url()).pathname;

    await page
      .getByRole('textbox', { name: en.ap.form.text })
      .fill('Phone the debt advice line, then write it down');
    await page.getByRole('checkbox', { name: en.ap.areas.money }).check({ force: true });
    await page.getByRole('radio', { name: en.ap.types.referral }).check({ force: true });
    await page.getByRole('textbox', { name: en.ap.form.referralProvider }).fill('Citizens Advice');
    await page.getByRole('radio', { name: en.ap.owners.someoneElse }).check({ force: true });
    await context.setOffline(true);
    await page.getByRole('textbox', { name: en.ap.form.ownerName }).fill('My sister');
    await typeDate(page, en.ap.form.due, due);
    await page.getByRole('radio', { name: en.ap.statuses.inProgress }).check({ force: true });
    await page
      .getByRole('textbox', { name: en.ap.form.statusReason })
      .fill('Waiting for a call back');
    // As a person would: stop typing, see "Saved on this phone", then the page reloads offline.
    await page.waitForTimeout(400);
    await page.getByRole('status').filter({ hasText: en.common.status.saved }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en.ap.form.editTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    const value = (name: string) => page.getByRole('textbox', { name, exact: true }).inputValue();
    await expect(value(en.ap.form.text)).resolves.toBe(
      'Phone the debt advice line, then write it down',
    );
    await expect(value(en.ap.form.referralProvider)).resolves.toBe('Citizens Advice');
    await expect(value(en.ap.form.ownerName)).resolves.toBe('My sister');
    await expect(value(en.ap.form.statusReason)).resolves.toBe('Waiting for a call back');
    const dueGroup = page.getByRole('group', { name: en.ap.form.due });
    await expect(
      dueGroup.getByRole('textbox', { name: en.ap.form.year }).inputValue(),
    ).resolves.toBe(due.year);
    for (const name of [
      en.ap.areas.money,
      en.ap.types.referral,
      en.ap.owners.someoneElse,
      en.ap.statuses.inProgress,
    ]) {
      expect(
        await page
          .getByRole(name === en.ap.areas.money ? 'checkbox' : 'radio', { name, exact: true })
          .isChecked(),
        name,
      ).toBe(true);
    }

    // Still offline: the list, with the action and its calendar link made on the phone.
    await page.getByRole('button', { name: en.ap.form.save }).click();
    await page.getByRole('heading', { level: 1, name: en.tasks.actionPlan.title }).waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Phone the debt advice line, then write it down' })
      .waitFor();
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', {
        level: 3,
        name: 'Phone the debt advice line, then write it down',
      }),
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: new RegExp(`^${en.ap.item.addToCalendar}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(en.ap.calendar.fileName);
    const file = await download.path();
    const ics = readFileSync(file, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due.ics}\r\n`);
    expect(ics).toContain('SUMMARY:Phone the debt advice line\\, then write it down\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  } finally {
    await context.close();
  }
});

it('takes a 4 Steps goal by keyboard, with the if-then plan, into the action plan', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), {
    language: 'en',
    width: 390,
  });
  const page = await context.newPage();
  try {
    await page.goto('/my-4-steps');
    await page.getByRole('heading', { level: 1, name: en.tasks.fourSteps.title }).waitFor();
    await tabTo(page, en.fs.newGoal);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.steps.goal.question }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H1' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Phone a friend when I feel anxious');
    await tabTo(page, en.wb.continue);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.steps.bestOutcome.question }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('I would feel less alone');
    await tabTo(page, en.wb.continue);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.steps.obstacle.question }).waitFor();
    await tabTo(page, en.wb.skip);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.steps.plan.question }).waitFor();
    await tabTo(page, en.fs.steps.plan.if);
    await page.keyboard.type('I worry they are busy');
    await tabTo(page, en.fs.steps.plan.then);
    await page.keyboard.type('send a text first');
    await page.getByText('If I worry they are busy, then I will send a text first.').waitFor();
    await tabTo(page, en.wb.continue);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: en.wb.check.title }).waitFor();
    await page.getByText('If I worry they are busy, then I will send a text first.').waitFor();
    await tabTo(page, en.wb.check.markDone);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.doneTitle }).waitFor();
    await tabTo(page, en.fs.goalPage.addToPlan);
    await page.keyboard.press('Enter');
    await page.getByText(en.fs.goalPage.added).waitFor();
    expect((await focused(page)).name).toBe(en.fs.goalPage.added);
    await tabTo(page, en.fs.goalPage.seeActionPlan);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.tasks.actionPlan.title }).waitFor();
    const text =
      'Phone a friend when I feel anxious — If I worry they are busy, then I will send a text first.';
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: text }) });
    await card.waitFor();
    await expect(card.getByText(en.ap.requirement.voluntary).count()).resolves.toBe(1);

    // The finished goal stays, and a review can be added later, dated.
    await page.goto('/my-4-steps');
    const finished = page.getByRole('region', { name: en.fs.finished });
    await finished.getByText('Phone a friend when I feel anxious', { exact: true }).waitFor();
    await tabTo(page, `${en.fs.see}: Phone a friend`);
    await page.keyboard.press('Enter');
    // Wait for the goal page before tabbing, or Tab runs through the page being left.
    await page.getByRole('heading', { level: 1, name: en.fs.goalPage.title }).waitFor();
    await tabTo(page, en.fs.goalPage.addReview);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.review.title }).waitFor();
    await tabTo(page, en.fs.review.wentWell);
    await page.keyboard.press('Space');
    await tabTo(page, en.fs.review.learned);
    await page.keyboard.type('Texting first makes it easier');
    await tabTo(page, en.fs.review.save);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.fs.goalPage.title }).waitFor();
    await page.getByText('Texting first makes it easier').waitFor();
    await page.getByText(new RegExp(`: ${en.fs.review.wentWell}$`)).waitFor();
  } finally {
    await context.close();
  }
});

describe.each(['en', 'cy'] as Language[])('new pages in %s', (language) => {
  it('have no axe violations, light and dark, and no sideways scrolling', async () => {
    const w = words[language];
    const context = await newPhoneContext(browser(), inject('baseURL'), { language });
    const page = await context.newPage();
    const check = async (label: string, heading: string) => {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForTimeout(300);
      // The pointer rests off the page: the kit's hover colour on the header's links is a
      // separate issue (reported), not part of these pages.
      await page.mouse.move(-1, -1);
      // The workbook's "Mark as done" button uses isPending, and react-aria then announces it
      // through a live region whose role="img" points at the (gone) button for 7 s; wait that
      // out (reported to the lead: a kit-level fix), so axe judges the page itself.
      await page.waitForFunction(
        () => !document.querySelector('[data-live-announcer] [role="img"]'),
        undefined,
        { timeout: 10_000 },
      );
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await axeViolations(page), label).toEqual([]);
      expect(await hasHorizontalScroll(page), label).toBe(false);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), `${label} (dark)`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    };
    try {
      await page.goto('/action-plan');
      await check('action plan, empty', w.tasks.actionPlan.title);
      await page.getByRole('button', { name: w.ap.addAction }).click();
      await check('new action', w.ap.form.newTitle);
      await page.getByRole('textbox', { name: w.ap.form.text }).fill('Ffonio / Phone the council');
      await page.getByRole('radio', { name: w.ap.types.referral }).check({ force: true });
      await page.getByRole('radio', { name: w.ap.owners.someoneElse }).check({ force: true });
      const due = page.getByRole('group', { name: w.ap.form.due });
      await due.getByRole('textbox', { name: w.ap.form.day }).fill('30');
      await due.getByRole('textbox', { name: w.ap.form.month }).fill('2');
      await due.getByRole('textbox', { name: w.ap.form.year }).fill('2027');
      await page.getByRole('button', { name: w.ap.form.save }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: w.ap.form.errors.dueNotReal })
        .first()
        .waitFor();
      await check('action with an error', w.ap.form.newTitle);
      await due.getByRole('textbox', { name: w.ap.form.day }).fill('3');
      await page.getByRole('button', { name: w.ap.form.save }).click();
      await page.getByRole('heading', { level: 3, name: 'Ffonio / Phone the council' }).waitFor();
      await check('action plan with an action', w.tasks.actionPlan.title);
      await page.getByRole('button', { name: new RegExp(`^${w.ap.item.markDone}`) }).click();
      await page.getByRole('button', { name: new RegExp(`^${w.ap.item.reopen}`) }).waitFor();
      await check('action plan with a done action', w.tasks.actionPlan.title);

      await page.goto('/my-4-steps');
      await check('4 Steps start', w.tasks.fourSteps.title);
      await page.getByRole('button', { name: w.fs.newGoal }).click();
      await check('4 Steps goal', w.fs.steps.goal.question);
      await page.getByRole('textbox', { name: w.fs.steps.goal.question }).fill('Cerdded / Walk');
      await page.getByRole('button', { name: w.wb.continue }).click();
      await check('4 Steps best thing', w.fs.steps.bestOutcome.question);
      await page.getByRole('button', { name: w.wb.skip }).click();
      await check('4 Steps in the way', w.fs.steps.obstacle.question);
      await page.getByRole('button', { name: w.wb.skip }).click();
      await page.getByRole('textbox', { name: w.fs.steps.plan.if }).fill('it rains');
      await page.getByRole('textbox', { name: w.fs.steps.plan.then }).fill('take an umbrella');
      await check('4 Steps plan', w.fs.steps.plan.question);
      await page.getByRole('button', { name: w.wb.continue }).click();
      await check('4 Steps check', w.wb.check.title);
      await page.getByRole('button', { name: w.wb.check.markDone }).click();
      await check('4 Steps done', w.fs.doneTitle);
      await page.getByRole('button', { name: w.fs.goalPage.addToPlan }).click();
      await page.getByText(w.fs.goalPage.added).waitFor();
      await page.getByRole('link', { name: w.fs.goalPage.addReview }).click();
      await check('4 Steps review', w.fs.review.title);
      await page.getByRole('radio', { name: w.fs.review.partly }).check({ force: true });
      await page.getByRole('textbox', { name: w.fs.review.learned }).fill('Dysgu / learned');
      await check('4 Steps review answered', w.fs.review.title);
      await page.getByRole('button', { name: w.fs.review.save }).click();
      await check('4 Steps goal page', w.fs.goalPage.title);
      await page.goto('/my-4-steps');
      await check('4 Steps start with goals', w.tasks.fourSteps.title);
      await page.goto('/my-4-steps/print');
      await check('4 Steps print', w.fs.printPage.title);
      await page.getByText('Dysgu / learned').waitFor();
    } finally {
      await context.close();
    }
  });
});
