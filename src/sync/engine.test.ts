// The sync engine against an in-memory server: what is sent and held back, acknowledgements,
// pulls, conflicts kept visible, lost answers retried without double-applying, and failures
// that change nothing.
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../data/testDb';
import { createRepository } from '../data/repository';
import { createClock } from '../domain/hlc';
import { createSyncEngine, SyncError, type SyncTransport } from './engine';
import { FakeSyncServer } from './fakeServer';
import type { WaymarkDB } from '../data/db';
import type { SyncRequest } from '../domain/sync';

const CREDENTIALS = { deviceId: crypto.randomUUID(), token: 'device-token' };
const credentials = async () => CREDENTIALS;

function setup(transport?: (server: FakeSyncServer) => SyncTransport) {
  const db = freshDb();
  const server = new FakeSyncServer();
  const repo = createRepository(db);
  const engine = createSyncEngine({
    db,
    transport: transport ? transport(server) : server.transport(),
    credentials,
  });
  return { db, server, repo, engine };
}

const coachClock = createClock('coach', { now: () => Date.now() + 60_000 });
const outboxSize = (db: WaymarkDB) => db.outbox.count();

describe('sync engine', () => {
  it('sends shared changes, clears what the server acknowledged and stores the cursor', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Phone the housing office' });
    expect(await outboxSize(db)).toBe(1);
    const outcome = await engine.syncOnce();
    expect(outcome).toMatchObject({ sent: 1, acked: 1 });
    expect(await outboxSize(db)).toBe(0);
    expect((server.records.get(`action:${id}`)?.record as { text?: string }).text).toBe(
      'Phone the housing office',
    );
    expect((await db.meta.get('syncCursor'))?.value).toBe('1');
  });

  it('keeps private records on the phone and sends their whole history once shared', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('aboutMe', { enjoy: 'Gardening' });
    await repo.saveFields('aboutMe', id, { proudOf: 'My allotment' });
    await engine.syncOnce();
    expect(server.records.size).toBe(0);
    expect(await outboxSize(db)).toBe(2);

    await repo.saveFields('aboutMe', id, { sharing: 'shared' });
    await engine.syncOnce();
    const copy = server.records.get(`aboutMe:${id}`)?.record as Record<string, unknown>;
    expect(copy).toMatchObject({ enjoy: 'Gardening', proudOf: 'My allotment', sharing: 'shared' });
    expect(await outboxSize(db)).toBe(0);

    // Un-sharing is sent, so the server can remove its copy; later edits stay on the phone.
    await repo.saveFields('aboutMe', id, { sharing: 'private' });
    await repo.saveFields('aboutMe', id, { enjoy: 'Gardening and painting' });
    const outcome = await engine.syncOnce();
    expect(outcome.sent).toBe(1);
    expect(server.records.get(`aboutMe:${id}`)?.record).not.toHaveProperty('enjoy');
    expect(await outboxSize(db)).toBe(1);
    // The phone's copy is untouched by the server's stub.
    expect(await db.aboutMe.get(id)).toMatchObject({ enjoy: 'Gardening and painting' });

    // Sharing again sends everything the server no longer has.
    await repo.saveFields('aboutMe', id, { sharing: 'shared' });
    await engine.syncOnce();
    expect(server.records.get(`aboutMe:${id}`)?.record).toMatchObject({
      enjoy: 'Gardening and painting',
      proudOf: 'My allotment',
      sharing: 'shared',
    });
    expect(await outboxSize(db)).toBe(0);
  });

  it('sends an un-share without the content saved with it', async () => {
    const sent: SyncRequest[] = [];
    const { db, server, repo } = setup();
    const engine = createSyncEngine({
      db,
      credentials,
      transport: {
        send: async (request) => {
          sent.push(request);
          return server.handle(request);
        },
      },
    });
    const action = await repo.createRecord('action', {
      text: 'See my GP about my back',
      sharing: 'private',
    });
    // An appointment of their own: the un-share says whose it is (the server needs that).
    const visit = await repo.createRecord('appointment', {
      at: '2026-12-01T10:00:00.000Z',
      place: 'Health centre',
      source: 'claimant',
    });
    await repo.saveFields('appointment', visit, { notes: 'Ask about the pain clinic' });
    await repo.saveFields('appointment', visit, { sharing: 'private' });
    await engine.syncOnce();
    expect(sent[0]?.mutations.map((m) => [m.recordId, m.fields])).toEqual([
      [action, { sharing: 'private' }],
      [visit, { sharing: 'private', source: 'claimant' }],
    ]);
    expect(await db.actions.get(action)).toMatchObject({ text: 'See my GP about my back' });
    expect(JSON.stringify([...server.records.values()])).not.toContain('pain clinic');
  });

  it('brings in what the coach added, and works offline afterwards', async () => {
    const { db, server, engine } = setup();
    const id = crypto.randomUUID();
    server.write(
      'action',
      id,
      { text: 'Go to the CV workshop', requirement: 'agreedRequirement', proposedBy: 'coach' },
      coachClock.tick(),
    );
    expect(await engine.syncOnce()).toMatchObject({ received: 1 });
    expect(await db.actions.get(id)).toMatchObject({
      text: 'Go to the CV workshop',
      requirement: 'agreedRequirement',
    });
  });

  it('keeps an unsent edit the coach overwrote as a conflict with both values', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    await repo.saveFields('action', id, { text: 'Ring the GP on Monday' }); // not sent yet
    server.write('action', id, { text: 'Ring the GP surgery' }, coachClock.tick()); // later clock

    const { conflicts } = await createSyncEngine({
      db,
      credentials,
      transport: { send: async (request) => server.handle({ ...request, mutations: [] }) },
    }).syncOnce();
    expect(conflicts).toBe(1);
    expect((await db.actions.get(id))?.text).toBe('Ring the GP surgery');
    expect(await db.conflicts.toArray()).toMatchObject([
      {
        recordKind: 'action',
        recordId: id,
        field: 'text',
        localValue: 'Ring the GP on Monday',
        remoteValue: 'Ring the GP surgery',
      },
    ]);
    // Nothing was lost: the local edit is still in the outbox too.
    expect(await outboxSize(db)).toBe(1);
    await engine.syncOnce();
  });

  it('sends a lost answer again without the server applying it twice', async () => {
    const faults = { loseNextAnswer: true };
    const { db, server, repo, engine } = setup((s) => s.transport(faults));
    await repo.createRecord('action', { text: 'Apply for a bus pass' });
    await expect(engine.syncOnce()).rejects.toThrow('connection lost');
    expect(await outboxSize(db)).toBe(1);
    await engine.syncOnce();
    expect(server.applyCount).toBe(1);
    expect(await outboxSize(db)).toBe(0);
  });

  it('changes nothing when the server answers with something unreadable', async () => {
    const { db, repo } = setup();
    await repo.createRecord('action', { text: 'Book a bus' });
    const engine = createSyncEngine({
      db,
      credentials,
      transport: { send: async () => ({ acked: 'everything' }) },
    });
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(SyncError);
    expect(await outboxSize(db)).toBe(1);
    expect(await db.meta.get('syncCursor')).toBeUndefined();
  });

  it('does nothing without a device token', async () => {
    const db = freshDb();
    const engine = createSyncEngine({
      db,
      credentials: async () => undefined,
      transport: { send: async () => ({}) },
    });
    await expect(engine.syncOnce()).rejects.toMatchObject({ kind: 'unpaired', retryable: false });
  });

  it('converges two phones and a coach editing the same action', async () => {
    const server = new FakeSyncServer();
    const phoneA = freshDb();
    const phoneB = freshDb();
    const engineA = createSyncEngine({
      db: phoneA,
      transport: server.transport(),
      credentials,
    });
    const engineB = createSyncEngine({
      db: phoneB,
      transport: server.transport(),
      credentials,
    });
    const id = await createRepository(phoneA).createRecord('action', {
      text: 'Start',
      status: 'toDo',
    });
    await engineA.syncOnce();
    await engineB.syncOnce();
    await createRepository(phoneB).saveFields('action', id, { status: 'inProgress' });
    server.write('action', id, { text: 'Start the course' }, coachClock.tick());
    await createRepository(phoneA).saveFields('action', id, { ownerName: 'Sam' });
    for (let round = 0; round < 2; round += 1) {
      await engineA.syncOnce();
      await engineB.syncOnce();
    }
    const a = await phoneA.actions.get(id);
    const b = await phoneB.actions.get(id);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ text: 'Start the course', status: 'inProgress', ownerName: 'Sam' });
    expect(a).toEqual(server.records.get(`action:${id}`)?.record);
  });

  it('keeps an edit sent in the same request as a conflict when a later coach change beat it', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    await repo.saveFields('action', id, { text: 'Ring the GP on Monday' }); // offline edit
    const coachHlc = coachClock.tick();
    server.write('action', id, { text: 'Ring the GP surgery' }, coachHlc); // later clock

    const outcome = await engine.syncOnce(); // sends the edit; the server keeps the coach's
    expect(outcome).toMatchObject({ sent: 1, acked: 1, conflicts: 1 });
    expect(await outboxSize(db)).toBe(0);
    expect((await db.actions.get(id))?.text).toBe('Ring the GP surgery');
    expect(await db.conflicts.toArray()).toMatchObject([
      {
        id: `action:${id}:text`,
        localValue: 'Ring the GP on Monday',
        remoteValue: 'Ring the GP surgery',
        remoteHlc: coachHlc,
      },
    ]);
  });

  it('keeps the person’s own words as “mine” after the record showed the other side', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    await repo.saveFields('action', id, { text: 'Mine' });
    server.write('action', id, { text: 'Coach one' }, coachClock.tick());
    // The answer to a request made before the edit (the network held it) brings the coach's
    // words: the record shows them, and the person's edit is still waiting to be sent.
    const held = {
      send: async (request: SyncRequest) => server.handle({ ...request, mutations: [] }),
    };
    await createSyncEngine({ db, credentials, transport: held }).syncOnce();
    expect(await db.conflicts.toArray()).toMatchObject([
      { localValue: 'Mine', remoteValue: 'Coach one' },
    ]);

    server.write('action', id, { text: 'Coach two' }, coachClock.tick());
    await engine.syncOnce(); // sends "Mine", which the later "Coach two" beats
    expect(await db.conflicts.toArray()).toMatchObject([
      { localValue: 'Mine', remoteValue: 'Coach two' },
    ]);
  });

  it('settles a conflict once the value in place is the person’s own latest', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    await repo.saveFields('action', id, { text: 'Ring the GP on Monday' });
    server.write('action', id, { text: 'Ring the GP surgery' }, coachClock.tick());
    await engine.syncOnce();
    expect(await db.conflicts.toArray()).toMatchObject([{ localValue: 'Ring the GP on Monday' }]);

    // The coach comes round to the person's words: nothing is left to choose.
    server.write('action', id, { text: 'Ring the GP on Monday' }, coachClock.tick());
    await engine.syncOnce();
    expect(await db.conflicts.count()).toBe(0);

    // Another conflict; then the person writes the field again and the coach, later, writes the
    // same words. Keeping the older "mine" would offer to undo what they wrote last.
    await repo.saveFields('action', id, { text: 'Ring on Tuesday' });
    server.write('action', id, { text: 'Ring on Wednesday' }, coachClock.tick());
    await engine.syncOnce();
    expect(await db.conflicts.count()).toBe(1);
    await repo.saveFields('action', id, { text: 'Ring on Thursday' });
    server.write('action', id, { text: 'Ring on Thursday' }, coachClock.tick());
    await engine.syncOnce();
    expect((await db.actions.get(id))?.text).toBe('Ring on Thursday');
    expect(await db.conflicts.count()).toBe(0);
  });

  it('shares a record kept private here once the claimant shares it again on another phone', async () => {
    const server = new FakeSyncServer();
    const [phoneA, phoneB] = [freshDb(), freshDb()];
    const [repoA, repoB] = [createRepository(phoneA), createRepository(phoneB)];
    const engineA = createSyncEngine({ db: phoneA, transport: server.transport(), credentials });
    const engineB = createSyncEngine({ db: phoneB, transport: server.transport(), credentials });
    const id = await repoA.createRecord('aboutMe', { enjoy: 'Gardening', sharing: 'shared' });
    await engineA.syncOnce();
    await engineB.syncOnce();
    await repoA.saveFields('aboutMe', id, { goodAt: 'Listening' }); // phone B never sees this
    await engineA.syncOnce();
    await repoA.saveFields('aboutMe', id, { sharing: 'private' });
    await engineA.syncOnce(); // the server keeps only a stub: goodAt is gone from it
    await repoA.saveFields('aboutMe', id, { proudOf: 'My allotment' }); // private: stays here
    await engineA.syncOnce();
    await engineB.syncOnce(); // phone B learns it is private

    await repoB.saveFields('aboutMe', id, { sharing: 'shared' }); // shared again, on phone B
    await engineB.syncOnce();
    await engineA.syncOnce(); // phone A takes that, and queues what the server lacks
    await engineA.syncOnce();
    await engineB.syncOnce();

    const expected = {
      enjoy: 'Gardening',
      goodAt: 'Listening',
      proudOf: 'My allotment',
      sharing: 'shared',
    };
    const a = await phoneA.aboutMe.get(id);
    expect(a).toMatchObject(expected);
    expect(server.records.get(`aboutMe:${id}`)?.record).toMatchObject(expected);
    expect(await phoneB.aboutMe.get(id)).toMatchObject(expected);
    expect((await phoneB.aboutMe.get(id))?.fieldClocks).toEqual(a?.fieldClocks);
    expect(await outboxSize(phoneA)).toBe(0);
    // Phone A's un-share had reached the server: a later choice elsewhere is no conflict.
    expect(await phoneA.conflicts.count()).toBe(0);
  });

  it('sends again what an un-share elsewhere took off the server, once it is shared again', async () => {
    const server = new FakeSyncServer();
    const [phoneA, phoneB] = [freshDb(), freshDb()];
    const [repoA, repoB] = [createRepository(phoneA), createRepository(phoneB)];
    const engineA = createSyncEngine({ db: phoneA, transport: server.transport(), credentials });
    const engineB = createSyncEngine({ db: phoneB, transport: server.transport(), credentials });
    const id = await repoA.createRecord('aboutMe', { enjoy: 'Gardening', sharing: 'shared' });
    await engineA.syncOnce();
    await engineB.syncOnce();
    await repoB.saveFields('aboutMe', id, { goodAt: 'Listening' });
    await engineB.syncOnce(); // on the server; phone A has not seen it
    await repoA.saveFields('aboutMe', id, { sharing: 'private' });
    await engineA.syncOnce(); // the server keeps only a stub: goodAt is gone from it
    await repoA.saveFields('aboutMe', id, { sharing: 'shared' });
    await engineA.syncOnce(); // shared again with what phone A has: no goodAt

    await engineB.syncOnce(); // phone B never saw the stub; it sends goodAt back
    await engineB.syncOnce();
    await engineA.syncOnce();
    const expected = { enjoy: 'Gardening', goodAt: 'Listening', sharing: 'shared' };
    const a = await phoneA.aboutMe.get(id);
    expect(a).toMatchObject(expected);
    expect(server.records.get(`aboutMe:${id}`)?.record).toMatchObject(expected);
    expect((await phoneB.aboutMe.get(id))?.fieldClocks).toEqual(a?.fieldClocks);
  });

  it('raises no conflict when this phone’s own change is the one that stands', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    const earlier = createClock('coach', { now: () => Date.now() - 60_000 }).tick();
    server.write('action', id, { text: 'Ring the surgery' }, earlier);
    await repo.saveFields('action', id, { text: 'Ring the GP on Monday' });
    expect(await engine.syncOnce()).toMatchObject({ conflicts: 0 });
    expect((await db.actions.get(id))?.text).toBe('Ring the GP on Monday');
    expect(await db.conflicts.count()).toBe(0);
  });

  it('notes when each record reached the server, in the round that acknowledged it', async () => {
    const times = [1_000, 2_000, 3_000];
    const db = freshDb();
    const server = new FakeSyncServer();
    const repo = createRepository(db);
    const engine = createSyncEngine({
      db,
      transport: server.transport(),
      credentials,
      now: () => times.shift() ?? 9_000,
    });
    const first = await repo.createRecord('action', { text: 'Apply for a bus pass' });
    const second = await repo.createRecord('aboutMe', { enjoy: 'Walking' }); // private
    await engine.syncOnce();
    expect(await db.sent.get(`action:${first}`)).toEqual({ key: `action:${first}`, at: 1_000 });
    expect(await db.sent.get(`aboutMe:${second}`)).toBeUndefined();

    await repo.saveFields('action', first, { status: 'done' });
    await engine.syncOnce();
    expect((await db.sent.get(`action:${first}`))?.at).toBe(2_000);
    // A round with nothing of this record's acknowledged leaves its time alone.
    await engine.syncOnce();
    expect((await db.sent.get(`action:${first}`))?.at).toBe(2_000);
  });

  it('does not keep a conflict for a change the server refused', async () => {
    const { db, server, repo } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await createSyncEngine({ db, credentials, transport: server.transport() }).syncOnce();
    await repo.saveFields('action', id, { text: 'Not allowed' });
    server.write('action', id, { text: 'Coach words' }, coachClock.tick());
    const refusing = createSyncEngine({
      db,
      credentials,
      transport: {
        send: async (request) => {
          const answer = server.handle({ ...request, mutations: [] });
          return {
            ...answer,
            rejected: request.mutations.map((m) => ({ mutationId: m.mutationId, reason: 'No' })),
          };
        },
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await refusing.syncOnce()).toMatchObject({ conflicts: 0 });
    warn.mockRestore();
    expect(await db.conflicts.count()).toBe(0);
    expect(await outboxSize(db)).toBe(0);
  });

  it('shows the newest other value in an open conflict, and settles it when the person writes again', async () => {
    const { db, server, repo, engine } = setup();
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    await engine.syncOnce();
    await repo.saveFields('action', id, { text: 'Mine' });
    server.write('action', id, { text: 'Coach one' }, coachClock.tick());
    await engine.syncOnce();
    expect((await db.conflicts.toArray())[0]).toMatchObject({ remoteValue: 'Coach one' });

    server.write('action', id, { text: 'Coach two' }, coachClock.tick());
    await engine.syncOnce();
    expect(await db.conflicts.toArray()).toMatchObject([
      { localValue: 'Mine', remoteValue: 'Coach two' },
    ]);

    // The person writes the answer again; once the server takes it, nothing is left to choose.
    await repo.saveFields('action', id, { text: 'My newest words' });
    await engine.syncOnce();
    expect(await db.conflicts.count()).toBe(0);
    expect((server.records.get(`action:${id}`)?.record as { text?: string }).text).toBe(
      'My newest words',
    );
  });
});
