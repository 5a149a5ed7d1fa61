// The optional PIN lock in Chromium (issue 7): set in settings; an About Me answer typed with a
// PIN set is nowhere in IndexedDB or localStorage in plain text; a reload opens on the lock
// screen, a wrong PIN says so plainly (error summary with focus), the right one opens the answer;
// it locks by itself after the idle time; "Forgot your PIN?" deletes everything on this phone
// after asking; and axe-core finds nothing on the lock screen and the settings section, in
// English and Welsh, light and dark, at 320 px.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForApp,
  waitForHome,
  type Language,
} from './support/browser';
import enLock from '../../locales/en/lock.json';
import cyLock from '../../locales/cy/lock.json';
import enCommon from '../../locales/en/common.json';
import cyCommon from '../../locales/cy/common.json';
import enSettings from '../../locales/en/settings.json';
import cySettings from '../../locales/cy/settings.json';
import enAboutMe from '../../locales/en/aboutMe.json';
import enTasks from '../../locales/en/tasks.json';
import enWorkbook from '../../locales/en/workbook.json';
import enHelp from '../../locales/en/help.json';
import enHome from '../../locales/en/home.json';

const browser = useBrowser();
const words = {
  en: { lock: enLock, common: enCommon, settings: enSettings },
  cy: { lock: cyLock, common: cyCommon, settings: cySettings },
};
const PIN = '2468';
const ANSWER = 'Swimming with my sister on Sundays';

async function withPage(
  language: Language,
  run: (page: Page, context: BrowserContext) => Promise<void>,
  setUp?: (context: BrowserContext, page: Page) => Promise<void>,
): Promise<void> {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language });
  const page = await context.newPage();
  try {
    await setUp?.(context, page);
    await run(page, context);
  } catch (error) {
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

/** Sets a PIN through settings, as a person would. */
async function setPin(page: Page, language: Language, idle: keyof typeof enLock.settings.idle) {
  const lock = words[language].lock.settings;
  await page.goto('/settings');
  await heading(page, words[language].settings.title).waitFor();
  await page.getByRole('button', { name: lock.set, exact: true }).click();
  await page.getByLabel(lock.newLabel, { exact: true }).fill(PIN);
  await page.getByLabel(lock.againLabel, { exact: true }).fill(PIN);
  await page
    .getByRole('radiogroup', { name: lock.whenLabel })
    .locator('label')
    .filter({
      hasText: lock.idle[idle],
    })
    .click();
  await page.getByRole('button', { name: lock.save, exact: true }).click();
  await page.getByText(lock.turnedOn).waitFor({ timeout: 30_000 });
}

/** Everything IndexedDB ("waymark") and localStorage hold, as text (bytes decoded too). */
function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    // Never creates the database (as quickRead.ts): none yet reads as empty.
    const idb = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      let missing = false;
      request.onupgradeneeded = () => {
        missing = true;
        request.transaction?.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        missing ? resolve(undefined) : reject(request.error ?? new Error('open failed'));
    });
    const names = idb ? Array.from(idb.objectStoreNames) : [];
    if (!idb || names.length === 0) {
      idb?.close();
      return JSON.stringify({ ...localStorage });
    }
    const tx = idb.transaction(names, 'readonly');
    const stores = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown]>((resolve) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result]);
          }),
      ),
    );
    idb.close();
    const text = JSON.stringify(stores, (_key, value: unknown) =>
      ArrayBuffer.isView(value)
        ? new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
        : value,
    );
    return `${text}\n${JSON.stringify({ ...localStorage })}`;
  });
}

/** Types an answer, reaching About Me by the app's own links (a reload would lock it). */
async function typeAnswer(page: Page) {
  await page.getByRole('link', { name: enCommon.appName, exact: true }).click();
  await heading(page, enHome.title).waitFor();
  await page.getByRole('link', { name: enTasks.aboutMe.title, exact: true }).click();
  await heading(page, enTasks.aboutMe.title).waitFor();
  await page.getByRole('button', { name: enWorkbook.start.start }).click();
  await heading(page, enAboutMe.enjoy.title).waitFor();
  await page.getByRole('textbox').first().pressSequentially(ANSWER);
  await page.locator('.app-status').getByText(enCommon.status.saved).waitFor();
}

async function unlockWith(page: Page, pin: string, language: Language = 'en') {
  const lock = words[language].lock.screen;
  await page.getByLabel(lock.label, { exact: true }).fill(pin);
  await page.getByRole('button', { name: lock.unlock, exact: true }).click();
}

