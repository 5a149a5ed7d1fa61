/**
 * Debian's Chromium through playwright-core, with the flags this machine needs, and helpers
 * for the tests: a phone-sized context, a chosen language, and axe-core run inside the page.
 * axe is evaluated over the DevTools protocol, so the app's strict CSP stays on in every test.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import enPairing from '../../../locales/en/pairing.json';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}

export type Language = 'en' | 'cy';

export async function newPhoneContext(
  browser: Browser,
  baseURL: string,
  options: { language?: Language; width?: number; reducedMotion?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    serviceWorkers: 'allow',
  });
  if (options.language) {
    await context.addInitScript((language) => {
      if (!localStorage.getItem('waymark.language'))
        localStorage.setItem('waymark.language', language);
    }, options.language);
  }
  return context;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the whole page and returns its violations, described for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    AXE_TAGS,
  )) as AxeResults;
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** True when the page scrolls sideways (it must not, at 320 px or 200% zoom). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/** Waits until a service worker controls the page (the app shell is precached by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

/**
 * Connects a phone to its coach as a person would: opens the coach's link, presses Connect, and
 * waits for "connected" and for the service worker (which sends in the background) to be in
 * control.
 */
export async function connectPhone(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name: enPairing.connect }).click();
  await page.getByRole('heading', { level: 1, name: enPairing.connectedTitle }).waitFor();
  await waitForServiceWorker(page);
}

/**
 * Waits until the app is live. index.html carries the home page already rendered (so it shows
 * before the JavaScript has run, and its links and buttons do nothing special yet); the app
 * takes it over, or replaces it on other pages, and then removes #root's data-prerendered.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && !root.hasAttribute('data-prerendered') && root.childElementCount > 0;
  });
}

/** Waits until the home page is live and shows the task statuses read from this phone. */
export async function waitForHome(page: Page): Promise<void> {
  await waitForApp(page);
  await page.waitForFunction(
    () =>
      document.querySelector('#main .task-list') !== null &&
      document.querySelector('#main [aria-busy="true"]') === null,
  );
}

/** Chooses an option in a radio group by tapping its label, as a person would. */
export async function chooseRadio(
  page: Page,
  groupName: string,
  optionName: string,
): Promise<void> {
  const group = page.getByRole('radiogroup', { name: groupName, exact: true });
  const option = page.getByRole('radio', { name: optionName, exact: true });
  const handle = await group.locator(option).elementHandle();
  if (!handle) throw new Error(`No option "${optionName}" in "${groupName}"`);
  await group.locator('label').filter({ has: option }).click();
  // The page may re-render in another language, so check the same element, not the same name.
  if (!(await handle.isChecked())) throw new Error(`Tapping "${optionName}" did not choose it`);
}

/**
 * One Chromium for the test file: launched before its tests, closed after. Call at the top of
 * a test file; the returned function gives the running browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet (use it inside a test).');
    return browser;
  };
}
