// Barrier check-ins in Chromium against the built app: a whole check-in by keyboard alone; one
// left half done and carried on; three with different scores, whose chart and table agree;
// a check-in saved and My progress read with the network off; and every check-in page free of
// axe violations in English and Welsh, light and dark, with no sideways scrolling at 320 px.
// The longest tests drive several whole check-ins, so they get two minutes on a busy machine.
import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  chooseRadio,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForHome,
  waitForServiceWorker,
  type Language,
} from './support/browser';
import { strings } from './support/routes';
import enCheckIn from '../../locales/en/checkIn.json';
import cyCheckIn from '../../locales/cy/checkIn.json';
import { BARRIER_AREAS, type BarrierArea } from '../../src/domain/barriers';

const browser = useBrowser();
const words = { en: enCheckIn, cy: cyCheckIn };
const en = enCheckIn;

async function withPage(
  language: Language,
  run: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language });
  const page = await context.newPage();
  try {
    await run(page, context);
  } finally {
    await context.close();
  }
}

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** The accessible name of what has focus: a radio's label, or an element's label or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      return el.labels?.[0]?.textContent?.trim() ?? '';
    }
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the focused element's name starts with `name` (keyboard only). */
async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)).startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}" (last: "${await focusedName(page)}")`);
}

const scoreName = (language: Language, score: number) => {
  const anchor = (words[language].anchors as Record<string, string>)[String(score)];
  return anchor ? `${score} ${anchor}` : String(score);
};

type Answer = number | 'changesTooMuch' | 'skip' | 'same';

/** Answers one area screen with the pointer, as most people will. */
async function answerArea(page: Page, language: Language, area: BarrierArea, answer: Answer) {
  const w = words[language];
  await heading(page, w.areas[area].title);
  if (answer === 'skip') {
    await page.getByRole('button', { name: w.skip, exact: true }).click();
    return;
  }
  if (answer === 'same') {
    await page.getByRole('button', { name: w.lastTime.button, exact: true }).click();
    return;
  }
  const option = answer === 'changesTooMuch' ? w.changesTooMuch : scoreName(language, answer);
  await chooseRadio(page, w.question, option);
  await page.getByRole('button', { name: w.continue, exact: true }).click();
}

/** A whole check-in from the start page: the given answers, then finish. */
async function checkIn(
  page: Page,
  language: Language,
  answers: Partial<Record<BarrierArea, Answer>>,
  onPage: (where: string) => Promise<void> = async () => undefined,
) {
  const w = words[language];
  await page.goto('/check-ins');
  await heading(page, strings[language].tasks.checkIns.title);
  await onPage('start');
  await page.getByRole('button', { name: w.start.startButton }).click();
  for (const area of BARRIER_AREAS) {
    if (area === 'physicalHealth') {
      await heading(page, w.areas[area].title);
      await onPage(area);
    }
    await answerArea(page, language, area, answers[area] ?? 'skip');
  }
  await heading(page, w.aboutWork.title);
  await onPage('aboutWork');
  await chooseRadio(page, w.aboutWork.wantToWork.legend, w.aboutWork.wantToWork.someExtent);
  await page.getByRole('button', { name: w.continue, exact: true }).click();
  await heading(page, w.check.title);
  await onPage('check');
  await page.getByRole('button', { name: w.check.finish }).click();
  await page.getByRole('heading', { level: 1, name: w.finished.title }).waitFor();
  await onPage('finished');
}

/** The names of the chart's points and the rows of its table, for one area. */
async function chartAndTable(page: Page, language: Language, area: BarrierArea) {
  const w = words[language];
  await page.getByRole('combobox', { name: w.chart.picker }).selectOption(area);
  const chart = page.getByRole('group', {
    name: w.chart.title.replace('{{area}}', w.areas[area].title),
  });
  await chart.waitFor();
  const points = await chart
    .getByRole('img')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const show = page.getByRole('button', { name: w.chart.showTable });
  if (await show.count()) await show.click();
  const table = page.getByRole('table', {
    name: w.chart.tableCaption.replace('{{area}}', w.areas[area].title),
  });
  await table.waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent).join(': ')),
    );
  return { points, rows };
}

