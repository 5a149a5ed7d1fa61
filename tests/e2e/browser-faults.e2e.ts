// Browser faults, in Chromium, driven as a person would: the phone runs out of space while
// they type (and when they add something new); a newer version of Waymark in another tab
// upgrades the local database under an open form; the browser will not promise to keep the
// data. (A page closed mid-typing is in autosave.e2e.ts; a service worker update under an open
// form is in pwa.e2e.ts.)
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  newPhoneContext,
  useBrowser,
  waitForServiceWorker,
} from './support/browser';
import enAboutMe from '../../locales/en/aboutMe.json';
import enActionPlan from '../../locales/en/actionPlan.json';
import enCommon from '../../locales/en/common.json';
import enSettings from '../../locales/en/settings.json';
import enTasks from '../../locales/en/tasks.json';
import enWorkbook from '../../locales/en/workbook.json';

const browser = useBrowser();
const DB_NAME = 'waymark';

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  return { context, page: await context.newPage() };
}

/** The status line under the header ("Saved on this phone at 10:42", "out of space"...). */
function statusLine(page: Page) {
  return page.getByRole('status', { name: enCommon.status.label });
}

/** Every row of the named stores, read straight from IndexedDB (not through the app). */
function readStores(page: Page, stores: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    ({ name, stores }) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const store of stores) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => (rows[store] = request.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(rows);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, stores },
  );
}

interface Row {
  id: string;
  [field: string]: unknown;
}
interface OutboxRow {
  recordKind: string;
  recordId: string;
  fields: Record<string, unknown>;
}

/** The unsaved-change copy autosave keeps in localStorage for one record, if any. */
async function unsavedCopy(page: Page, kind: string, id: string) {
  const raw = await page.evaluate(
    (key) => localStorage.getItem(key),
    `waymark.unsaved.${kind}.${id}`,
  );
  return raw === null ? undefined : (JSON.parse(raw) as Record<string, unknown>);
}

/**
 * Gives this origin a storage quota of `quotaBytes` (DevTools' "simulate custom storage quota"),
 * so IndexedDB refuses writes with a real QuotaExceededError. Chromium checks IndexedDB writes
 * against the quota it last looked up and looks again only when a write is bigger than the room
 * it remembers (or after 30 seconds): so the quota must be set before the page's first write,
 * and `restore()` takes effect at the next write that the remembered room cannot hold.
 */
async function limitStorage(page: Page, quotaBytes: (usage: number) => number) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quotaBytes(usage) });
  return { restore: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }) };
}

/** Records every text the status line shows from now on. */
async function watchStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate((label) => {
    const region = document.querySelector(`[role="status"][aria-label="${label}"]`);
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    if (!region) throw new Error('No status line');
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, enCommon.status.label);
  return () => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
}

const savedAt = /Saved on this phone at /;
const startButton = new RegExp(`^(${enWorkbook.start.start}|${enWorkbook.start.continue})$`);

async function openAboutMe(page: Page): Promise<void> {
  await page.goto('/about-me');
  await page.getByRole('heading', { level: 1, name: enTasks.aboutMe.title }).waitFor();
  await page.getByRole('button', { name: startButton }).waitFor();
}

function recordIdFrom(page: Page): string {
  const id = /\/about-me\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`No record id in ${page.url()}`);
  return id;
}

