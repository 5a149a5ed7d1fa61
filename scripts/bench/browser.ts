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
  const names = tables.map((t) => t.table);
  let last = '';
  // A few tries, should the database not be there after all: the page is loaded again and the
  // write tried again rather than failing the whole part.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto(`${baseURL}/about-me`, { waitUntil: 'load' });
    // Dexie's own version (its schema version × 10, so at least 10). Polled by hand: given an
    // async function, page.waitForFunction takes the promise itself as the truthy answer and
    // does not wait, which is what made this seeding fail now and then.
    const deadline = Date.now() + 30_000;
    while (
      (await page.evaluate(
        async () =>
          ((await indexedDB.databases()).find((d) => d.name === 'waymark')?.version ?? 0) >= 10,
      )) !== true
    ) {
      if (Date.now() > deadline) throw new Error('The app did not create its database in 30 s');
      await page.waitForTimeout(100);
    }
    const outcome = await page.evaluate(
      ({ seed, names }) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('waymark');
          // Never create the database here: only the app does, with its own schema.
          let missing = false;
          open.onupgradeneeded = () => {
            missing = true;
            open.transaction?.abort();
          };
          open.onerror = () =>
            resolve(
              missing
                ? 'the database was not there'
                : `it would not open (${open.error?.name}: ${open.error?.message})`,
            );
          open.onsuccess = () => {
            const database = open.result;
            const missing = names.filter((name) => !database.objectStoreNames.contains(name));
            if (missing.length > 0) {
              database.close();
              resolve(`database version ${database.version} has no ${missing.join(', ')}`);
              return;
            }
            const tx = database.transaction(names, 'readwrite');
            for (const { table, rows } of seed) {
              const store = tx.objectStore(table);
              for (const row of rows) store.put(row);
            }
            tx.oncomplete = () => {
              database.close();
              resolve('');
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { seed: tables, names },
    );
    if (outcome === '') return;
    last = outcome;
  }
  throw new Error(`Could not write the five years of data into IndexedDB: ${last}`);
}
