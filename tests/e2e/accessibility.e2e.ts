// axe-core on every route, in English and Welsh, at 320 px wide (the same CSS width as a 640 px
// window at 200% zoom), in light and dark mode: zero violations, no sideways scrolling, the
// right heading, and "Need help now?" on every screen.
import { describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  type Language,
  useBrowser,
} from './support/browser';
import { ROUTES, strings } from './support/routes';

const browser = useBrowser();

describe.each(['en', 'cy'] as Language[])('every route in %s', (language) => {
  it.each(ROUTES.map((r) => [r.path, r] as const))(
    '%s has no axe violations',
    async (_path, route) => {
      const context = await newPhoneContext(browser(), inject('baseURL'), { language });
      const page = await context.newPage();
      try {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1, name: route.heading[language] }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(
          language === 'en' ? 'en-GB' : 'cy-GB',
        );
        await expect(
          page.getByRole('link', { name: strings[language].common.needHelp }).count(),
        ).resolves.toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('text size and zoom', () => {
  it('the largest text size still fits 320 px without sideways scrolling on every route', async () => {
    const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'cy' });
    await context.addInitScript(() => localStorage.setItem('waymark.textSize', 'larger'));
    const page = await context.newPage();
    try {
      for (const route of ROUTES) {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1, name: route.heading.cy }).waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
        expect(await hasHorizontalScroll(page), route.path).toBe(false);
      }
    } finally {
      await context.close();
    }
  });
});
