/**
 * Debian's Chromium for the browser parts: the flags that work on this machine (the same as the
 * browser tests use), launched through playwright-core, and the five years of data written into
 * the app's own IndexedDB database.
 */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { SeedTable } from './dataset';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** The phone the browser parts use: 412×823 CSS px at 1.75×, as Lighthouse's mobile preset. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: 'en-GB',
};

/**
 * Opens an app page that reads through Dexie (the About Me start page: the home page reads the
 * database without Dexie and never creates it), which creates the database with the app's own
 * schema, then writes the rows straight into its object stores in one IndexedDB transaction.
 */
export async function seedIndexedDb(
  page: Page,
  baseURL: string,
  tables: SeedTable[],
): Promise<void> {
  await page.goto(`${baseURL}/about-me`, { waitUntil: 'load' });
  await page.waitForFunction(
    async () =>
      (await indexedDB.databases()).some((d) => d.name === 'waymark' && (d.version ?? 0) > 0),
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  await page.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          try {
            const tx = database.transaction(
              seed.map((t) => t.table),
              'readwrite',
            );
            for (const { table, rows } of seed) {
              const store = tx.objectStore(table);
              for (const row of rows) store.put(row);
            }
            tx.oncomplete = () => {
              database.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            // A missing table (the app's schema changed) fails the run instead of hanging it.
            database.close();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
    tables,
  );
}