it('completes a check-in with the keyboard alone', async () => {
  await withPage('en', async (page) => {
    await page.goto('/check-ins');
    await heading(page, strings.en.tasks.checkIns.title);
    await tabTo(page, en.start.startButton);
    await page.keyboard.press('Enter');

    // Physical health: Tab into the scale, Space chooses 1, arrows move to 3; a note; Continue.
    await heading(page, en.areas.physicalHealth.title);
    expect(await focusedName(page)).toBe(en.areas.physicalHealth.title);
    await tabTo(page, '1');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    await tabTo(page, en.note.label);
    await page.keyboard.type('Typed with keys');
    await tabTo(page, en.continue);
    await page.keyboard.press('Enter');

    // Mental health: past 10 the arrows reach "It changes too much to say".
    await heading(page, en.areas.mentalHealth.title);
    await tabTo(page, '1');
    await page.keyboard.press('Space');
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: en.changesTooMuch }).isChecked()).toBe(true);
    await tabTo(page, en.continue);
    await page.keyboard.press('Enter');

    for (const area of BARRIER_AREAS.slice(2)) {
      await heading(page, en.areas[area].title);
      await tabTo(page, en.skip);
      await page.keyboard.press('Enter');
    }

    await heading(page, en.aboutWork.title);
    await tabTo(page, en.aboutWork.wantToWork.notAtAll);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.getByRole('radio', { name: en.aboutWork.wantToWork.aLittle }).isChecked(),
    ).toBe(true);
    await tabTo(page, en.continue);
    await page.keyboard.press('Enter');

    await heading(page, en.check.title);
    await expect(page.getByText('Your note: Typed with keys').count()).resolves.toBe(1);
    await tabTo(page, en.check.finish, 60);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.finished.title }).waitFor();

    await tabTo(page, en.finished.progressLink);
    await page.keyboard.press('Enter');
    await heading(page, en.progress.title);
    await page.getByText(/^Physical health: 3 on \d+ \w+, your only score so far$/).waitFor();

    // The chart's points: one Tab stop, arrows between them, each named by date and value.
    await page.getByRole('combobox', { name: en.chart.picker }).selectOption('physicalHealth');
    await tabTo(page, en.chart.showTable);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toMatch(/^\d+ \w+ \d{4}: 3 out of 10$/);
  });
});

it('keeps a half-done check-in and carries on where it was left', async () => {
  await withPage('en', async (page) => {
    await page.goto('/check-ins');
    await page.getByRole('button', { name: en.start.startButton }).click();
    await answerArea(page, 'en', 'physicalHealth', 6);
    await answerArea(page, 'en', 'mentalHealth', 2);
    await heading(page, en.areas.confidence.title);
    await chooseRadio(page, en.question, scoreName('en', 7));
    await page.getByRole('button', { name: en.saveAndComeBack }).click();
    await heading(page, strings.en.tasks.checkIns.title);

    // Close the app entirely, then come back.
    await page.goto('/');
    await page.goto('/check-ins');
    await page.getByText(/^You started a check-in on/).waitFor();
    await page.getByRole('link', { name: en.start.resumeButton }).click();
    await heading(page, en.areas.confidence.title);
    expect(await page.getByRole('radio', { name: scoreName('en', 7) }).isChecked()).toBe(true);
    await page.getByRole('link', { name: en.back }).click();
    await heading(page, en.areas.mentalHealth.title);
    expect(await page.getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);

    // The home page says it is in progress.
    await page.goto('/');
    await waitForHome(page);
    const status = await page
      .getByRole('link', { name: new RegExp(`^${strings.en.tasks.checkIns.title}`) })
      .evaluate((a) =>
        (a.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    expect(status).toContain(strings.en.home.taskStatus.inProgress);
  });
});

it('shows three check-ins as words, a chart and a table that agree', async () => {
  await withPage('en', async (page) => {
    const scores: [string, Answer, Answer][] = [
      ['2026-03-04T10:00:00Z', 3, 8],
      ['2026-04-08T10:00:00Z', 5, 'changesTooMuch'],
      ['2026-05-13T10:00:00Z', 8, 5],
    ];
    for (const [date, confidence, money] of scores) {
      await page.clock.setFixedTime(new Date(date));
      await checkIn(page, 'en', { confidence, money, housing: 4 });
    }
    await page.goto('/check-ins/progress');
    await heading(page, en.progress.title);
    await page.getByText('Confidence: 3 → 8, up 5 since 4 March', { exact: true }).waitFor();
    await page.getByText('Money and debt: 8 → 5, down 3 since 4 March', { exact: true }).waitFor();
    await page.getByText('Housing: 4 → 4, the same as on 4 March', { exact: true }).waitFor();
    await page.getByText(en.progress.harderNote).waitFor();

    const confidence = await chartAndTable(page, 'en', 'confidence');
    expect(confidence.points).toEqual([
      '4 March 2026: 3 out of 10',
      '8 April 2026: 5 out of 10',
      '13 May 2026: 8 out of 10',
    ]);
    expect(confidence.rows).toEqual(confidence.points);

    const money = await chartAndTable(page, 'en', 'money');
    expect(money.points).toEqual([
      '4 March 2026: 8 out of 10',
      '8 April 2026: it changes too much to say',
      '13 May 2026: 5 out of 10',
    ]);
    expect(money.rows.map((r) => r.toLowerCase())).toEqual(
      money.points.map((p) => p.toLowerCase()),
    );

    // Higher scores sit higher on the chart: money went from 8 to 5.
    const ys = await page
      .locator('.chart__svg circle[role="img"]')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('cy'))));
    expect(ys).toHaveLength(2);
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);

    await page.getByRole('link', { name: en.progress.summaryLink }).click();
    await heading(page, en.summary.title);
    const section = (name: string) =>
      page.locator(`h2:text-is("${name}") + ul, h2:text-is("${name}") + p + ul`);
    await expect(section(en.summary.improvedHeading).textContent()).resolves.toContain(
      'Confidence: 3 → 8',
    );
    await expect(section(en.summary.harderHeading).textContent()).resolves.toContain(
      'Money and debt: 8 → 5',
    );
    await expect(section(en.summary.sameHeading).textContent()).resolves.toContain(
      'Housing: 4 → 4',
    );
    // On paper: no app header, footer or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: en.progress.print }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: en.summary.title }).isVisible()).toBe(true);
  });
}, 120_000);

