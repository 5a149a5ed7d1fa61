/**
 * The claimant's local database (IndexedDB through Dexie): the source of truth on the phone.
 *
 * What is stored where:
 * - one table per record kind (aboutMe, values, fourSteps, actions, checkIns, feedback,
 *   appointments, journalEntries), keyed by the record's UUID `id`; each row is a whole record
 *   with its per-field clocks (see domain/records.ts and domain/merge.ts);
 * - `outbox`: mutations not yet acknowledged by the server, in the order they were made (`seq`);
 * - `meta`: small key-value settings, such as this device's id, the last HLC timestamp and the
 *   sync cursor;
 * - `conflicts` (version 2): fields where a change from the server replaced an unsent local
 *   edit; both values are kept until the person chooses.
 * - `appointmentPacks` (version 4): "Before your appointment", one per coach appointment.
 * - `sent` (version 3): per record (`${kind}:${id}`), when the server last acknowledged a change
 *   to it, written in the same transaction that removes the acknowledged mutations.
 *
 * While a PIN is set, every row is sealed at rest except its primary key and indexed fields
 * (lock/middleware.ts, design in lock/pin.ts); Dexie's callers see plain rows as before.
 *
 * Indexes: `updated` (HLC strings sort in causal order), `status`, and per-kind dates (`due`,
 * `review`, `takenAt`, `at`). `deleted` is not indexed: booleans are not valid IndexedDB keys,
 * so live records are filtered in memory (the tables stay small: years of data are thousands).
 */
import { Dexie, type Table } from 'dexie';
import { dataChanged } from './changeSignal';
import { versionChanged } from './versionSignal';
import { sealingMiddleware, type SealingPolicy } from './lock/middleware';
import type { Hlc } from '../domain/hlc';
import type { RecordByKind, RecordKind } from '../domain/records';
import type { Mutation } from '../domain/sync';

export { DEFAULT_DB_NAME, TABLE_FOR_KIND, type RecordTableName } from './dbName';
import { DEFAULT_DB_NAME, TABLE_FOR_KIND } from './dbName';

/** A mutation waiting in the outbox; `seq` keeps the order they were made in. */
export type OutboxEntry = Mutation & { seq?: number };

/** Keys and value types of the meta table. */
export interface MetaValues {
  /** This device's id (a UUID), also its HLC node id. */
  deviceId: string;
  /** The last HLC timestamp this device issued or saw. */
  hlc: Hlc;
  /** The server's cursor after the last successful sync ('' or absent: never synced). */
  syncCursor: string;
  /** When the last sync round trip succeeded (ms since the epoch). */
  lastSyncedAt: number;
  /** Set when this phone is connected to a work coach (pairing): the server's id and token. */
  connection: { deviceId: string; token: string; pairedAt: number };
}

/**
 * A field where a pulled change from the server replaced an edit made on this phone that the
 * server had not yet seen: both values are kept so the person can choose which to keep.
 */
export interface SyncConflict {
  /** `${recordKind}:${recordId}:${field}` — one open conflict per field. */
  id: string;
  recordKind: RecordKind;
  recordId: string;
  field: string;
  localValue: unknown;
  remoteValue: unknown;
  /** When the conflict was found (ms since the epoch). */
  foundAt: number;
  /**
   * The clock of the value that replaced the local one (absent in conflicts kept before
   * version 3); its node id tells who wrote it (see src/sync/conflictSource.ts).
   */
  remoteHlc?: Hlc;
}

/** When the server last acknowledged a change to one record. */
export interface SentMark {
  /** `${recordKind}:${recordId}`. */
  key: string;
  /** When the acknowledgement arrived (ms since the epoch). */
  at: number;
}
export type MetaKey = keyof MetaValues;
export type MetaEntry = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/**
 * Calls `listener` when another tab opens a newer version of the database (or deletes it);
 * this tab's connection has then been closed, and the person should reload. The registry lives
 * in versionSignal.ts (no Dexie), so the app shell can listen without loading this module.
 */
export { onVersionChange, type VersionChangeListener } from './versionSignal';

// Every write committed in this tab tells the Dexie-free first screen to read again.
Dexie.on('storagemutated', () => dataChanged());

export class WaymarkDB extends Dexie {
  declare aboutMe: Table<RecordByKind['aboutMe'], string>;
  declare values: Table<RecordByKind['values'], string>;
  declare fourSteps: Table<RecordByKind['fourSteps'], string>;
  declare actions: Table<RecordByKind['action'], string>;
  declare checkIns: Table<RecordByKind['checkIn'], string>;
  declare feedback: Table<RecordByKind['feedback'], string>;
  declare appointments: Table<RecordByKind['appointment'], string>;
  declare appointmentPacks: Table<RecordByKind['appointmentPack'], string>;
  declare journalEntries: Table<RecordByKind['journalEntry'], string>;
  declare outbox: Table<OutboxEntry, number>;
  declare meta: Table<MetaEntry, MetaKey>;
  declare conflicts: Table<SyncConflict, string>;
  declare sent: Table<SentMark, string>;

  /**
   * `sealing`: how rows are sealed at rest while a PIN is set (lock/middleware.ts); the app's
   * PIN lock by default (no PIN: rows are stored as they are).
   */
  constructor(name: string = DEFAULT_DB_NAME, sealing?: SealingPolicy) {
    super(name);
    this.use(sealingMiddleware(sealing));
    this.version(1).stores({
      aboutMe: 'id, updated, status',
      values: 'id, updated, status',
      fourSteps: 'id, updated, status',
      actions: 'id, updated, status, due, review',
      checkIns: 'id, updated, status, takenAt',
      feedback: 'id, updated, status, aboutId',
      appointments: 'id, updated, status, at',
      journalEntries: 'id, updated, created',
      outbox: '++seq, &mutationId, recordKind, recordId',
      meta: 'key',
    });
    // Version 2: conflicts found by the sync engine (src/sync/), kept until the person chooses.
    this.version(2).stores({ conflicts: 'id, recordKind, recordId' });
    // Version 3: when each record's latest change reached the server ("Sent at 10:42"). Only a
    // new table: nothing existing is touched, so the upgrade cannot lose data.
    this.version(3).stores({ sent: 'key' });
    // Version 4: "Before your appointment" packs, one per coach appointment. Only a new table.
    this.version(4).stores({ appointmentPacks: 'id, updated, appointmentId' });
    // Dexie's own handler (registered first) already closes this connection so the other
    // tab's upgrade can go ahead; closing again is harmless and makes the intent explicit.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
      versionChanged();
    });
  }

  /** The table that holds records of `kind`. */
  recordTable<K extends RecordKind>(kind: K): Table<RecordByKind[K], string> {
    return this.table(TABLE_FOR_KIND[kind]);
  }
}

/** A database with the given name (tests use a unique name each). */
export function createDb(name: string = DEFAULT_DB_NAME, sealing?: SealingPolicy): WaymarkDB {
  return new WaymarkDB(name, sealing);
}

/** The app's database. Dexie opens it on first use. */
export const db = createDb();
