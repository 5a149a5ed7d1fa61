// The sealing middleware with the real repository and Dexie's queries: rows at rest hold no
// plain text while a key is set, every way the app reads and writes still works, a locked
// database neither reads nor writes, and a database half sealed reads whole.
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { createRepository } from '../repository';
import { createSaveStatusStore } from '../saveStatus';
import { readConnection } from '../../sync/connection';
import { backgroundRound } from '../../sync/backgroundRound';
import { createSyncEngine } from '../../sync/engine';
import { FakeSyncServer } from '../../sync/fakeServer';
import { createClock } from '../../domain/hlc';
import { LockedError, isLockedError } from './codec';
import { countStored, openStored, sealStored } from './migrate';
import { isSealedRow } from './sealedMark';
import { newDataKey, rawDatabaseText, sealedTestDb, testPolicy } from './testing';

const DEVICE = '11111111-1111-4111-8111-111111111111';
const SECRET = 'I look after my nan on Tuesdays';

async function setUp(key?: CryptoKey) {
  const policy = testPolicy(key);
  const database = sealedTestDb(policy);
  await database.meta.put({ key: 'deviceId', value: DEVICE });
  const repo = createRepository(database, { status: createSaveStatusStore() });
  return { policy, database, repo };
}

describe('with no PIN', () => {
  it('stores rows as they are', async () => {
    const { database, repo } = await setUp();
    const id = await repo.createRecord('aboutMe', { enjoy: SECRET });
    expect(await rawDatabaseText(database.name)).toContain(SECRET);
    expect(await repo.getRecord('aboutMe', id)).toMatchObject({ enjoy: SECRET });
  });
});

