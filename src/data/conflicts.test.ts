// Choosing between two changes: keeping mine writes it again (record, outbox and a newer clock)
// and removes the conflict in one transaction; keeping the other writes only what is needed;
// a failure changes nothing; and a kept choice reaches the server and stays there.
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from './testDb';
import { createRepository } from './repository';
import { countConflictsFor, readConflicts, resolveConflict } from './conflicts';
import { createClock, compareHlc } from '../domain/hlc';
import { createSyncEngine } from '../sync/engine';
import { FakeSyncServer } from '../sync/fakeServer';

const credentials = async () => ({ deviceId: crypto.randomUUID(), token: 'device-token' });
const coachClock = createClock('coach.test', { now: () => Date.now() + 60_000 });

/** A phone with one action whose text the coach changed while the phone changed it too. */
async function withConflict() {
  const db = freshDb();
  const server = new FakeSyncServer();
  const repository = createRepository(db);
  const engine = createSyncEngine({ db, transport: server.transport(), credentials });
  const id = await repository.createRecord('action', { text: 'Ring the GP' });
  await engine.syncOnce();
  await repository.saveFields('action', id, { text: 'Ring the GP on Monday' });
  server.write('action', id, { text: 'Ring the GP surgery' }, coachClock.tick());
  await engine.syncOnce();
  const conflictId = `action:${id}:text`;
  expect(await db.conflicts.get(conflictId)).toBeDefined();
  return { db, server, repository, engine, id, conflictId };
}

describe('conflicts', () => {
  it('lists open conflicts with their records and counts them per record', async () => {
    const { db, id } = await withConflict();
    const list = await readConflicts(db);
    expect(list).toHaveLength(1);
    expect(list[0]?.record).toMatchObject({ id, text: 'Ring the GP surgery' });
    expect(await countConflictsFor('action', id, db)).toBe(1);
    expect(await countConflictsFor('fourSteps', id, db)).toBe(0);
  });

  it('keeps mine: writes it again with a newer clock, in the outbox, and it wins on the server', async () => {
    const { db, server, repository, engine, id, conflictId } = await withConflict();
    const remoteHlc = (await db.conflicts.get(conflictId))?.remoteHlc ?? '';
    expect(await resolveConflict(conflictId, 'mine', { database: db, repository })).toBe(true);
    const record = await db.actions.get(id);
    expect(record?.text).toBe('Ring the GP on Monday');
    expect(compareHlc(record?.fieldClocks.text ?? '', remoteHlc)).toBe(1);
    expect(await db.outbox.toArray()).toMatchObject([
      { recordKind: 'action', recordId: id, fields: { text: 'Ring the GP on Monday' } },
    ]);
    expect(await db.conflicts.count()).toBe(0);

    await engine.syncOnce();
    expect((server.records.get(`action:${id}`)?.record as { text?: string }).text).toBe(
      'Ring the GP on Monday',
    );
    expect(await db.conflicts.count()).toBe(0);
  });

  it('keeps the other change: removes the conflict and sends nothing when it already stands', async () => {
    const { db, repository, id, conflictId } = await withConflict();
    expect(await resolveConflict(conflictId, 'theirs', { database: db, repository })).toBe(true);
    expect((await db.actions.get(id))?.text).toBe('Ring the GP surgery');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
    // Choosing again (say, in another tab) finds nothing to do.
    expect(await resolveConflict(conflictId, 'theirs', { database: db, repository })).toBe(false);
  });

  it('keeps the other change even after a newer local edit, by writing it again', async () => {
    const { db, repository, id, conflictId } = await withConflict();
    await repository.saveFields('action', id, { text: 'Something else' }); // not sent yet
    await resolveConflict(conflictId, 'theirs', { database: db, repository });
    expect((await db.actions.get(id))?.text).toBe('Ring the GP surgery');
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)).toMatchObject({ fields: { text: 'Ring the GP surgery' } });
  });

  it('changes nothing if the choice cannot be completed', async () => {
    const { db, repository, id, conflictId } = await withConflict();
    const before = await db.actions.get(id);
    const failing = vi.spyOn(db.conflicts, 'delete').mockRejectedValueOnce(new Error('disk'));
    await expect(
      resolveConflict(conflictId, 'mine', { database: db, repository }),
    ).rejects.toThrow();
    failing.mockRestore();
    expect(await db.actions.get(id)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.conflicts.get(conflictId)).toBeDefined();
  });
});
