/**
 * Whether one record has reached the work coach: its changes still waiting in the outbox, when
 * the server last acknowledged one (table `sent`, written by the sync engine), and its open
 * conflicts. Cheap (indexed reads), so each shared item can keep a live query on it.
 */
import type { RecordKind } from '../domain/records';
import { db as defaultDb, type WaymarkDB } from './db';
import { countConflictsFor } from './conflicts';

export interface RecordSyncState {
  /** True when this phone is connected to a work coach. */
  connected: boolean;
  /** This record's changes not yet acknowledged by the server. */
  waiting: number;
  /** When the server last acknowledged a change to this record (ms since the epoch). */
  sentAt: number | undefined;
  /** Open conflicts on this record's fields. */
  conflicts: number;
}

export function sentKey(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

export async function readRecordSyncState(
  kind: RecordKind,
  id: string,
  database: WaymarkDB = defaultDb,
): Promise<RecordSyncState> {
  const [connection, waiting, sent, conflicts] = await Promise.all([
    database.meta.get('connection'),
    database.outbox
      .where('recordId')
      .equals(id)
      .filter((entry) => entry.recordKind === kind)
      .count(),
    database.sent.get(sentKey(kind, id)),
    countConflictsFor(kind, id, database),
  ]);
  return { connected: connection !== undefined, waiting, sentAt: sent?.at, conflicts };
}
