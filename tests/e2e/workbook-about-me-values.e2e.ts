// About Me and My Values in Chromium, as a person would: by keyboard only, skipping every
// question, reloading and going offline mid-form, changing an answer from Check your answers,
// switching to Welsh mid-form, printing, choosing and ordering values, and axe-core on every
// page of both techniques in English and Welsh.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForServiceWorker,
  type Language,
} from './support/browser';
import enAboutMe from '../../locales/en/aboutMe.json';
import cyAboutMe from '../../locales/cy/aboutMe.json';
import enValues from '../../locales/en/values.json';
import cyValues from '../../locales/cy/values.json';
import enWorkbook from '../../locales/en/workbook.json';
import cyWorkbook from '../../locales/cy/workbook.json';
import enTasks from '../../locales/en/tasks.json';
import cyTasks from '../../locales/cy/tasks.json';
import enCommon from '../../locales/en/common.json';
import cyCommon from '../../locales/cy/common.json';
import enHome from '../../locales/en/home.json';

const browser = useBrowser();
const words = {
  en: {
    aboutMe: enAboutMe,
    values: enValues,
    workbook: enWorkbook,
    tasks: enTasks,
    common: enCommon,
  },
  cy: {
    aboutMe: cyAboutMe,
    values: cyValues,
    workbook: cyWorkbook,
    tasks: cyTasks,
    common: cyCommon,
  },
};
const en = words.en;
const QUESTIONS = [
  'enjoy',
  'goodAt',
  'proudOf',
  'healthEffects',
  'previousWork',
  'supportNeeded',
  'coachShouldKnow',
] as const;

async function withPage(
  options: { language?: Language; width?: number },
  run: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await newPhoneContext(browser(), inject('baseURL'), {
    language: options.language ?? 'en',
    width: options.width,
  });
  const page = await context.newPage();
  try {
    await run(page, context);
  } catch (error) {
    // Say where it stopped: the address and what the page showed.
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '');
    throw new Error(`${String(error)}\nAt ${page.url()}:\n${shown.slice(0, 1500)}`);
  } finally {
    await context.close();
  }
}

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      id: el?.id ?? '',
      label: el?.getAttribute('aria-label') ?? '',
    };
  });

/** Presses Tab until the focused element matches, as a keyboard user would; fails if never. */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('Tab never reached the element');
}

/**
 * Runs `change`, then waits until the status line has gone through "Saving…" and says "Saved on
 * this phone" again: only then is the change promised to be on the phone.
 */