describe('IndexedDB quota exceeded', () => {
  it('keeps a long answer that does not fit, says so plainly, never says saved, and saves it once there is room', async () => {
    const { context, page } = await phone();
    try {
      await openAboutMe(page);
      await waitForServiceWorker(page);
      // Room for a short answer, not for a long one (the record and its outbox entry together).
      const storage = await limitStorage(page, (usage) => usage + 20_000);
      await page.getByRole('button', { name: startButton }).click();
      await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
      const id = recordIdFrom(page);
      const answer = page.getByRole('textbox').first();
      await answer.fill('Walking by the sea');
      await expect
        .poll(async () => ((await readStores(page, ['aboutMe'])).aboutMe as Row[])[0]?.enjoy)
        .toBe('Walking by the sea');
      await statusLine(page).getByText(savedAt).waitFor();

      const seen = await watchStatus(page);
      const long = 'I like walking by the sea with my dog, and cooking for my family. '.repeat(230);
      expect(long.length).toBeGreaterThan(15_000);
      await answer.fill(long);
      await statusLine(page).getByText(enCommon.status.storageFull).waitFor();

      // Nothing half-written: the record still holds the short answer, and the outbox has
      // exactly the changes the record has (no entry for the long answer, no record without
      // its entry).
      const rows = await readStores(page, ['aboutMe', 'outbox']);
      const records = rows.aboutMe as Row[];
      const outbox = rows.outbox as OutboxRow[];
      expect(records.map((r) => [r.id, r.enjoy])).toEqual([[id, 'Walking by the sea']]);
      expect(outbox.every((m) => m.recordKind === 'aboutMe' && m.recordId === id)).toBe(true);
      expect(outbox.map((m) => m.fields.enjoy).filter((v) => v !== undefined)).toEqual([
        'Walking by the sea',
      ]);
      // The answer is on screen and in the copy kept for the next start.
      expect(await answer.inputValue()).toBe(long);
      expect(await unsavedCopy(page, 'aboutMe', id)).toEqual({ enjoy: long });

      // Continue does not move on: it says what happened and what to do, and takes focus.
      await page.getByRole('button', { name: enWorkbook.continue, exact: true }).click();
      const summary = page.getByRole('alert').filter({ hasText: enWorkbook.errorTitle });
      await summary.getByText(enCommon.notSaved.storageFull).waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(page.url()).toContain(`/about-me/${id}/questions/enjoy`);
      expect(await answer.inputValue()).toBe(long);
      expect(await axeViolations(page)).toEqual([]);
      expect((await seen()).some((text) => savedAt.test(text))).toBe(false);

      // Space is freed: Waymark tries again by itself; the status says saved only when it is.
      await storage.restore();
      await statusLine(page).getByText(savedAt).waitFor({ timeout: 15_000 });
      await summary.waitFor({ state: 'detached' });
      const after = await readStores(page, ['aboutMe', 'outbox']);
      expect((after.aboutMe as Row[]).map((r) => r.enjoy)).toEqual([long]);
      expect((after.outbox as OutboxRow[]).at(-1)?.fields).toEqual({ enjoy: long });
      expect(await unsavedCopy(page, 'aboutMe', id)).toBeUndefined();
      await page.getByRole('button', { name: enWorkbook.continue, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: enAboutMe.goodAt.title }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('adds nothing half-written when there is no room at all, and adds it once there is', async () => {
    const { context, page } = await phone();
    try {
      await openAboutMe(page);
      await waitForServiceWorker(page);
      const storage = await limitStorage(page, () => 1);

      // Starting About Me makes a new record: it cannot, and says so.
      await page.getByRole('button', { name: startButton }).click();
      await page.getByRole('alert').getByText(enCommon.notStarted.storageFull).waitFor();
      expect(new URL(page.url()).pathname).toBe('/about-me');
      expect(await axeViolations(page)).toEqual([]);

      // A new action: typed, not written, kept on screen; "Save" stays and says why.
      await page.goto('/action-plan');
      await page.getByRole('button', { name: enActionPlan.addAction }).click();
      const text = page.getByRole('textbox', { name: enActionPlan.form.text });
      await text.fill('Ring the GP about my back');
      await statusLine(page).getByText(enCommon.status.storageFull).waitFor();
      await page.getByRole('button', { name: enActionPlan.form.save }).click();
      const summary = page.getByRole('alert').filter({ hasText: enActionPlan.form.errorTitle });
      await summary.getByText(enCommon.notSaved.storageFull).waitFor();
      const actionId = /\/action-plan\/action\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
      expect(actionId).not.toBe('');
      expect(await readStores(page, ['aboutMe', 'actions', 'outbox'])).toEqual({
        aboutMe: [],
        actions: [],
        outbox: [],
      });
      expect(await unsavedCopy(page, 'action', actionId)).toMatchObject({
        text: 'Ring the GP about my back',
      });
      expect(await text.inputValue()).toBe('Ring the GP about my back');

      await storage.restore();
      await statusLine(page).getByText(savedAt).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: enActionPlan.form.save }).click();
      await page
        .getByRole('heading', { level: 3, name: 'Ring the GP about my back', exact: true })
        .waitFor();
      const rows = await readStores(page, ['actions', 'outbox']);
      expect((rows.actions as Row[]).map((r) => [r.id, r.text])).toEqual([
        [actionId, 'Ring the GP about my back'],
      ]);
      expect(
        (rows.outbox as OutboxRow[]).some(
          (m) => m.recordId === actionId && m.fields.text === 'Ring the GP about my back',
        ),
      ).toBe(true);

      // And About Me starts now.
      await openAboutMe(page);
      await page.getByRole('button', { name: startButton }).click();
      await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('a newer version opens the database in another tab', () => {
  it('lets the upgrade go ahead at once, tells this tab to reload, and keeps what was typed', async () => {
    const { context, page } = await phone();
    try {
      await openAboutMe(page);
      await page.getByRole('button', { name: startButton }).click();
      await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
      const answer = page.getByRole('textbox').first();
      await answer.fill('Walking');
      await statusLine(page).getByText(savedAt).waitFor();

      // "Another tab on a newer build": a page of the same site opens the database one
      // version up and adds a store, as a newer Waymark's upgrade would.
      const other = await context.newPage();
      await other.goto('/manifest.webmanifest');
      await answer.pressSequentially(' the dog'); // still inside the autosave delay...
      const upgrade = await other.evaluate(
        (name) =>
          new Promise<{ version: number; blocked: boolean; ms: number }>((resolve, reject) => {
            const started = performance.now();
            const probe = indexedDB.open(name);
            probe.onerror = () => reject(probe.error);
            probe.onsuccess = () => {
              const current = probe.result.version;
              probe.result.close();
              let blocked = false;
              const open = indexedDB.open(name, current + 1);
              open.onblocked = () => (blocked = true);
              open.onupgradeneeded = () => open.result.createObjectStore('newerThings');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                // A newer build keeps its connection open, answering later upgrades politely.
                open.result.onversionchange = () => open.result.close();
                resolve({ version: open.result.version, blocked, ms: performance.now() - started });
              };
              setTimeout(() => reject(new Error('The upgrade was blocked for 5 s')), 5_000);
            };
          }),
        DB_NAME,
      );
      expect(upgrade.blocked).toBe(false);
      expect(upgrade.ms).toBeLessThan(5_000);

      // ...and this tab says so plainly, over the form, without losing a letter.
      const dialog = page.getByRole('dialog', { name: enCommon.versionChange.title });
      await dialog.getByText(enCommon.versionChange.body).waitFor();
      expect(await answer.inputValue()).toBe('Walking the dog');
      // The modal makes the page behind it inert, as it should, so axe's two page-level
      // best-practice rules (one main landmark, one h1) find neither outside the dialog.
      const modalRules = ['landmark-one-main', 'page-has-heading-one'];
      expect(
        (await axeViolations(page)).filter((v) => !modalRules.some((r) => v.startsWith(`${r} `))),
      ).toEqual([]);

      await dialog.getByRole('button', { name: enCommon.versionChange.reload }).click();
      await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
      expect(await page.getByRole('textbox').first().inputValue()).toBe('Walking the dog');
      // This build works on in the newer database (it only ever adds stores), and leaves the
      // newer version as it is.
      await page.getByRole('textbox').first().press('End');
      await page.getByRole('textbox').first().pressSequentially(' today');
      await statusLine(page).getByText(savedAt).waitFor();
      const after = await page.evaluate(
        (name) =>
          new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const { version, objectStoreNames } = open.result;
              open.result.close();
              resolve({ version, stores: [...objectStoreNames] });
            };
          }),
        DB_NAME,
      );
      expect(after.version).toBe(upgrade.version);
      expect(after.stores).toContain('newerThings');
      const rows = await readStores(page, ['aboutMe']);
      expect((rows.aboutMe as Row[]).map((r) => r.enjoy)).toEqual(['Walking the dog today']);
      expect(await page.getByRole('dialog').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('storage persistence refused', () => {
  /** Settings, with navigator.storage.persist() replaced before the app starts. */
  async function askToKeep(persist: 'refuse' | 'throw' | 'missing'): Promise<string> {
    const { context, page } = await phone();
    try {
      await context.addInitScript((how) => {
        const storage = navigator.storage as Partial<StorageManager>;
        const proto = Object.getPrototypeOf(storage) as object;
        const define = (value: unknown) =>
          Object.defineProperty(proto, 'persist', { configurable: true, value });
        if (how === 'refuse') define(() => Promise.resolve(false));
        else if (how === 'throw')
          define(() => Promise.reject(new DOMException('No', 'NotAllowedError')));
        else Reflect.deleteProperty(proto, 'persist');
        Object.defineProperty(proto, 'persisted', {
          configurable: true,
          value: () => Promise.resolve(false),
        });
      }, persist);
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1, name: enSettings.title }).waitFor();
      await page.getByRole('button', { name: enSettings.storage.button }).click();
      const said = enSettings.storage[persist === 'missing' ? 'unsupported' : 'denied'];
      await page.getByRole('status').getByText(said).waitFor();
      expect(await page.getByText(enSettings.storage.granted).count()).toBe(0);
      // The button stays, so they can ask again later (for example once installed).
      await page.getByRole('button', { name: enSettings.storage.button }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      return said;
    } finally {
      await context.close();
    }
  }

  it('explains a refusal: what it means and what to do', async () => {
    const said = await askToKeep('refuse');
    expect(said).toMatch(/might clear it/);
    expect(said).toMatch(/home screen/);
    expect(said).toMatch(/Download my information/);
  });

  it('explains it the same way when asking fails', async () => {
    await askToKeep('throw');
  });

  it('explains a browser that cannot promise at all', async () => {
    const said = await askToKeep('missing');
    expect(said).toMatch(/still saved on this phone/);
    expect(said).toMatch(/Download my information/);
  });
});
