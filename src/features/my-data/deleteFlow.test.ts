// "Delete everything" from the phone's side: with the server step, the server is asked first
// and the phone's copy goes only once it said yes; offline or when the server fails, nothing on
// the phone changes and sync starts again; a lost answer can be asked again. Without it, a
// connected phone is disconnected and its copy deleted.
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../data/testDb';
import { createRepository } from '../../data/repository';
import type { WaymarkDB } from '../../data/db';
import { readConnection } from '../../sync/connection';
import { deleteEverything } from './deleteFlow';

async function connectedPhone(): Promise<{ db: WaymarkDB; actionId: string }> {
  const db = freshDb();
  await db.meta.put({ key: 'connection', value: { deviceId: 'd-1', token: 't-1', pairedAt: 1 } });
  const actionId = await createRepository(db).createRecord('action', { text: 'Call the college' });
  return { db, actionId };
}

function server(status: number) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (url) => {
    calls.push(String(url));
    return new Response(JSON.stringify(status === 200 ? { deleted: true } : {}), { status });
  };
  return { calls, fetchImpl };
}

function syncSpy() {
  const events: string[] = [];
  return {
    events,
    pauseSync: () => events.push('pause'),
    resumeSync: () => events.push('resume'),
  };
}

async function untouched(db: WaymarkDB, actionId: string): Promise<void> {
  expect((await db.actions.get(actionId))?.text).toBe('Call the college');
  expect(await db.outbox.count()).toBeGreaterThan(0);
  expect(await readConnection(db)).toMatchObject({ token: 't-1' });
}

describe('delete everything, and ask the work coach service too', () => {
  it('asks the server first, then deletes the phone’s copy and its connection', async () => {
    const { db } = await connectedPhone();
    const { calls, fetchImpl } = server(200);
    const sync = syncSpy();
    const outcome = await deleteEverything({
      alsoServer: true,
      database: db,
      fetchImpl,
      isOnline: () => true,
      ...sync,
    });
    expect(outcome).toEqual({ ok: true, server: true });
    expect(calls).toEqual(['/api/me/delete']);
    expect(sync.events).toEqual(['pause']);
    expect(await db.actions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await readConnection(db)).toBeUndefined();
  });

  it('offline: asks nothing, changes nothing', async () => {
    const { db, actionId } = await connectedPhone();
    const { calls, fetchImpl } = server(200);
    const sync = syncSpy();
    const outcome = await deleteEverything({
      alsoServer: true,
      database: db,
      fetchImpl,
      isOnline: () => false,
      ...sync,
    });
    expect(outcome).toEqual({ ok: false, problem: 'offline' });
    expect(calls).toEqual([]);
    expect(sync.events).toEqual([]);
    await untouched(db, actionId);
  });

  it.each([
    [500, 'server'],
    [429, 'busy'],
    [401, 'notConnected'],
  ] as const)(
    'the server answers %i: %s, nothing on the phone changes, sync starts again',
    async (status, problem) => {
      const { db, actionId } = await connectedPhone();
      const sync = syncSpy();
      const outcome = await deleteEverything({
        alsoServer: true,
        database: db,
        fetchImpl: server(status).fetchImpl,
        isOnline: () => true,
        ...sync,
      });
      expect(outcome).toEqual({ ok: false, problem });
      expect(sync.events).toEqual(['pause', 'resume']);
      await untouched(db, actionId);
    },
  );

  it('the connection drops on the way: nothing changes, and asking again finishes it', async () => {
    const { db, actionId } = await connectedPhone();
    const dropped: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const first = await deleteEverything({
      alsoServer: true,
      database: db,
      fetchImpl: dropped,
      isOnline: () => true,
    });
    expect(first).toEqual({ ok: false, problem: 'offline' });
    await untouched(db, actionId);
    // The server had already deleted; it answers the repeat with the same 200.
    const again = await deleteEverything({
      alsoServer: true,
      database: db,
      fetchImpl: server(200).fetchImpl,
      isOnline: () => true,
    });
    expect(again).toEqual({ ok: true, server: true });
    expect(await db.actions.count()).toBe(0);
  });
});

describe('delete everything on this phone only', () => {
  it('disconnects a connected phone and deletes its copy, without asking for deletion', async () => {
    const { db } = await connectedPhone();
    const { calls, fetchImpl } = server(200);
    const outcome = await deleteEverything({ alsoServer: false, database: db, fetchImpl });
    expect(outcome).toEqual({ ok: true, server: false });
    expect(calls).toEqual(['/api/devices/d-1/revoke']);
    expect(await db.actions.count()).toBe(0);
    expect(await readConnection(db)).toBeUndefined();
  });

  it('works offline too', async () => {
    const { db } = await connectedPhone();
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const outcome = await deleteEverything({
      alsoServer: false,
      database: db,
      fetchImpl: offline,
      isOnline: () => false,
    });
    expect(outcome).toEqual({ ok: true, server: false });
    expect(await db.actions.count()).toBe(0);
  });
});
