// The sync engine against an in-memory server: what is sent and held back, acknowledgements,
// pulls, conflicts kept visible, lost answers retried without double-applying, and failures
// that change nothing.
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../data/testDb';
import { createRepository } from '../data/repository';
import { createClock } from '../domain/hlc';
import { createSyncEngine, SyncError, type SyncTransport } from './engine';
import { FakeSyncServer, type Refuser } from './fakeServer';
import type { WaymarkDB } from '../data/db';
import type { SyncRequest } from '../domain/sync';
import { readRefusedChanges } from '../data/refusedChanges';

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

/**
 * Like server/services/permissions.ts: an agreed requirement cannot be hidden or removed by the
 * claimant, and on the coach's appointment they may only ask for adjustments.
 */
const permissions: Refuser = (m, current) => {
  const held = current as Record<string, unknown> | undefined;
  const fields = m.fields as Record<string, unknown>;
  if (m.recordKind === 'action' && held?.requirement === 'agreedRequirement') {
    if (fields.deleted === true) return 'Only a work coach can remove an agreed requirement.';
    if (fields.sharing === 'private') return 'An agreed requirement stays shared.';
  }
  if (m.recordKind === 'appointment' && held?.source === 'coach') {
    const other = Object.keys(fields).filter((f) => f !== 'adjustments');
    if (other.length > 0) return `Only the work coach can change ${other.join(', ')}.`;
  }
  return undefined;
};