async function changeAndWaitForSaved(page: Page, change: () => Promise<void>) {
  await page.evaluate((saving) => {
    const w = window as unknown as { sawSaving: boolean };
    w.sawSaving = false;
    new MutationObserver(() => {
      if (document.querySelector('.app-status')?.textContent?.includes(saving)) w.sawSaving = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, enCommon.status.saving);
  await change();
  await page.waitForFunction(
    (saved) =>
      (window as unknown as { sawSaving: boolean }).sawSaving &&
      (document.querySelector('.app-status')?.textContent?.includes(saved) ?? false),
    enCommon.status.saved,
  );
}

/** Ticks or unticks a checkbox with the space bar, as a keyboard user would. */
async function toggle(page: Page, name: string) {
  await page.getByRole('checkbox', { name, exact: true }).focus();
  await page.keyboard.press('Space');
}

async function startAboutMe(page: Page, language: Language = 'en') {
  await page.goto('/about-me');
  await heading(page, words[language].tasks.aboutMe.title).waitFor();
  await page.getByRole('button', { name: words[language].workbook.start.start }).click();
  await heading(page, words[language].aboutMe.enjoy.title).waitFor();
}

describe('About Me', () => {
  it('can be completed by keyboard alone, from the start page to done', async () => {
    await withPage({}, async (page) => {
      await page.goto('/about-me');
      await heading(page, en.tasks.aboutMe.title).waitFor();
      await tabTo(page, (f) => f.text === en.workbook.start.start);
      await page.keyboard.press('Enter');

      for (const [i, key] of QUESTIONS.entries()) {
        const title = en.aboutMe[key].title;
        await heading(page, title).waitFor();
        await page.getByText(`Question ${i + 1} of 7`).waitFor();
        // The heading takes focus after each move, so the answer is the next Tab stop.
        expect((await focused(page)).text).toBe(title);
        await page.keyboard.press('Tab');
        expect((await focused(page)).tag).toBe('TEXTAREA');
        await page.keyboard.type(`Answer ${i + 1}`);
        await tabTo(page, (f) => f.text === en.workbook.continue);
        await page.keyboard.press('Enter');
      }

      await heading(page, en.workbook.check.title).waitFor();
      for (const [i] of QUESTIONS.entries()) {
        await page.getByText(`Answer ${i + 1}`, { exact: true }).waitFor();
      }
      await tabTo(page, (f) => f.text === en.workbook.check.markDone);
      await page.keyboard.press('Enter');
      await heading(page, en.workbook.done.title.replace('{{task}}', 'About Me')).waitFor();
      await page.getByText('Answer 7', { exact: true }).waitFor();

      // Back on the start page: the finished version is listed, and an update starts prefilled.
      await page.goto('/about-me');
      await page.getByRole('link', { name: /^About Me, \d+ \w+/ }).waitFor();
      await tabTo(page, (f) => f.text === en.workbook.start.update);
      await page.keyboard.press('Enter');
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByText('Answer 1', { exact: true }).waitFor();
    });
  });

  it('lets someone skip every question and still finish', async () => {
    await withPage({}, async (page) => {
      await startAboutMe(page);
      for (const key of QUESTIONS) {
        await heading(page, en.aboutMe[key].title).waitFor();
        await page.getByRole('button', { name: en.workbook.skip }).click();
      }
      await heading(page, en.workbook.check.title).waitFor();
      await expect(page.getByText(en.workbook.notAnswered, { exact: true }).count()).resolves.toBe(
        7,
      );
      await page.getByRole('button', { name: en.workbook.check.markDone }).click();
      await heading(page, en.workbook.done.title.replace('{{task}}', 'About Me')).waitFor();
      // The task list says About Me is done.
      await page.goto('/');
      const link = page.getByRole('link', { name: enTasks.aboutMe.title, exact: true });
      await expect
        .poll(() =>
          link.evaluate((el) =>
            (el.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' '),
          ),
        )
        .toContain(enHome.taskStatus.done);
    });
  });

  it('keeps every answer through a reload and going offline mid-form, and resumes there', async () => {
    await withPage({}, async (page, context) => {
      await page.goto('/');
      await waitForServiceWorker(page);
      await startAboutMe(page);
      const box = page.getByRole('textbox', { name: en.aboutMe.enjoy.title });
      await changeAndWaitForSaved(page, () => box.fill('Walking my dog'));
      await context.setOffline(true);
      await page.reload();
      await heading(page, en.aboutMe.enjoy.title).waitFor();
      await expect(box.inputValue()).resolves.toBe('Walking my dog');

      await page.getByRole('button', { name: en.workbook.continue }).click();
      await heading(page, en.aboutMe.goodAt.title).waitFor();
      // The gentle prompts for people who find this hard.
      await page.getByText(en.aboutMe.goodAt.prompts.friend).waitFor();
      // Typed while offline, then the tab is reloaded straight away: nothing is lost.
      await changeAndWaitForSaved(page, () =>
        page
          .getByRole('textbox', { name: en.aboutMe.goodAt.title })
          .pressSequentially('Fixing bikes'),
      );
      await page.reload();
      await heading(page, en.aboutMe.goodAt.title).waitFor();
      await expect(
        page.getByRole('textbox', { name: en.aboutMe.goodAt.title }).inputValue(),
      ).resolves.toBe('Fixing bikes');

      // "Save and come back later" goes to the task list; reopening resumes at question 3.
      await page.getByRole('button', { name: en.workbook.saveAndLeave }).click();
      await page.getByRole('heading', { level: 1, name: /Your/ }).waitFor();
      await page.goto('/about-me');
      await page.getByRole('link', { name: en.workbook.start.continue }).click();
      await heading(page, en.aboutMe.proudOf.title).waitFor();
      await page.getByText('Question 3 of 7').waitFor();
      // Still offline, Check your answers has both answers.
      await page.goto(page.url().replace(/questions\/proud-of$/, 'check'));
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByText('Walking my dog', { exact: true }).waitFor();
      await page.getByText('Fixing bikes', { exact: true }).waitFor();
      await context.setOffline(false);
    });
  });

  it('changes an answer from Check your answers and returns there', async () => {
    await withPage({}, async (page) => {
      await startAboutMe(page);
      await page.getByRole('textbox', { name: en.aboutMe.enjoy.title }).fill('Gardening');
      await page.getByRole('button', { name: en.workbook.continue }).click();
      for (const key of QUESTIONS.slice(1)) {
        await heading(page, en.aboutMe[key].title).waitFor();
        await page.getByRole('button', { name: en.workbook.skip }).click();
      }
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByText('Gardening', { exact: true }).waitFor();
      await page
        .getByRole('link', { name: `${en.workbook.change} ${en.aboutMe.enjoy.title}` })
        .click();
      await heading(page, en.aboutMe.enjoy.title).waitFor();
      await page
        .getByRole('textbox', { name: en.aboutMe.enjoy.title })
        .fill('Gardening and baking');
      await page.getByRole('button', { name: en.workbook.continue }).click();
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByText('Gardening and baking', { exact: true }).waitFor();
    });
  });

  it('switches to Welsh mid-form without losing what was typed', async () => {
    await withPage({}, async (page) => {
      await startAboutMe(page);
      await page.getByRole('button', { name: en.workbook.continue }).click();
      await page.getByRole('button', { name: en.workbook.continue }).click();
      await heading(page, en.aboutMe.proudOf.title).waitFor();
      await page.getByRole('textbox', { name: en.aboutMe.proudOf.title }).fill('Raising my kids');
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await heading(page, cyAboutMe.proudOf.title).waitFor();
      await page.getByText('Cwestiwn 3 o 7').waitFor();
      await expect(
        page.getByRole('textbox', { name: cyAboutMe.proudOf.title }).inputValue(),
      ).resolves.toBe('Raising my kids');
      await page.getByRole('button', { name: cyWorkbook.continue }).click();
      await heading(page, cyAboutMe.healthEffects.title).waitFor();
    });
  });

  it('prints a clean summary of the answers, without the app chrome', async () => {
    await withPage({ width: 390 }, async (page) => {
      await startAboutMe(page);
      await page.getByRole('textbox', { name: en.aboutMe.enjoy.title }).fill('Painting');
      await page.getByRole('button', { name: en.workbook.continue }).click();
      await heading(page, en.aboutMe.goodAt.title).waitFor();
      await page.goto(page.url().replace(/questions\/good-at$/, 'check'));
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByRole('button', { name: en.workbook.check.markDone }).click();
      await heading(page, en.workbook.done.title.replace('{{task}}', 'About Me')).waitFor();
      await page.getByRole('button', { name: en.workbook.print }).waitFor();

      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none');
      await expect(shown('header')).resolves.toBe(false);
      await expect(shown('footer')).resolves.toBe(false);
      await expect(shown('.app-status')).resolves.toBe(false);
      await expect(page.getByRole('button', { name: en.workbook.print }).isVisible()).resolves.toBe(
        false,
      );
      await expect(page.getByText('Painting', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByText(en.aboutMe.enjoy.title).isVisible()).resolves.toBe(true);
      await expect(
        page.getByRole('heading', { level: 2, name: /^About Me, / }).isVisible(),
      ).resolves.toBe(true);
    });
  });
});

describe('My Values', () => {
  it('chooses values, says no calmly to a sixth, adds one of your own, and orders them by keyboard', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto('/my-values');
      await heading(page, en.tasks.values.title).waitFor();
      await page.getByRole('button', { name: en.workbook.start.start }).click();
      await heading(page, en.values.choose.title).waitFor();

      // Tick with the space bar, as a keyboard user would.
      for (const id of ['family', 'health', 'learning', 'nature', 'fun', 'calm'] as const) {
        await toggle(page, en.values.list[id].name);
      }
      await page.getByText(en.values.choose.tooMany).first().waitFor();
      await page.getByRole('button', { name: en.workbook.continue }).click();
      const summary = page.getByRole('alert').filter({ hasText: en.workbook.errorTitle });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await heading(page, en.values.choose.title).waitFor();

      // Untick two, then add one of your own.
      for (const id of ['learning', 'calm'] as const) await toggle(page, en.values.list[id].name);
      await page.getByText('You have chosen 4 of up to 5.').waitFor();
      await page.getByRole('textbox', { name: en.values.choose.ownLabel }).fill('My allotment');
      await page.getByRole('button', { name: en.values.choose.add }).click();
      await page.getByText('You have chosen 5 of up to 5.').waitFor();
      await expect(page.getByRole('checkbox', { name: 'My allotment' }).isChecked()).resolves.toBe(
        true,
      );
      await page.getByRole('button', { name: en.workbook.continue }).click();

      await heading(page, en.values.order.title).waitFor();
      await page.getByText('Question 2 of 7').waitFor();
      const items = () => page.locator('.value-order__name').allInnerTexts();
      expect((await items()).map((t) => t.replace(/^Number \d+\s*/, ''))).toEqual([
        'Family',
        'Health',
        'Nature',
        'Fun',
        'My allotment',
      ]);
      // Move "My allotment" to the top with Enter: focus stays on its Move up button.
      const moveUp = new RegExp(`^${en.values.order.moveUp}\\W+My allotment$`);
      const moveDown = new RegExp(`^${en.values.order.moveDown}\\W+My allotment$`);
      await page.getByRole('button', { name: moveUp }).focus();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
      expect((await focused(page)).text).toMatch(moveUp);
      await page.getByText('My allotment is now number 2 of 5.').waitFor();
      await page.keyboard.press('Enter');
      // At the top there is no Move up, so focus moves to its Move down button.
      expect((await focused(page)).text).toMatch(moveDown);
      await page.getByText('My allotment is now number 1 of 5.').waitFor();
      expect((await items())[0]).toContain('My allotment');
      await page.getByRole('button', { name: en.workbook.continue }).click();

      await heading(page, 'My allotment').waitFor();
      await page.getByRole('textbox', { name: en.values.value.why }).fill('It keeps me calm');
      await page.getByRole('textbox', { name: en.values.value.next }).fill('Work outdoors');
      await page.getByRole('button', { name: en.workbook.continue }).click();
      await heading(page, en.values.list.family.name).waitFor();
      await page.getByText(en.values.list.family.meaning).waitFor();
      await page.getByRole('button', { name: en.workbook.saveAndLeave }).click();
      await page.goto('/my-values');
      await page.getByRole('link', { name: en.workbook.start.continue }).click();
      // Resumes after the last answered screen: Family (the second value).
      await heading(page, en.values.list.family.name).waitFor();
      await page.goto(page.url().replace(/questions\/value-family$/, 'check'));
      await heading(page, en.workbook.check.title).waitFor();
      await page.getByText('It keeps me calm').waitFor();
      await page.getByRole('button', { name: en.workbook.check.markDone }).click();
      await heading(page, en.workbook.done.title.replace('{{task}}', 'My Values')).waitFor();
    });
  });
});

/** Every page of both techniques, reached as a person would, checked with axe at 320 px. */
async function checkEveryPage(page: Page, language: Language) {
  const w = words[language];
  const failures: string[] = [];
  const check = async (name: string) => {
    await heading(page, name).waitFor();
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${page.url()}: ${violations.join('; ')}`);
    if (await hasHorizontalScroll(page)) failures.push(`${page.url()}: scrolls sideways`);
  };

  await page.goto('/about-me');
  await check(w.tasks.aboutMe.title);
  await page.getByRole('button', { name: w.workbook.start.start }).click();
  for (const key of QUESTIONS) {
    await check(w.aboutMe[key].title);
    await page.getByRole('textbox').first().fill('Ateb / answer');
    await page.getByRole('button', { name: w.workbook.continue }).click();
  }
  await check(w.workbook.check.title);
  // An error-free Check your answers, then done, then the version and the start page again.
  await page.getByRole('button', { name: w.workbook.check.markDone }).click();
  await check(w.workbook.done.title.replace('{{task}}', w.tasks.aboutMe.title));
  await page.goto('/about-me');
  await check(w.tasks.aboutMe.title);
  // The finished version is named by its date, with the month in the page's language.
  const months = Object.values(w.common.months).join('|');
  const version = page.getByRole('link', {
    name: new RegExp(`^${w.tasks.aboutMe.title}\\W+\\d{1,2} (${months})$`),
  });
  await version.click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await check((await page.getByRole('heading', { level: 1 }).innerText()).trim());

  await page.goto('/my-values');
  await check(w.tasks.values.title);
  await page.getByRole('button', { name: w.workbook.start.start }).click();
  await check(w.values.choose.title);
  for (const id of ['family', 'health', 'learning', 'nature', 'fun', 'calm'] as const) {
    await toggle(page, w.values.list[id].name);
  }
  await page.getByRole('button', { name: w.workbook.continue }).click();
  await page.getByRole('alert').filter({ hasText: w.workbook.errorTitle }).waitFor();
  await check(w.values.choose.title); // with the error summary and the error message
  await toggle(page, w.values.list.calm.name);
  await page.getByRole('button', { name: w.workbook.continue }).click();
  await check(w.values.order.title);
  await page.getByRole('button', { name: w.workbook.continue }).click();
  await check(w.values.list.family.name);
  await page.getByRole('textbox', { name: w.values.value.why }).fill('Ateb / answer');
  await page.getByRole('button', { name: w.workbook.skip }).click();
  await check(w.values.list.health.name);
  for (const id of ['learning', 'nature', 'fun'] as const) {
    await page.getByRole('button', { name: w.workbook.skip }).click();
    await heading(page, w.values.list[id].name).waitFor();
  }
  await page.getByRole('button', { name: w.workbook.skip }).click();
  await check(w.workbook.check.title);
  await page.getByRole('button', { name: w.workbook.check.markDone }).click();
  await check(w.workbook.done.title.replace('{{task}}', w.tasks.values.title));
  await page.goto('/my-values');
  await check(w.tasks.values.title);
  return failures;
}

describe.each(['en', 'cy'] as Language[])('axe in %s', (language) => {
  it('finds no violations on any page of About Me or My Values', async () => {
    await withPage({ language, width: 320 }, async (page) => {
      const failures = await checkEveryPage(page, language);
      if (failures.length) console.error(failures.join('\n'));
      expect(failures).toEqual([]);
    });
  });
});