async function expectAxeClean(page: Page) {
  {
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v)).toEqual([]);
  }
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  {
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('PIN lock', () => {
  it('keeps an answer sealed at rest, opens on the lock screen, and only the right PIN opens it', async () => {
    await withPage('en', async (page) => {
      await setPin(page, 'en', 'close');
      const config = await page.evaluate(() => localStorage.getItem('waymark.lock') ?? '');
      expect(config).not.toContain(PIN);
      await typeAnswer(page);

      const raw = await rawStorage(page);
      expect(raw).toContain('wm:sealed');
      expect(raw).not.toContain('Swimming');
      expect(raw).not.toContain('my sister');
      expect(raw).not.toContain(PIN);

      await page.reload();
      await heading(page, enLock.screen.title).waitFor();
      expect(await page.getByText(ANSWER).count()).toBe(0);
      expect(await heading(page, enAboutMe.enjoy.title).count()).toBe(0);
      await expect(
        page.getByRole('link', { name: enCommon.needHelp, exact: true }).count(),
      ).resolves.toBe(1);

      await unlockWith(page, '1357');
      const summary = page.locator('.error-summary');
      await summary.getByText(enLock.screen.wrong).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('error-summary');
      await heading(page, enLock.screen.title).waitFor();

      await unlockWith(page, PIN);
      await heading(page, enAboutMe.enjoy.title).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('textbox').first().inputValue()).toBe(ANSWER);
      // Still sealed at rest after unlocking.
      expect(await rawStorage(page)).not.toContain('Swimming');
    });
  });

  it('"Need help now?" opens while locked, without the PIN', async () => {
    await withPage('en', async (page) => {
      await setPin(page, 'en', 'close');
      await page.reload();
      await heading(page, enLock.screen.title).waitFor();
      await page.getByRole('link', { name: enCommon.needHelp, exact: true }).click();
      await heading(page, enHelp.title).waitFor();
      await page.goBack();
      await heading(page, enLock.screen.title).waitFor();
    });
  });

  it('locks by itself after a minute with nothing pressed', async () => {
    await withPage(
      'en',
      async (page) => {
        await setPin(page, 'en', '1');
        await typeAnswer(page);
        await page.clock.fastForward('01:10');
        await heading(page, enLock.screen.title).waitFor();
        expect(await page.getByText(ANSWER).count()).toBe(0);
        await unlockWith(page, PIN);
        await heading(page, enAboutMe.enjoy.title).waitFor({ timeout: 30_000 });
        expect(await page.getByRole('textbox').first().inputValue()).toBe(ANSWER);
      },
      async (_context, page) => {
        await page.clock.install();
      },
    );
  });

  it('"Forgot your PIN?" explains, asks first, then deletes everything and starts again', async () => {
    await withPage('en', async (page) => {
      await setPin(page, 'en', 'close');
      await typeAnswer(page);
      await page.goto('/');
      await heading(page, enLock.screen.title).waitFor();
      await page.getByRole('button', { name: enLock.screen.forgotLink }).click();
      await heading(page, enLock.forgot.title).waitFor();
      await page.getByText(enLock.forgot.shared).waitFor();

      await page.getByRole('button', { name: enLock.forgot.delete }).click();
      const dialog = page.getByRole('alertdialog', { name: enLock.forgot.confirmTitle });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: enLock.forgot.confirmNo }).click();
      await heading(page, enLock.forgot.title).waitFor();

      await page.getByRole('button', { name: enLock.forgot.delete }).click();
      await dialog.getByRole('button', { name: enLock.forgot.confirmYes }).click();
      await waitForHome(page);
      await heading(page, enHome.title).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('waymark.lock'))).toBeNull();
      expect(await rawStorage(page)).not.toContain('wm:sealed');
      await page.goto('/settings');
      await page.getByRole('button', { name: enLock.settings.set, exact: true }).waitFor();
    });
  });
});

describe.each(['en', 'cy'] as Language[])('axe-core in %s', (language) => {
  const lock = words[language].lock;
  it('the settings section (with errors, set, changing) and the lock screen have no violations', async () => {
    await withPage(language, async (page) => {
      await page.goto('/settings');
      await heading(page, words[language].settings.title).waitFor();
      await page.getByRole('heading', { level: 2, name: lock.settings.heading }).waitFor();
      await expectAxeClean(page);

      await page.getByRole('button', { name: lock.settings.set, exact: true }).click();
      await page.getByRole('button', { name: lock.settings.save, exact: true }).click();
      await page.locator('.error-summary').getByText(lock.settings.errors.empty).waitFor();
      await expectAxeClean(page);

      await setPin(page, language, '15');
      await page.getByRole('heading', { level: 3, name: lock.settings.changeHeading }).waitFor();
      await expectAxeClean(page);
      await page.getByRole('button', { name: lock.settings.change, exact: true }).click();
      await page.getByLabel(lock.settings.currentLabel, { exact: true }).waitFor();
      await expectAxeClean(page);

      await page.reload();
      await waitForApp(page);
      await heading(page, lock.screen.title).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        language === 'en' ? 'en-GB' : 'cy-GB',
      );
      await expectAxeClean(page);
      // The largest text size still fits 320 px.
      await page.evaluate(() => localStorage.setItem('waymark.textSize', 'larger'));
      await page.reload();
      await heading(page, lock.screen.title).waitFor();
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.evaluate(() => localStorage.removeItem('waymark.textSize'));
      await page.reload();
      await heading(page, lock.screen.title).waitFor();
      await unlockWith(page, '0000', language);
      await page.locator('.error-summary').getByText(lock.screen.wrong).waitFor();
      await expectAxeClean(page);

      await page.getByRole('button', { name: lock.screen.forgotLink }).click();
      await heading(page, lock.forgot.title).waitFor();
      await expectAxeClean(page);
      await page.getByRole('button', { name: lock.forgot.delete }).click();
      await page.getByRole('alertdialog', { name: lock.forgot.confirmTitle }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
