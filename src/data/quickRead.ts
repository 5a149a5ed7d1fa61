/**
 * A read-only look into the local database with the bare IndexedDB API, for the first screen:
 * the home page's task statuses (and whether this phone is connected to a coach) without
 * loading Dexie (about 30 KB gzip) before anyone has done anything. Everything that writes, and
 * every other page, goes through Dexie (db.ts) as before; this module only reads, and only what
 * db.ts stores (Dexie keeps each record as the plain object it was given).
 *
 * It never creates or upgrades the database: opening one that does not exist yet is stopped in
 * `upgradeneeded` (an empty answer), so Dexie still creates it with its own versions later. The
 * connection closes as soon as the read is done, and at once if another tab asks to upgrade.
 */
import { DEFAULT_DB_NAME } from './dbName';

export type StoreContents = Record<string, unknown[]>;

function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let missing = false;
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) {
        // No database yet: do not create one (Dexie will, with its versions).
        missing = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => {
      if (missing) resolve(undefined);
      else reject(request.error ?? new Error(`Could not open ${name}`));
    };
    request.onblocked = () => undefined; // waits for the other tab's upgrade to finish
  });
}

function readAll(db: IDBDatabase, stores: readonly string[]): Promise<StoreContents> {
  const present = stores.filter((store) => db.objectStoreNames.contains(store));
  const contents: StoreContents = Object.fromEntries(stores.map((store) => [store, []]));
  if (present.length === 0) return Promise.resolve(contents);
  return new Promise((resolve, reject) => {
    const tx = db.transaction(present, 'readonly');
    for (const store of present) {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => {
        contents[store] = request.result as unknown[];
      };
    }
    tx.oncomplete = () => resolve(contents);
    tx.onerror = () => reject(tx.error ?? new Error('Could not read the local database'));
    tx.onabort = () => reject(tx.error ?? new Error('Reading the local database was stopped'));
  });
}

/**
 * Every row of each named store, in one read transaction; empty lists for stores (or a
 * database) that do not exist yet.
 */
export async function readStores(
  stores: readonly string[],
  options: { name?: string; factory?: IDBFactory } = {},
): Promise<StoreContents> {
  const db = await openExisting(options.name ?? DEFAULT_DB_NAME, options.factory ?? indexedDB);
  if (!db) return Object.fromEntries(stores.map((store) => [store, []]));
  try {
    return await readAll(db, stores);
  } finally {
    db.close();
  }
}

/** One value from the `meta` store (for example 'connection'), or undefined. */
export async function readMetaValue(
  key: string,
  options: { name?: string; factory?: IDBFactory } = {},
): Promise<unknown> {
  const { meta = [] } = await readStores(['meta'], options);
  const entry = (meta as { key?: unknown; value?: unknown }[]).find((row) => row.key === key);
  return entry?.value;
}
