/**
 * Changes to check: reading the conflicts the sync engine keeps (see sync/engine.ts), and the
 * person's choice. Keeping one side writes that value again through the repository (record and
 * outbox mutation with a new clock, so it wins everywhere) and removes the conflict, all in ONE
 * transaction: either the choice is saved and the conflict gone, or nothing changed. Nothing is
 * dropped without a choice.
 */
import { sameValue } from '../domain/merge';
import type { AnyRecord, FieldsByKind, RecordKind } from '../domain/records';
import { db as defaultDb, type SyncConflict, type WaymarkDB } from './db';
import { repository as defaultRepository, type Repository } from './repository';

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictWithRecord {
  conflict: SyncConflict;
  /** The record as it is now on this phone (undefined if it is no longer here). */
  record: AnyRecord | undefined;
}

/** Every open conflict, oldest first, with its record. */
export async function readConflicts(
  database: WaymarkDB = defaultDb,
): Promise<ConflictWithRecord[]> {
  const conflicts = await database.conflicts.toArray();
  conflicts.sort((a, b) => a.foundAt - b.foundAt || a.id.localeCompare(b.id));
  return Promise.all(
    conflicts.map(async (conflict) => ({
      conflict,
      record: (await database.recordTable(conflict.recordKind).get(conflict.recordId)) as
        AnyRecord | undefined,
    })),
  );
}

/** How many open conflicts one record has. */
export function countConflictsFor(
  kind: RecordKind,
  id: string,
  database: WaymarkDB = defaultDb,
): Promise<number> {
  return database.conflicts
    .where('recordId')
    .equals(id)
    .filter((conflict) => conflict.recordKind === kind)
    .count();
}

/**
 * Keeps one side of conflict `id`. Returns false when there was no such conflict (already
 * chosen, for example in another tab). Throws (and changes nothing) if the value cannot be
 * saved.
 */
export async function resolveConflict(
  id: string,
  choice: ConflictChoice,
  options: { database?: WaymarkDB; repository?: Repository } = {},
): Promise<boolean> {
  const database = options.database ?? defaultDb;
  const repository = options.repository ?? defaultRepository;
  const found = await database.conflicts.get(id);
  if (!found) return false;
  const table = database.recordTable(found.recordKind);
  const scope = [table, database.outbox, database.meta, database.conflicts];
  return database.transaction('rw', scope, async () => {
    const conflict = await database.conflicts.get(id);
    if (!conflict) return false;
    const { recordKind, recordId, field } = conflict;
    const record = (await table.get(recordId)) as Record<string, unknown> | undefined;
    const value = choice === 'mine' ? conflict.localValue : conflict.remoteValue;
    if (record && !sameValue(record[field], value)) {
      // The repository's own transaction runs inside this one (same tables), so the record,
      // its outbox mutation, the clock and the conflict's removal commit together.
      await repository.saveFields(recordKind, recordId, {
        [field]: value,
      } as FieldsByKind[typeof recordKind]);
    }
    await database.conflicts.delete(id);
    return true;
  });
}
