/**
 * The only way the app writes records. Each save validates the fields with the domain schema,
 * then in ONE IndexedDB transaction advances the device clock (meta), merges the fields into the
 * record and appends the matching outbox mutation: the record and its mutation are written
 * together or not at all. Reports progress to the save-status store.
 * The schemas (zod) load with the first save, not with the page: a page that only shows records
 * never waits for them (domain/recordKinds.ts). `preloadValidation` starts loading them early,
 * e.g. when a form is first changed, so the first save does not wait either.
 * Transaction scopes are `async` functions on purpose: Dexie keeps the transaction alive across
 * native awaits only when it can see the scope is async (otherwise: PrematureCommitError).
 */
import { applyFields } from '../domain/merge';
import type { FieldsByKind, RecordByKind, RecordKind } from '../domain/records';
import type * as RecordSchemas from '../domain/records';
import type { Hlc } from '../domain/hlc';
import { db as defaultDb, type OutboxEntry, type WaymarkDB } from './db';
import { deviceIdIn, receiveIn, tickIn, type ClockSource } from './deviceClock';
import { readRecord, readRecords } from './readRecords';
import { StorageFullError, ValidationError, isQuotaError } from './errors';
import { saveStatus as defaultStatus, type SaveStatusStore } from './saveStatus';

export interface RepositoryOptions extends ClockSource {
  /** Where to report "saving / saved / couldn't save"; defaults to the app-wide store. */
  status?: SaveStatusStore;
}

export interface Repository {
  /** Creates or updates record `id` with `fields`; returns the merged record. */
  saveFields<K extends RecordKind>(
    kind: K,
    id: string,
    fields: FieldsByKind[K],
  ): Promise<RecordByKind[K]>;
  /** Creates a record with a new UUID; returns the id. */
  createRecord<K extends RecordKind>(kind: K, fields: FieldsByKind[K]): Promise<string>;
  /** Soft delete: a `{deleted: true}` mutation, so the deletion syncs like any change. */
  deleteRecord(kind: RecordKind, id: string): Promise<void>;
  /** A record by id; deleted records only when asked for. */
  getRecord<K extends RecordKind>(
    kind: K,
    id: string,
    options?: { includeDeleted?: boolean },
  ): Promise<RecordByKind[K] | undefined>;
  /** Live (not deleted) records of a kind, oldest first. */
  listRecords<K extends RecordKind>(kind: K): Promise<RecordByKind[K][]>;
  /** This device's id (its HLC node id), created on first use. */
  deviceId(): Promise<string>;
  /** Advances the device clock past a timestamp seen from the server. */
  receiveHlc(remote: Hlc): Promise<Hlc>;
}

type Schemas = typeof RecordSchemas;
let schemas: Promise<Schemas> | undefined;

/** Starts loading the record schemas (once); the first save awaits the same promise. */
export function preloadValidation(): Promise<Schemas> {
  schemas ??= import('../domain/records').catch((error: unknown) => {
    schemas = undefined; // a failed load (a network blip before the app was cached) is retried
    throw error;
  });
  return schemas;
}

export function createRepository(database: WaymarkDB, options: RepositoryOptions = {}): Repository {
  const status = options.status ?? defaultStatus;
  const randomUUID = options.randomUUID ?? (() => crypto.randomUUID());

  async function validate<K extends RecordKind>(
    kind: K,
    id: string,
    fields: unknown,
  ): Promise<FieldsByKind[K]> {
    const { fieldsSchema, recordIdSchema, toFieldIssues } = await preloadValidation();
    const issues = recordIdSchema.safeParse(id).success
      ? []
      : [{ path: 'id', message: 'Must be a UUID' }];
    const parsed = fieldsSchema(kind).safeParse(fields);
    if (!parsed.success) issues.push(...toFieldIssues(parsed.error));
    if (issues.length > 0 || !parsed.success) throw new ValidationError(kind, issues);
    return parsed.data as FieldsByKind[K];
  }

  async function write<T>(key: string, run: () => Promise<T>): Promise<T> {
    const end = status.begin(key);
    try {
      const result = await run();
      end({ ok: true });
      return result;
    } catch (error) {
      if (isQuotaError(error)) {
        end({ ok: false, error: 'storageFull' });
        throw new StorageFullError({ cause: error });
      }
      end({ ok: false, error: 'unknown' });
      throw error;
    }
  }

  const repository: Repository = {
    async saveFields(kind, id, input) {
      const fields = await validate(kind, id, input);
      const table = database.recordTable(kind);
      return write(`${kind}:${id}`, () =>
        database.transaction('rw', [table, database.outbox, database.meta], async () => {
          const hlc = await tickIn(database, options);
          const record = applyFields(await table.get(id), { kind, id, fields, hlc });
          await table.put(record);
          const mutation = {
            mutationId: randomUUID(),
            recordKind: kind,
            recordId: id,
            fields,
            hlc,
          };
          await database.outbox.add(mutation as OutboxEntry);
          return record;
        }),
      );
    },

    async createRecord(kind, fields) {
      const id = randomUUID();
      await repository.saveFields(kind, id, fields);
      return id;
    },

    async deleteRecord(kind, id) {
      await repository.saveFields(kind, id, { deleted: true });
    },

    getRecord(kind, id, options) {
      return readRecord(database, kind, id, options);
    },

    listRecords(kind) {
      return readRecords(database, kind);
    },

    deviceId() {
      return database.transaction('rw', database.meta, async () => deviceIdIn(database, options));
    },

    receiveHlc(remote) {
      return database.transaction('rw', database.meta, async () =>
        receiveIn(database, remote, options),
      );
    },
  };
  return repository;
}

/** The app's repository, bound to the app's database and save-status store. */
export const repository = createRepository(defaultDb);