describe('with a key', () => {
  it('writes records, outbox and meta sealed, and reads them back whole', async () => {
    const { database, repo } = await setUp(await newDataKey());
    const id = await repo.createRecord('aboutMe', { enjoy: SECRET, sharing: 'shared' });
    await database.meta.put({
      key: 'connection',
      value: { deviceId: 'd', token: 'secret-token-123', pairedAt: 1 },
    });

    const raw = await rawDatabaseText(database.name);
    expect(raw).not.toContain('nan on Tuesdays');
    expect(raw).not.toContain('secret-token-123');
    // The fields it is found by stay in the clear (the clock in `updated` names this device).
    expect(raw).toContain(id);

    expect(await repo.getRecord('aboutMe', id)).toMatchObject({ id, enjoy: SECRET });
    const [entry] = await database.outbox.toArray();
    expect(entry).toMatchObject({ seq: 1, recordKind: 'aboutMe', recordId: id });
    expect(entry?.fields).toEqual({ enjoy: SECRET, sharing: 'shared' });
    expect(await readConnection(database)).toMatchObject({ token: 'secret-token-123' });
    expect(await countStored(database)).toEqual({ sealed: 5, plain: 0 });
  });

  it("answers every kind of query Waymark's code uses", async () => {
    const { database, repo } = await setUp(await newDataKey());
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three', 'four']) {
      ids.push(
        await repo.createRecord('action', {
          text,
          status: 'toDo',
          due: `2030-01-0${ids.length + 1}`,
        }),
      );
    }
    await repo.saveFields('action', ids[1] as string, { status: 'done' });

    expect(
      (await database.actions.where('status').equals('done').toArray()).map((a) => a.text),
    ).toEqual(['two']);
    expect((await database.actions.orderBy('due').reverse().first())?.text).toBe('four');
    expect(await database.actions.filter((a) => a.text?.startsWith('t') === true).count()).toBe(2);
    const seen: string[] = [];
    await database.actions.each((a) => {
      seen.push(a.text ?? '');
    });
    expect(seen.sort()).toEqual(['four', 'one', 'three', 'two']);
    expect((await database.actions.bulkGet(ids)).map((a) => a?.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
    expect((await database.outbox.orderBy('seq').limit(2).toArray()).map((m) => m.fields)).toEqual([
      expect.objectContaining({ text: 'one' }),
      expect.objectContaining({ text: 'two' }),
    ]);
    await database.actions.where('status').equals('toDo').modify({ review: '2030-02-01' });
    expect((await database.actions.where('review').equals('2030-02-01').toArray()).length).toBe(3);
    expect((await database.actions.get(ids[0] as string))?.text).toBe('one');

    const first = (await database.outbox.orderBy('seq').first())?.mutationId as string;
    await database.outbox.where('mutationId').anyOf([first]).delete();
    expect(await database.outbox.count()).toBe(4);
    await database.actions.filter((a) => a.text === 'four').delete();
    expect(await database.actions.count()).toBe(3);

    expect(await rawDatabaseText(database.name)).not.toMatch(/"(one|two|three|four)"/);
  });

  it('keeps a read-then-write transaction alive across sealing and opening', async () => {
    const { database } = await setUp(await newDataKey());
    await database.actions.put({ id: 'a', text: 'start', status: 'toDo' } as never);
    await database.transaction('rw', database.actions, database.outbox, async () => {
      for (let i = 0; i < 5; i += 1) {
        const row = await database.actions.get('a');
        await database.actions.put({ ...row, text: `${row?.text ?? ''}+` } as never);
        await database.outbox.add({ mutationId: `m${i}`, fields: { i } } as never);
      }
    });
    expect((await database.actions.get('a'))?.text).toBe('start+++++');
    expect(await database.outbox.count()).toBe(5);
  });

  it('updates live queries with opened rows', async () => {
    const { database, repo } = await setUp(await newDataKey());
    const seen: string[][] = [];
    const subscription = liveQuery(() => database.aboutMe.toArray()).subscribe((rows) =>
      seen.push(rows.map((r) => r.enjoy ?? '')),
    );
    try {
      await repo.createRecord('aboutMe', { enjoy: SECRET });
      await expect.poll(() => seen.at(-1)).toEqual([SECRET]);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('reads plain and sealed rows side by side (a database half way through sealing)', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp();
    const plainId = await repo.createRecord('aboutMe', { enjoy: 'plain one' });
    policy.setKey(key);
    const sealedId = await repo.createRecord('aboutMe', { enjoy: 'sealed one' });
    const rows = await database.aboutMe.toArray();
    expect(rows.map((r) => [r.id, r.enjoy]).sort()).toEqual(
      [
        [plainId, 'plain one'],
        [sealedId, 'sealed one'],
      ].sort(),
    );
  });
});

describe('locked (a PIN, no key)', () => {
  it('refuses to read sealed rows or to write anything', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp(key);
    const id = await repo.createRecord('aboutMe', { enjoy: SECRET });
    policy.setKey(undefined);

    await expect(repo.getRecord('aboutMe', id)).rejects.toBeInstanceOf(LockedError);
    await expect(database.outbox.toArray()).rejects.toSatisfy(isLockedError);
    const error = await repo
      .saveFields('aboutMe', id, { enjoy: 'changed' })
      .catch((e: unknown) => e);
    expect(isLockedError(error)).toBe(true);
    // Counting and keys need no key.
    expect(await database.outbox.count()).toBe(1);
    expect(await database.aboutMe.toCollection().primaryKeys()).toEqual([id]);

    policy.setKey(key);
    expect(await repo.getRecord('aboutMe', id)).toMatchObject({ enjoy: SECRET });
    expect(await database.outbox.count()).toBe(1);
  });

  it('a wrong key opens nothing', async () => {
    const { database, policy, repo } = await setUp(await newDataKey());
    const id = await repo.createRecord('aboutMe', { enjoy: SECRET });
    policy.setKey(await newDataKey());
    await expect(repo.getRecord('aboutMe', id)).rejects.toThrow();
    await expect(database.aboutMe.count()).resolves.toBe(1);
  });
});

describe('sealing and opening what is stored', () => {
  it('seals every plain row, opens them all again, and can be run twice', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp();
    const ids: string[] = [];
    for (let i = 0; i < 450; i += 1)
      ids.push(await repo.createRecord('aboutMe', { enjoy: `note ${i}` }));
    await database.meta.put({
      key: 'connection',
      value: { deviceId: 'd', token: 'tok-1', pairedAt: 1 },
    });
    const total = (await countStored(database)).plain;
    expect(total).toBeGreaterThan(900);
    expect(await rawDatabaseText(database.name)).toContain('note 449');

    policy.setKey(key);
    expect(await sealStored(database, key)).toBe(total);
    expect(await sealStored(database, key)).toBe(0);
    expect(await countStored(database)).toEqual({ sealed: total, plain: 0 });
    const raw = await rawDatabaseText(database.name);
    expect(raw).not.toContain('note 449');
    expect(raw).not.toContain('tok-1');
    expect(await repo.getRecord('aboutMe', ids[449] as string)).toMatchObject({
      enjoy: 'note 449',
    });

    policy.setWritesPlain(true);
    expect(await openStored(database, key)).toBe(total);
    expect(await countStored(database)).toEqual({ sealed: 0, plain: total });
    policy.setKey(undefined);
    policy.setPinSet(false);
    policy.setWritesPlain(false);
    expect(await repo.getRecord('aboutMe', ids[0] as string)).toMatchObject({ enjoy: 'note 0' });
    expect(await readConnection(database)).toMatchObject({ token: 'tok-1' });
  });

  it('a pass cut short leaves every row readable, and running it again finishes it', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp();
    for (let i = 0; i < 250; i += 1) await repo.createRecord('aboutMe', { enjoy: `answer ${i}` });
    policy.setKey(key);
    // Cut the pass short: the connection closes during the second batch of the aboutMe table.
    const idb = (await database.open()).backendDB();
    const realTransaction = idb.transaction.bind(idb);
    let batches = 0;
    idb.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
      if (names === 'aboutMe' && ++batches === 2)
        throw new DOMException('closing', 'InvalidStateError');
      return realTransaction(names, mode);
    }) as typeof idb.transaction;
    await expect(sealStored(database, key)).rejects.toThrow('closing');
    idb.transaction = realTransaction;

    const counts = await countStored(database);
    expect(counts.sealed).toBeGreaterThan(0);
    expect(counts.plain).toBeGreaterThan(0);
    const rows = await database.aboutMe.toArray();
    expect(rows.map((r) => r.enjoy).sort()).toEqual(
      Array.from({ length: 250 }, (_, i) => `answer ${i}`).sort(),
    );
    await sealStored(database, key);
    expect((await countStored(database)).plain).toBe(0);
    expect((await database.aboutMe.toArray()).length).toBe(250);
  });

  it('never overwrites a newer change made while a pass runs', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp();
    const id = await repo.createRecord('aboutMe', { enjoy: 'before' });
    policy.setKey(key);
    const pass = sealStored(database, key);
    await repo.saveFields('aboutMe', id, { enjoy: 'after' });
    await pass;
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe('after');
    const raw = await database.transaction('r', database.aboutMe, () => database.aboutMe.count());
    expect(raw).toBe(1);
    const stored = await new Promise<unknown>((resolve) => {
      const request = database.backendDB().transaction('aboutMe').objectStore('aboutMe').get(id);
      request.onsuccess = () => resolve(request.result);
    });
    expect(isSealedRow(stored)).toBe(true);
  });
});