describe('changes the server refuses', () => {
  const WALK = 'Walk to the shop twice a week';

  function world(options: { withRecords?: boolean; send?: () => Promise<void> } = {}) {
    const db = freshDb();
    const server = new FakeSyncServer({ refuse: permissions, ...options });
    const repo = createRepository(db);
    const plain = server.transport();
    const engine = createSyncEngine({
      db,
      credentials,
      now: () => 5_000,
      transport: {
        send: async (request, token) => {
          await options.send?.();
          return plain.send(request, token);
        },
      },
    });
    return { db, server, repo, engine };
  }

  /** The coach's action, on the phone; then (unseen by it) the coach makes it agreed. */
  async function coachAction(server: FakeSyncServer, engine: { syncOnce(): Promise<unknown> }) {
    const id = crypto.randomUUID();
    server.write(
      'action',
      id,
      { text: WALK, proposedBy: 'coach', requirement: 'voluntary', sharing: 'shared' },
      coachClock.tick(),
    );
    await engine.syncOnce();
    return id;
  }

  const held = (server: FakeSyncServer, kind: string, id: string) =>
    server.records.get(`${kind}:${id}`)?.record as unknown as Record<string, unknown> & {
      fieldClocks: Record<string, string>;
    };

  it('puts back what the server holds, with its clock, and notes it for the person', async () => {
    const { db, server, repo, engine } = world();
    const id = await coachAction(server, engine);
    await repo.saveFields('action', id, { sharing: 'private' }); // offline
    server.write('action', id, { requirement: 'agreedRequirement' }, coachClock.tick());

    const outcome = await engine.syncOnce();
    expect(outcome).toMatchObject({ sent: 1, acked: 0, conflicts: 0 });
    const local = (await db.actions.get(id)) as unknown as Record<string, unknown> & {
      fieldClocks: Record<string, string>;
    };
    const theirs = held(server, 'action', id);
    expect(local).toMatchObject({ sharing: 'shared', requirement: 'agreedRequirement' });
    expect(local.fieldClocks).toEqual(theirs.fieldClocks);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
    expect(await readRefusedChanges(db)).toEqual([
      { recordKind: 'action', recordId: id, code: 'requirementHidden', at: 5_000 },
    ]);
    // Nothing refused is offered again.
    expect(await engine.syncOnce()).toMatchObject({ sent: 0 });
  });

  it('puts back a removed agreed requirement, and says so', async () => {
    const { db, server, repo, engine } = world();
    const id = await coachAction(server, engine);
    await repo.deleteRecord('action', id);
    server.write('action', id, { requirement: 'agreedRequirement' }, coachClock.tick());
    await engine.syncOnce();
    expect(await db.actions.get(id)).toMatchObject({ deleted: false, text: WALK });
    expect((await db.actions.get(id))?.fieldClocks).not.toHaveProperty('deleted');
    expect((await readRefusedChanges(db)).map((n) => n.code)).toEqual(['requirementDeleted']);
  });

  it('keeps a newer local edit of the field that still waits to be sent', async () => {
    let typing: (() => Promise<void>) | undefined;
    const { db, server, repo, engine } = world({ send: () => typing?.() ?? Promise.resolve() });
    const id = crypto.randomUUID();
    server.write(
      'appointment',
      id,
      { at: '2026-12-01T10:00:00.000Z', place: 'Jobcentre', source: 'coach' },
      coachClock.tick(),
    );
    await engine.syncOnce();
    await repo.saveFields('appointment', id, { place: 'Library' });
    // While the request is on its way, the person changes the place again.
    typing = async () => {
      typing = undefined;
      await repo.saveFields('appointment', id, { place: 'Town hall' });
    };
    await engine.syncOnce();
    expect(await db.appointments.get(id)).toMatchObject({ place: 'Town hall' });
    expect(await db.outbox.count()).toBe(1);
    expect(await readRefusedChanges(db)).toEqual([]);

    // That edit is judged on its own, and put back in turn.
    await engine.syncOnce();
    expect(await db.appointments.get(id)).toMatchObject({ place: 'Jobcentre' });
    expect((await db.appointments.get(id))?.fieldClocks.place).toBe(
      held(server, 'appointment', id).fieldClocks.place,
    );
    expect(await readRefusedChanges(db)).toMatchObject([
      { recordKind: 'appointment', recordId: id, code: 'coachOnly' },
    ]);
  });

  it('leaves the data alone when the server sends no record (an older server)', async () => {
    const { db, server, repo, engine } = world({ withRecords: false });
    const id = await coachAction(server, engine);
    await repo.saveFields('action', id, { sharing: 'private' });
    server.write('action', id, { requirement: 'agreedRequirement' }, coachClock.tick());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await engine.syncOnce();
    warn.mockRestore();
    expect(await db.actions.get(id)).toMatchObject({ sharing: 'private' });
    expect(await db.outbox.count()).toBe(0);
    expect(await readRefusedChanges(db)).toEqual([]);
  });

  it('leaves the data alone for a record the server does not have', async () => {
    const refuseAll: Refuser = () => 'There is no such record.';
    const db = freshDb();
    const server = new FakeSyncServer({ refuse: refuseAll });
    const repo = createRepository(db);
    const engine = createSyncEngine({ db, credentials, transport: server.transport() });
    const id = await repo.createRecord('action', { text: 'Ring the GP' });
    const before = await db.actions.get(id);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await engine.syncOnce();
    warn.mockRestore();
    expect(await db.actions.get(id)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
    expect(await readRefusedChanges(db)).toEqual([]);
  });

  it('sends again the words saved with a refused un-share, which the server never saw', async () => {
    const { db, server, repo, engine } = world();
    const id = await coachAction(server, engine);
    server.write('action', id, { requirement: 'agreedRequirement' }, coachClock.tick());
    await repo.saveFields('action', id, { statusReason: 'Started on Monday', sharing: 'private' });
    await engine.syncOnce();
    expect(await db.actions.get(id)).toMatchObject({
      sharing: 'shared',
      statusReason: 'Started on Monday',
    });
    const [waiting] = await db.outbox.toArray();
    expect(waiting?.fields).toEqual({ statusReason: 'Started on Monday' });

    await engine.syncOnce();
    expect(held(server, 'action', id)).toMatchObject({
      sharing: 'shared',
      statusReason: 'Started on Monday',
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('closes an open conflict on a field it puts back', async () => {
    const { db, server, repo, engine } = world();
    const id = crypto.randomUUID();
    server.write(
      'appointment',
      id,
      { at: '2026-12-01T10:00:00.000Z', place: 'Jobcentre', source: 'coach' },
      coachClock.tick(),
    );
    await engine.syncOnce();
    await db.conflicts.put({
      id: `appointment:${id}:place`,
      recordKind: 'appointment',
      recordId: id,
      field: 'place',
      localValue: 'Library',
      remoteValue: 'Jobcentre',
      foundAt: 1,
    });
    await repo.saveFields('appointment', id, { place: 'Library' });
    await engine.syncOnce();
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.appointments.get(id)).toMatchObject({ place: 'Jobcentre' });
  });
});
