/**
 * Sealing what is already stored when a PIN is set, and opening it again when the PIN is turned
 * off (the design is in lock/pin.ts). Each pass walks every table in primary-key order, a batch
 * of rows per IndexedDB transaction: read the batch, seal (or open) the rows that need it, and
 * write them back in the same transaction, so each batch lands whole or not at all, and a row
 * changed by the app meanwhile is never overwritten with an older copy.
 *
 * Safe to stop at any point (the tab closed, the phone died): rows are read whichever way they
 * are stored, so a half-sealed database reads whole, and running a pass again just carries on
 * (rows already done are skipped). The lock settings say when a pass is owed (`sealing`,
 * `opening`), and unlocking finishes it.
 *
 * The passes work on IndexedDB directly, under Dexie: the rows' contents do not change, so no
 * live query needs to hear about it, and Dexie's caches never see a sealed row.
 */
import type { WaymarkDB } from '../db';
import { openRow, sealRow } from './codec';
import { keepAlive } from './middleware';
import { isSealedRow } from './sealedMark';

const BATCH = 200;
/** The connection's token first: the service worker stops syncing as soon as it is sealed. */
const FIRST = ['meta', 'outbox'];

type Row = Record<string, unknown>;
type Change = (row: Row, store: string, clear: ReadonlySet<string>) => Promise<Row | undefined>;

function clearFieldsOfStore(store: IDBObjectStore): Set<string> {
  const names = new Set<string>();
  const add = (keyPath: string | string[] | null) => {
    for (const path of keyPath === null ? [] : ([] as string[]).concat(keyPath)) {
      names.add(path.split('.')[0] ?? path);
    }
  };
  add(store.keyPath);
  for (const indexName of Array.from(store.indexNames)) add(store.index(indexName).keyPath);
  return names;
}

/** One batch after `after` (exclusive): how many rows it read, changed, and the last key. */
function passBatch(
  idb: IDBDatabase,
  storeName: string,
  after: IDBValidKey | undefined,
  change: Change,
): Promise<{ read: number; changed: number; last?: IDBValidKey }> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    const clear = clearFieldsOfStore(store);
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const keysRequest = store.getAllKeys(range, BATCH);
    const rowsRequest = store.getAll(range, BATCH);
    let outcome: { read: number; changed: number; last?: IDBValidKey } | undefined;
    rowsRequest.onsuccess = () => {
      const keys = keysRequest.result;
      const rows = rowsRequest.result as Row[];
      const work = Promise.all(rows.map((row) => change(row, storeName, clear)));
      keepAlive(tx, storeName, work).then(
        (changedRows) => {
          let changed = 0;
          changedRows.forEach((row, i) => {
            if (!row) return;
            changed += 1;
            if (store.keyPath === null) store.put(row, keys[i]);
            else store.put(row);
          });
          outcome = { read: rows.length, changed, last: keys[keys.length - 1] };
        },
        (error: unknown) => {
          try {
            tx.abort();
          } catch {
            // Already ended.
          }
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
    tx.oncomplete = () => resolve(outcome ?? { read: 0, changed: 0 });
    tx.onabort = () => reject(tx.error ?? new Error(`Could not finish ${storeName}`));
  });
}

async function passOver(database: WaymarkDB, change: Change): Promise<number> {
  await database.open();
  const idb = database.backendDB();
  const names = Array.from(idb.objectStoreNames).sort(
    (a, b) =>
      (FIRST.includes(a) ? FIRST.indexOf(a) : FIRST.length) -
      (FIRST.includes(b) ? FIRST.indexOf(b) : FIRST.length),
  );
  let changed = 0;
  for (const name of names) {
    let after: IDBValidKey | undefined;
    for (;;) {
      const batch = await passBatch(idb, name, after, change);
      changed += batch.changed;
      if (batch.read < BATCH || batch.last === undefined) break;
      after = batch.last;
    }
  }
  return changed;
}

/** Seals every row still in plain text; returns how many it sealed. */
export function sealStored(database: WaymarkDB, key: CryptoKey): Promise<number> {
  return passOver(database, (row, store, clear) =>
    isSealedRow(row) ? Promise.resolve(undefined) : sealRow(row, clear, key, store),
  );
}

/** Opens every sealed row; returns how many it opened. */
export function openStored(database: WaymarkDB, key: CryptoKey): Promise<number> {
  return passOver(database, (row, store) =>
    isSealedRow(row) ? openRow(row, key, store) : Promise.resolve(undefined),
  );
}

/** How many rows are sealed and how many are plain, over every table (for tests and checks). */
export async function countStored(database: WaymarkDB): Promise<{ sealed: number; plain: number }> {
  const counts = { sealed: 0, plain: 0 };
  await passOver(database, (row) => {
    counts[isSealedRow(row) ? 'sealed' : 'plain'] += 1;
    return Promise.resolve(undefined);
  });
  return counts;
}
