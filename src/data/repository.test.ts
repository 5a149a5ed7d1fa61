// Repository: atomic record + outbox writes, validation, quota errors, clock, soft delete.
import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import {
  ClockDriftError,
  HlcOverflowError,
  MAX_COUNTER,
  compareHlc,
  formatHlc,
  parseHlc,
} from '../domain/hlc';
import { StorageFullError, ValidationError } from './errors';
import { createRepository, type RepositoryOptions } from './repository';
import { readMeta } from './deviceClock';
import { createSaveStatusStore } from './saveStatus';
import { freshDb } from './testDb';
import type { WaymarkDB } from './db';

const T0 = 1_764_000_000_000;
const DEVICE = '11111111-1111-4111-8111-111111111111';

async function setup(database: WaymarkDB = freshDb(), extra: RepositoryOptions = {}) {
  let time = T0;
  await database.meta.put({ key: 'deviceId', value: DEVICE });
  const status = createSaveStatusStore(() => time);
  const repo = createRepository(database, { now: () => time, status, ...extra });
  return { database, repo, status, setTime: (t: number) => (time = t) };
}

describe('saveFields', () => {
  it('writes the record and its outbox mutation', async () => {
    const { database, repo, status } = await setup();
    const id = await repo.createRecord('aboutMe', { enjoy: 'Walking the dog' });
    const record = await repo.getRecord('aboutMe', id);
    expect(record).toMatchObject({
      id,
      enjoy: 'Walking the dog',
      sharing: 'private',
      deleted: false,
    });
    const outbox = await database.outbox.toArray();
    expect(outbox).toEqual([
      {
        seq: 1,
        mutationId: expect.any(String),
        recordKind: 'aboutMe',
        recordId: id,
        fields: { enjoy: 'Walking the dog' },
        hlc: record?.updated,
      },
    ]);
    expect(parseHlc(record?.updated as string)).toEqual({ wall: T0, counter: 0, node: DEVICE });
    expect(status.get()).toEqual({ state: 'saved', savedAt: T0 });
  });

  it('updates fields in place and appends one mutation per save', async () => {
    const { database, repo, setTime } = await setup();
    const id = await repo.createRecord('action', { text: 'Call the GP', status: 'toDo' });
    setTime(T0 + 1000);
    const updated = await repo.saveFields('action', id, { status: 'done' });
    expect(updated).toMatchObject({ text: 'Call the GP', status: 'done' });
    expect(await database.outbox.count()).toBe(2);
    expect(await repo.listRecords('action')).toEqual([updated]);
  });

  it('writes nothing when the outbox write fails (duplicate mutationId)', async () => {
    const database = freshDb();
    const fixedId = '22222222-2222-4222-8222-222222222222';
    const recordId = '33333333-3333-4333-8333-333333333333';
    const { repo } = await setup(database, { randomUUID: () => fixedId });
    await repo.saveFields('aboutMe', recordId, { enjoy: 'first' });
    const before = await database.aboutMe.get(recordId);
    const hlcBefore = await readMeta(database, 'hlc');

    // The same mutationId again: the outbox's unique index rejects it, so the transaction aborts.
    await expect(repo.saveFields('aboutMe', recordId, { enjoy: 'second' })).rejects.toThrow();
    expect(await database.aboutMe.get(recordId)).toEqual(before);
    expect(await database.outbox.count()).toBe(1);
    expect(await readMeta(database, 'hlc')).toBe(hlcBefore);
  });

  it('creates nothing when the transaction fails for a new record', async () => {
    const database = freshDb();
    const { repo } = await setup(database, {
      randomUUID: () => '22222222-2222-4222-8222-222222222222',
    });
    await repo.saveFields('journalEntry', '44444444-4444-4444-8444-444444444444', { text: 'a' });
    const newId = '55555555-5555-4555-8555-555555555555';
    await expect(repo.saveFields('journalEntry', newId, { text: 'b' })).rejects.toThrow();
    expect(await database.journalEntries.get(newId)).toBeUndefined();
  });

  it('throws a ValidationError and writes nothing on bad input', async () => {
    const { database, repo, status } = await setup();
    const bad = { scores: { money: { kind: 'score', value: 11 } } } as never;
    const error = await repo.createRecord('checkIn', bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: 'scores.money.value', message: 'A score must be from 1 to 10' },
    ]);
    await expect(repo.saveFields('aboutMe', 'not-a-uuid', { enjoy: 'x' })).rejects.toThrow(
      /id: Must be a UUID/,
    );
    expect(await database.checkIns.count()).toBe(0);
    expect(await database.aboutMe.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
    expect(await database.meta.get('hlc')).toBeUndefined();
    expect(status.get().state).toBe('idle');
  });

  it('maps a quota error to StorageFullError and reports it', async () => {
    const database = freshDb();
    const full: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'storage-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return name === 'outbox'
            ? {
                ...table,
                mutate: () => Promise.reject(new DOMException('No space', 'QuotaExceededError')),
              }
            : table;
        },
      }),
    };
    database.use(full);
    const { repo, status } = await setup(database);
    const error = await repo.createRecord('aboutMe', { enjoy: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(status.get()).toMatchObject({ state: 'error', error: 'storageFull' });
    expect(await database.aboutMe.count()).toBe(0);
  });

  it('reports other failures as unknown', async () => {
    const database = freshDb();
    const { repo, status } = await setup(database, {
      randomUUID: () => '22222222-2222-4222-8222-222222222222',
    });
    await repo.saveFields('journalEntry', '44444444-4444-4444-8444-444444444444', { text: 'a' });
    await expect(
      repo.saveFields('journalEntry', '44444444-4444-4444-8444-444444444444', { text: 'b' }),
    ).rejects.toThrow();
    expect(status.get()).toMatchObject({ state: 'error', error: 'unknown' });
  });
});