describe("the service worker's Background Sync (no key, and no localStorage to say why)", () => {
  it('stops at the sealed connection: nothing sent, nothing written', async () => {
    const key = await newDataKey();
    const { database, policy, repo } = await setUp(key);
    await repo.createRecord('aboutMe', { enjoy: SECRET, sharing: 'shared' });
    await database.meta.put({
      key: 'connection',
      value: { deviceId: 'd', token: 'tok', pairedAt: 1 },
    });
    const before = await rawDatabaseText(database.name);
    // What the worker sees: no key, and no PIN it knows of.
    policy.setKey(undefined);
    policy.setPinSet(false);
    const sent: unknown[] = [];
    const engine = createSyncEngine({
      db: database,
      transport: {
        send: (request) => {
          sent.push(request);
          return Promise.resolve({ acked: [], changes: [], cursor: 'c' });
        },
      },
      credentials: () => readConnection(database),
    });
    const error = await backgroundRound(engine).catch((e: unknown) => e);
    expect(isLockedError(error)).toBe(true);
    expect(sent).toEqual([]);
    expect(await rawDatabaseText(database.name)).toBe(before);
  });
});

describe('a sync round with a key (the open app)', () => {
  it('sends, pulls and keeps a conflict, with everything sealed at rest', async () => {
    const { database, repo } = await setUp(await newDataKey());
    const server = new FakeSyncServer();
    const credentials = () => Promise.resolve({ deviceId: DEVICE, token: 'device-token' });
    const engine = createSyncEngine({ db: database, transport: server.transport(), credentials });
    const coach = createClock('coach', { now: () => Date.now() + 60_000 });

    const id = await repo.createRecord('action', { text: 'Ring the housing office' });
    expect(await engine.syncOnce()).toMatchObject({ sent: 1, acked: 1 });
    expect(await database.outbox.count()).toBe(0);
    expect((server.records.get(`action:${id}`)?.record as { text?: string }).text).toBe(
      'Ring the housing office',
    );

    await repo.saveFields('action', id, { text: 'Ring the housing office on Monday' });
    server.write('action', id, { text: 'Ring the council instead' }, coach.tick());
    const pulled = await createSyncEngine({
      db: database,
      credentials,
      transport: { send: async (request) => server.handle({ ...request, mutations: [] }) },
    }).syncOnce();
    expect(pulled.conflicts).toBe(1);
    expect((await database.actions.get(id))?.text).toBe('Ring the council instead');
    expect(await database.conflicts.toArray()).toMatchObject([
      { localValue: 'Ring the housing office on Monday', remoteValue: 'Ring the council instead' },
    ]);
    const raw = await rawDatabaseText(database.name);
    for (const words of ['housing office', 'council instead', 'device-token']) {
      expect(raw).not.toContain(words);
    }
    expect(await countStored(database)).toMatchObject({ plain: 0 });
  });
});
