/**
 * Plain reads of records from the local database (no validation, no zod), shared by the
 * repository and the live hooks so read-only screens stay light.
 */
import { compareHlc } from '../domain/hlc';
import type { RecordByKind, RecordKind } from '../domain/records';
import type { WaymarkDB } from './db';

/** A record by id; deleted records only when asked for. */
export async function readRecord<K extends RecordKind>(
  database: WaymarkDB,
  kind: K,
  id: string,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): Promise<RecordByKind[K] | undefined> {
  const record = await database.recordTable(kind).get(id);
  return record && (includeDeleted || !record.deleted) ? record : undefined;
}

/** Live (not deleted) records of a kind, oldest first. */
export async function readRecords<K extends RecordKind>(
  database: WaymarkDB,
  kind: K,
): Promise<RecordByKind[K][]> {
  const all = await database.recordTable(kind).toArray();
  return all
    .filter((r) => !r.deleted)
    .sort(
      (a, b) => Date.parse(a.created) - Date.parse(b.created) || compareHlc(a.updated, b.updated),
    );
}
