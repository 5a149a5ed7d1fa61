/**
 * Reading and clearing the outbox: the mutations made on this device that the server has not
 * yet acknowledged, oldest first. Only the repository adds to it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db as defaultDb, type OutboxEntry, type WaymarkDB } from './db';

/** Up to `limit` waiting mutations, in the order they were made. */
export function pendingMutations(
  limit: number,
  database: WaymarkDB = defaultDb,
): Promise<OutboxEntry[]> {
  return database.outbox.orderBy('seq').limit(limit).toArray();
}

export function pendingCount(database: WaymarkDB = defaultDb): Promise<number> {
  return database.outbox.count();
}

/** How many changes are waiting to be sent; undefined while loading. */
export function usePendingCount(database: WaymarkDB = defaultDb): number | undefined {
  return useLiveQuery(() => database.outbox.count(), [database]);
}

/** Removes acknowledged mutations in one transaction; returns how many were removed. */
export function acknowledge(
  mutationIds: readonly string[],
  database: WaymarkDB = defaultDb,
): Promise<number> {
  if (mutationIds.length === 0) return Promise.resolve(0);
  return database.transaction('rw', database.outbox, () =>
    database.outbox
      .where('mutationId')
      .anyOf([...mutationIds])
      .delete(),
  );
}
