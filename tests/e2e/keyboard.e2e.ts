// Keyboard only, as a person would: skip link first, the task list in order by Tab, Enter opens
// a task with focus on its heading, and the back link returns to the list.
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPhoneContext, useBrowser, waitForHome } from './support/browser';
import { strings } from './support/routes';

const browser = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', id: el?.id ?? '' };
  });

it('moves through the task list by keyboard alone', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), {
    language: 'en',
    width: 390,
  });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: strings.en.home.title }).waitFor();
    await page.getByRole('link', { name: strings.en.tasks.aboutMe.title }).waitFor();
    await waitForHome(page);

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(strings.en.common.skipLink);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    const titles = [
      strings.en.tasks.aboutMe.title,
      strings.en.tasks.values.title,
      strings.en.tasks.fourSteps.title,
      strings.en.tasks.actionPlan.title,
      strings.en.tasks.checkIns.title,
      strings.en.tasks.feedback.title,
    ];
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < titles.length; i += 1) {
      await page.keyboard.press('Tab');
      const { tag, text } = await focused(page);
      if (tag === 'A') reached.push(text);
    }
    expect(reached.map((text, i) => text.startsWith(titles[i] ?? '?'))).toEqual(
      titles.map(() => true),
    );

    // Back to About Me with Shift+Tab, then open it with Enter.
    for (let i = 1; i < titles.length; i += 1) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text.startsWith(strings.en.tasks.aboutMe.title)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: strings.en.tasks.aboutMe.title }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: strings.en.tasks.aboutMe.title });
    expect(new URL(page.url()).pathname).toBe('/about-me');

    // The back link sits above the heading, so it is one Shift+Tab away.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe(strings.en.common.backToTasks);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: strings.en.home.title }).waitFor();
    expect((await focused(page)).tag).toBe('H1');
  } finally {
    await context.close();
  }
});

it('reaches "Need help now?" from the top of any page with the keyboard', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/my-4-steps');
    await page.getByRole('heading', { level: 1 }).waitFor();
    let found = false;
    for (let i = 0; i < 4 && !found; i += 1) {
      await page.keyboard.press('Tab');
      found = (await focused(page)).text === strings.en.common.needHelp;
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: strings.en.help.title }).waitFor();
    await page.getByRole('link', { name: strings.en.help.samaritans.call }).waitFor();
    expect(
      await page.getByRole('link', { name: strings.en.help.samaritans.call }).getAttribute('href'),
    ).toBe('tel:116123');
  } finally {
    await context.close();
  }
});

it('every button and stand-alone link is at least 44 by 44 px', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'cy' });
  const page = await context.newPage();
  try {
    for (const path of ['/', '/help', '/settings', '/my-values']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, input, [role="radio"], label')]
          .filter((el) => el.offsetParent !== null && !el.matches('.skip-link'))
          // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); stand-alone ones are not.
          .filter((el) => {
            const paragraph = el.closest('p');
            return !paragraph || paragraph.textContent?.trim() === el.textContent?.trim();
          })
          .filter((el) => el.tagName !== 'INPUT' || !el.closest('label')) // the label is the target
          .map((el) => {
            // A task-list link's target is its whole row (a stretched pseudo-element): check that
            // the row's middle really hits the link, then measure the row.
            const row = el.closest('li.task-list__item');
            if (row) {
              row.scrollIntoView({ block: 'center' }); // elementFromPoint sees only the viewport
              const box = row.getBoundingClientRect();
              const hit = document.elementFromPoint(
                box.left + box.width / 2,
                box.top + box.height / 2,
              );
              return { el, box: hit === el || el.contains(hit) ? box : el.getBoundingClientRect() };
            }
            return { el, box: el.getBoundingClientRect() };
          })
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(
            ({ el, box }) =>
              `${el.tagName} "${el.textContent?.trim()}" ${Math.round(box.width)}x${Math.round(box.height)}`,
          ),
      );
      expect(small, path).toEqual([]);
    }
  } finally {
    await context.close();
  }
});
