/**
 * "Download my information" and "Restore from a file" (issue 7): every record on this phone as
 * one JSON file, and a careful way back in.
 *
 * The file (schema version 1):
 *   { "format": "waymark-backup", "schemaVersion": 1, "exportedAt": "<ISO time>",
 *     "records": { "aboutMe": [...], "values": [...], ..., "journalEntry": [...] } }
 * Each record is exactly as Waymark keeps it (domain/records.ts), with its per-field clocks.
 * Not in the file: the connection to a work coach (its token is a secret), changes waiting to
 * be sent, and settings.
 *
 * Restoring checks the whole file first (format, version, size, every record against the
 * domain schemas) and changes nothing if any of it is wrong. It then merges field by field by
 * clock (domain/merge.ts), in one transaction: an answer newer on this phone is never replaced
 * by an older one from the file. Restoring sends nothing to a work coach.
 */
import { z } from 'zod';
import { mergeRecords, sameValue } from '../domain/merge';
import { RECORD_KINDS, recordSchemas, type AnyRecord, type RecordKind } from '../domain/records';
import { db as defaultDb, TABLE_FOR_KIND, type WaymarkDB } from './db';
import { UNSAVED_PREFIX } from './unsavedFlag';
import { removeLockConfig } from './lock/lockConfig';
import { privateStorage } from './lock/privateStorage';
import { refreshLockState } from './lock/session';

export const BACKUP_FORMAT = 'waymark-backup';
export const BACKUP_SCHEMA_VERSION = 1;
/** Far more than years of use; a bigger file is not one of ours. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_RECORDS_PER_KIND = 100_000;

const recordsShape = Object.fromEntries(
  RECORD_KINDS.map((kind) => [
    kind,
    z.array(recordSchemas[kind]).max(MAX_RECORDS_PER_KIND).optional(),
  ]),
) as { [K in RecordKind]: z.ZodOptional<z.ZodArray<(typeof recordSchemas)[K]>> };

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  records: z.strictObject(recordsShape),
});
export type Backup = z.infer<typeof backupSchema>;

export type RestoreProblem = 'tooBig' | 'notJson' | 'notWaymark' | 'newerVersion' | 'damaged';

export class RestoreError extends Error {
  constructor(readonly problem: RestoreProblem) {
    super(`The file cannot be restored: ${problem}`);
    this.name = 'RestoreError';
  }
}

/** Every record on this phone, in the backup format. */
export async function exportBackup(
  database: WaymarkDB = defaultDb,
  now: Date = new Date(),
): Promise<Backup> {
  const tables = RECORD_KINDS.map((kind) => database.table(TABLE_FOR_KIND[kind]));
  const lists = await database.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    records: Object.fromEntries(
      RECORD_KINDS.map((kind, i) => [kind, lists[i] ?? []]),
    ) as Backup['records'],
  };
}

export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `waymark-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Reads and checks a backup file's text; throws RestoreError with a plain reason. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_BYTES) throw new RestoreError('tooBig');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RestoreError('notJson');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new RestoreError('notWaymark');
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > BACKUP_SCHEMA_VERSION) {
    throw new RestoreError('newerVersion');
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) throw new RestoreError('damaged');
  return parsed.data;
}

export interface RestorePreview {
  /** Items not on this phone yet. */
  added: number;
  /** Items on this phone that the file has newer answers for. */
  updated: number;
  /** Items already the same, or newer on this phone (kept as they are). */
  unchanged: number;
}

interface Plan {
  preview: RestorePreview;
  writes: { kind: RecordKind; record: AnyRecord }[];
}

async function plan(database: WaymarkDB, backup: Backup): Promise<Plan> {
  const preview: RestorePreview = { added: 0, updated: 0, unchanged: 0 };
  const writes: Plan['writes'] = [];
  for (const kind of RECORD_KINDS) {
    const incoming = (backup.records[kind] ?? []) as AnyRecord[];
    if (incoming.length === 0) continue;
    const table = database.table<AnyRecord, string>(TABLE_FOR_KIND[kind]);
    const existing = await table.bulkGet(incoming.map((r) => r.id));
    incoming.forEach((record, i) => {
      const current = existing[i];
      if (!current) {
        preview.added += 1;
        writes.push({ kind, record });
        return;
      }
      const merged = mergeRecords(current, record);
      if (sameValue(merged, current)) preview.unchanged += 1;
      else {
        preview.updated += 1;
        writes.push({ kind, record: merged });
      }
    });
  }
  return { preview, writes };
}

/** What restoring would do, without doing it. */
export async function previewRestore(
  backup: Backup,
  database: WaymarkDB = defaultDb,
): Promise<RestorePreview> {
  const tables = RECORD_KINDS.map((kind) => database.table(TABLE_FOR_KIND[kind]));
  return database.transaction('r', tables, async () => (await plan(database, backup)).preview);
}

/** Restores in one transaction: all of it, or (on any failure) none of it. */
export async function restoreBackup(
  backup: Backup,
  database: WaymarkDB = defaultDb,
): Promise<RestorePreview> {
  const tables = RECORD_KINDS.map((kind) => database.table(TABLE_FOR_KIND[kind]));
  return database.transaction('rw', tables, async () => {
    const { preview, writes } = await plan(database, backup);
    for (const { kind, record } of writes) {
      await database.table(TABLE_FOR_KIND[kind]).put(record);
    }
    return preview;
  });
}

/**
 * Deletes the whole local database (every record, the outbox, the connection), the
 * unsaved-typing backups in this browser and the PIN lock, if there was one (nothing is left
 * for it to protect; this is also how a forgotten PIN starts again: features/lock/). Settings
 * such as language and text size stay. Works while locked: nothing needs to be read.
 */
export async function deleteEverythingHere(database: WaymarkDB = defaultDb): Promise<void> {
  await database.delete({ disableAutoOpen: false });
  try {
    // Typing not yet saved, and a message being written, are personal too (through
    // privateStorage, so a sealed copy still on its way is not stored after all).
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(UNSAVED_PREFIX) || key.startsWith('waymark.messageDraft')) {
        privateStorage.removeItem(key);
      }
    }
  } catch {
    // Storage may be unavailable (private browsing); the database is what mattered.
  }
  removeLockConfig();
  refreshLockState();
}
