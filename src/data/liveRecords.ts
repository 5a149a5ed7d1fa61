/**
 * Live reads for feature pages: React hooks that re-render when the records change, whether
 * the change came from this tab, another tab or a sync.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordByKind, RecordKind } from '../domain/records';
import { db as defaultDb, type WaymarkDB } from './db';
import { readRecord, readRecords } from './readRecords';

/** Live (not deleted) records of a kind, oldest first; undefined while loading. */
export function useRecords<K extends RecordKind>(
  kind: K,
  database: WaymarkDB = defaultDb,
): RecordByKind[K][] | undefined {
  return useLiveQuery(() => readRecords(database, kind), [kind, database]);
}

/**
 * One record; undefined while loading, null when there is no such live record (so a page can
 * tell "still loading" from "not found").
 */
export function useRecord<K extends RecordKind>(
  kind: K,
  id: string | undefined,
  database: WaymarkDB = defaultDb,
): RecordByKind[K] | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    return (await readRecord(database, kind, id)) ?? null;
  }, [kind, id, database]);
}
