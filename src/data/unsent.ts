/**
 * Which records of a kind have changes still waiting in the outbox (not yet acknowledged by
 * the server), live: the messages page shows "Waiting to be sent" on those.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordKind } from '../domain/records';
import { db as defaultDb, type WaymarkDB } from './db';

export async function readUnsentIds(
  kind: RecordKind,
  database: WaymarkDB = defaultDb,
): Promise<Set<string>> {
  const waiting = await database.outbox.where('recordKind').equals(kind).toArray();
  return new Set(waiting.map((m) => m.recordId));
}

/** Ids with unsent changes; undefined while loading. */
export function useUnsentIds(
  kind: RecordKind,
  database: WaymarkDB = defaultDb,
): Set<string> | undefined {
  return useLiveQuery(() => readUnsentIds(kind, database), [kind, database]);
}
