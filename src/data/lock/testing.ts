/**
 * Test helpers for the PIN lock (only *.test.ts files import this): a sealing policy the test
 * controls, databases that use it (deleted after each test), and everything IndexedDB and
 * localStorage hold, as text, to search for words that must not be there in plain text.
 */
import { afterEach } from 'vitest';
import { createDb, type WaymarkDB } from '../db';
import type { SealingPolicy } from './middleware';

export interface TestPolicy extends SealingPolicy {
  setKey(key: CryptoKey | undefined): void;
  setPinSet(set: boolean): void;
  setWritesPlain(plain: boolean): void;
}

export function testPolicy(initialKey?: CryptoKey): TestPolicy {
  let key = initialKey;
  let pinSet = initialKey !== undefined;
  let plain = false;
  return {
    key: () => key,
    pinSet: () => pinSet,
    writesPlain: () => plain,
    setKey(next) {
      key = next;
      if (next) pinSet = true;
    },
    setPinSet(set) {
      pinSet = set;
    },
    setWritesPlain(next) {
      plain = next;
    },
  };
}

export function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const open: WaymarkDB[] = [];

/** A database sealed by `policy`; by the app's PIN lock (lock/session.ts) when none is given. */
export function sealedTestDb(policy?: SealingPolicy): WaymarkDB {
  const database = createDb(`waymark-lock-test-${crypto.randomUUID()}`, policy);
  open.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.delete()));
});

// Bytes as text (they may come from another realm, so no instanceof), so plain words would show.
const bytesAsText = (_key: string, value: unknown) =>
  ArrayBuffer.isView(value)
    ? new TextDecoder('utf-8', { fatal: false }).decode(
        new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
      )
    : value;

/** Every row of every store of database `name`, read with the bare IndexedDB API, as text. */
export async function rawDatabaseText(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const stores = Array.from(idb.objectStoreNames);
    const rows = await new Promise<Record<string, unknown[]>>((resolve, reject) => {
      const tx = idb.transaction(stores, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const store of stores) {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => {
          out[store] = request.result as unknown[];
        };
      }
      tx.oncomplete = () => resolve(out);
      tx.onerror = () => reject(tx.error ?? new Error('read failed'));
    });
    return JSON.stringify(rows, bytesAsText);
  } finally {
    idb.close();
  }
}

/** Every key and value in `storage`, as text. */
export function rawStorageText(storage: Storage = localStorage): string {
  const entries: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) entries.push(`${key}=${storage.getItem(key) ?? ''}`);
  }
  return entries.join('\n');
}
