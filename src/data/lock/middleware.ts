/**
 * Sealing at rest for the local database (the design is in lock/pin.ts): a Dexie DBCore
 * middleware at the very bottom of Dexie's stack, right above IndexedDB, so every other layer
 * (hooks, live queries, their caches) sees plain rows and IndexedDB only ever gets sealed ones.
 *
 * - Writes (add, put): with a key and no switch-off under way, each row is sealed (codec.ts):
 *   its primary key and indexed fields stay in the clear, so Dexie's queries work as before,
 *   and everything else (the person's words in records, outbox `fields`, conflict values, meta
 *   values such as the coach connection's token) goes into one AES-GCM ciphertext with a fresh
 *   IV. Locked (a PIN but no key): LockedError, nothing written. No PIN: as they are.
 * - Reads (get, getMany, query, cursors): sealed rows are opened, plain rows pass as they are,
 *   so a database half way through being sealed or opened reads whole. Without a key a sealed
 *   row is a LockedError, never a row of ciphertext handed to the app (the service worker has
 *   no key: its Background Sync stops there, see service-worker/sw.ts).
 *
 * WebCrypto is asynchronous and an IndexedDB transaction commits by itself once it has no
 * request pending, so while a seal or an open is under way `keepAlive` keeps the transaction
 * busy with tiny reads, and hands the result back inside a request's callback, where the
 * transaction is active again (what Dexie.waitFor does, done here on the native transaction).
 */
import type { DBCore, DBCoreCursor, DBCoreTableSchema, Middleware } from 'dexie';
import { LockedError, openRow, openRows, sealRow } from './codec';
import { isSealedRow } from './sealedMark';
import { dataKey, pinIsSet, writesPlain } from './session';

/** Which way to write and what to read with (lock/session.ts in the app; tests pass their own). */
export interface SealingPolicy {
  key(): CryptoKey | undefined;
  pinSet(): boolean;
  writesPlain(): boolean;
}

export const sessionPolicy: SealingPolicy = { key: dataKey, pinSet: pinIsSet, writesPlain };

/**
 * Settles with `work`'s outcome inside an IndexedDB request callback of `trans`, keeping the
 * transaction alive until then with reads of a key that is never stored. Must be called while
 * the transaction is active (synchronously in a Dexie operation or a request callback).
 */
export function keepAlive<T>(trans: IDBTransaction, store: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    work.then(
      (value) => {
        outcome = { ok: true, value };
      },
      (error: unknown) => {
        outcome = { ok: false, error };
      },
    );
    const spin = () => {
      if (outcome) {
        if (outcome.ok) resolve(outcome.value);
        else
          reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
        return;
      }
      let request: IDBRequest;
      try {
        request = trans.objectStore(store).get(-Infinity);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      request.onsuccess = spin;
      request.onerror = (event) => {
        event.preventDefault();
        reject(request.error ?? new Error('The transaction stopped'));
      };
    };
    spin();
  });
}

/** The top-level fields a table is found by: its primary key and its indexes. */
export function clearFieldsOf(schema: Pick<DBCoreTableSchema, 'primaryKey' | 'indexes'>) {
  const names = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const paths = index.keyPath === null ? [] : ([] as string[]).concat(index.keyPath);
    for (const path of paths) names.add(path.split('.')[0] ?? path);
  }
  return names;
}

/** A cursor whose `value` is the opened row; each step opens the row before moving on. */
function openingCursor(
  cursor: DBCoreCursor,
  open: (row: unknown) => Promise<unknown>,
): Promise<DBCoreCursor> {
  let value: unknown;
  let ready = false;
  const deliver = (then: () => void, fail: (error: unknown) => void) => {
    const raw: unknown = cursor.value;
    if (!isSealedRow(raw)) {
      value = raw;
      ready = true;
      then();
      return;
    }
    open(raw).then((opened) => {
      value = opened;
      ready = true;
      then();
    }, fail);
  };
  const moved = () => {
    ready = false;
  };
  const wrapper: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key(): unknown {
      return cursor.key;
    },
    get primaryKey(): unknown {
      return cursor.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return cursor.done;
    },
    continue(key?: unknown) {
      moved();
      cursor.continue(key);
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      moved();
      cursor.continuePrimaryKey(key, primaryKey);
    },
    advance(count: number) {
      moved();
      cursor.advance(count);
    },
    start(onNext: () => void) {
      return cursor.start(() => {
        if (ready) {
          onNext();
          return;
        }
        deliver(
          () => {
            try {
              onNext();
            } catch (error) {
              cursor.fail(error instanceof Error ? error : new Error(String(error)));
            }
          },
          (error) => cursor.fail(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
    stop(result?: unknown) {
      cursor.stop(result);
    },
    next() {
      let gotOne = 1;
      return this.start(() => (gotOne-- ? this.continue() : this.stop())).then(() => this);
    },
    fail(error: Error) {
      cursor.fail(error);
    },
  };
  return new Promise((resolve, reject) => deliver(() => resolve(wrapper), reject));
}

export function sealingMiddleware(policy: SealingPolicy = sessionPolicy): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'WaymarkSealing',
    // Below every Dexie middleware (the lowest built-in is -1): nearest to IndexedDB.
    level: -10,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const clear = clearFieldsOf(table.schema);
          const alive = <T>(trans: unknown, work: Promise<T>) =>
            keepAlive(trans as IDBTransaction, name, work);
          const open = <T>(trans: unknown, row: T): Promise<T> | T =>
            isSealedRow(row) ? alive(trans, openRow(row, policy.key(), name)) : row;
          return {
            ...table,
            mutate(req) {
              if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
              const key = policy.key();
              if (!key) {
                return policy.pinSet() ? Promise.reject(new LockedError()) : table.mutate(req);
              }
              if (policy.writesPlain()) return table.mutate(req);
              const sealed = Promise.all(
                req.values.map((row) => sealRow(row as Record<string, unknown>, clear, key, name)),
              );
              return alive(req.trans, sealed).then((values) => table.mutate({ ...req, values }));
            },
            get(req) {
              return table.get(req).then((row: unknown) => open(req.trans, row));
            },
            getMany(req) {
              return table
                .getMany(req)
                .then((rows) =>
                  rows.some(isSealedRow)
                    ? alive(req.trans, openRows(rows, policy.key(), name))
                    : rows,
                );
            },
            query(req) {
              if (!req.values) return table.query(req);
              return table
                .query(req)
                .then((response) =>
                  response.result.some(isSealedRow)
                    ? alive(req.trans, openRows(response.result, policy.key(), name)).then(
                        (result) => ({ ...response, result }),
                      )
                    : response,
                );
            },
            openCursor(req) {
              if (!req.values) return table.openCursor(req);
              return table
                .openCursor(req)
                .then((cursor) =>
                  cursor
                    ? openingCursor(cursor, (row) =>
                        alive(req.trans, openRow(row, policy.key(), name)),
                      )
                    : null,
                );
            },
          };
        },
      };
    },
  };
}