it('saves a check-in and shows My progress with the network off', async () => {
  await withPage('en', async (page, context) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: strings.en.home.title }).waitFor();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await checkIn(page, 'en', { physicalHealth: 4, confidence: 'changesTooMuch', digital: 9 });
    await page.getByRole('link', { name: en.finished.progressLink }).click();
    await heading(page, en.progress.title);
    await page.reload();
    await heading(page, en.progress.title);
    await page.getByText(/^Using computers and phones: 9 on /).waitFor();
    await page.getByRole('status').filter({ hasText: strings.en.common.status.offline }).waitFor();
    const { points, rows } = await chartAndTable(page, 'en', 'digital');
    expect(points).toHaveLength(1);
    expect(rows).toEqual(points);
  });
});

for (const language of ['en', 'cy'] as Language[]) {
  it(`has no axe violations on any check-in page in ${language}, light and dark, at 320 px`, async () => {
    await withPage(language, async (page) => {
      const w = words[language];
      const checked: string[] = [];
      const check = async (where: string) => {
        expect(await hasHorizontalScroll(page), where).toBe(false);
        expect(await axeViolations(page), `${where} light`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page), `${where} dark`).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
        checked.push(where);
      };
      await page.goto('/check-ins/progress');
      await heading(page, w.progress.title);
      await check('progress (empty)');

      await checkIn(page, language, { physicalHealth: 4, confidence: 7 }, check);
      await page.clock.setFixedTime(new Date(Date.now() + 86_400_000 * 30));
      await checkIn(page, language, { physicalHealth: 6, confidence: 5, money: 'changesTooMuch' });

      await page.goto('/check-ins');
      await page.getByRole('button', { name: w.start.startButton }).click();
      await heading(page, w.areas.physicalHealth.title);
      await page.getByText(w.lastTime.score.replace('{{score}}', '6')).waitFor();
      await check('area with "same as last time"');
      await page.getByRole('button', { name: w.saveAndComeBack }).click();
      await page.getByRole('link', { name: w.start.resumeButton }).waitFor();
      await check('start with a check-in to carry on');

      await page.goto('/check-ins/progress');
      await heading(page, w.progress.title);
      await chartAndTable(page, language, 'confidence');
      await page.getByRole('group').getByRole('img').last().focus();
      await check('progress with chart and table');

      await page.goto('/check-ins/summary');
      await heading(page, w.summary.title);
      await check('summary');
      expect(checked).toHaveLength(10);

      // The largest text size still fits 320 px on the busiest screens.
      await page.evaluate(() => localStorage.setItem('waymark.textSize', 'larger'));
      for (const path of ['/check-ins', '/check-ins/progress', '/check-ins/summary']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
        expect(await hasHorizontalScroll(page), path).toBe(false);
      }
      await page.goto('/check-ins');
      await page.getByRole('link', { name: w.start.resumeButton }).click();
      await heading(page, w.areas.physicalHealth.title);
      expect(await hasHorizontalScroll(page), 'area').toBe(false);
    });
  }, 120_000);
}