describe('clock', () => {
  it('advances and persists the HLC, even when the device clock goes back', async () => {
    const { database, repo, setTime } = await setup();
    const a = await repo.createRecord('journalEntry', { text: 'one' });
    setTime(T0 - 60_000);
    const b = await repo.createRecord('journalEntry', { text: 'two' });
    const ra = await repo.getRecord('journalEntry', a);
    const rb = await repo.getRecord('journalEntry', b);
    expect(compareHlc(ra?.updated as string, rb?.updated as string)).toBe(-1);
    expect(parseHlc(rb?.updated as string)).toEqual({ wall: T0, counter: 1, node: DEVICE });
    expect(await readMeta(database, 'hlc')).toBe(rb?.updated);

    // A new repository on the same database (a reload, another tab) carries on from there.
    const again = createRepository(database, { now: () => T0 - 120_000 });
    const c = await again.createRecord('journalEntry', { text: 'three' });
    const rc = await again.getRecord('journalEntry', c);
    expect(parseHlc(rc?.updated as string)).toEqual({ wall: T0, counter: 2, node: DEVICE });
  });

  it('creates the device id once and keeps it', async () => {
    const database = freshDb();
    const repo = createRepository(database, { status: createSaveStatusStore() });
    const first = await repo.deviceId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await repo.deviceId()).toBe(first);
    const id = await repo.createRecord('journalEntry', { text: 'x' });
    expect(parseHlc((await repo.getRecord('journalEntry', id))?.updated as string).node).toBe(
      first,
    );
  });

  it('surfaces a counter overflow and writes nothing', async () => {
    const { database, repo } = await setup();
    const full = formatHlc({ wall: T0, counter: MAX_COUNTER, node: DEVICE });
    await database.meta.put({ key: 'hlc', value: full });
    await expect(repo.createRecord('journalEntry', { text: 'x' })).rejects.toThrow(
      HlcOverflowError,
    );
    expect(await database.journalEntries.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
    expect(await readMeta(database, 'hlc')).toBe(full);
  });

  it('merges a remote timestamp and refuses one too far ahead', async () => {
    const { database, repo } = await setup();
    const remote = formatHlc({ wall: T0 + 5000, counter: 3, node: 'server' });
    const merged = await repo.receiveHlc(remote);
    expect(parseHlc(merged)).toEqual({ wall: T0 + 5000, counter: 4, node: DEVICE });
    const tooFar = formatHlc({ wall: T0 + 25 * 3_600_000, counter: 0, node: 'server' });
    await expect(repo.receiveHlc(tooFar)).rejects.toThrow(ClockDriftError);
    expect(await readMeta(database, 'hlc')).toBe(merged);
  });
});

describe('deleteRecord', () => {
  it('soft-deletes with a deleted mutation', async () => {
    const { database, repo } = await setup();
    const id = await repo.createRecord('action', { text: 'x' });
    await repo.deleteRecord('action', id);
    expect(await repo.getRecord('action', id)).toBeUndefined();
    expect(await repo.getRecord('action', id, { includeDeleted: true })).toMatchObject({
      text: 'x',
      deleted: true,
    });
    expect(await repo.listRecords('action')).toEqual([]);
    const last = (await database.outbox.toArray()).at(-1);
    expect(last).toMatchObject({ recordKind: 'action', recordId: id, fields: { deleted: true } });
  });
});
