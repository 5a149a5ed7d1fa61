import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type WaymarkDB } from './db';
import { readMetaValue, readStores } from './quickRead';

let n = 0;
const opened: WaymarkDB[] = [];
const freshName = () => `quick-read-${++n}-${Math.random().toString(36).slice(2)}`;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('reading the local database without Dexie', () => {
  it('reads what Dexie wrote, store by store, in one go', async () => {
    const name = freshName();
    const db = createDb(name);
    opened.push(db);
    await db.actions.put({
      id: '00000000-0000-4000-8000-000000000001',
      created: '2026-01-01T00:00:00.000Z',
      updated: '001767225600000-0000-phone',
      deleted: false,
      fieldClocks: {},
      text: 'Call the GP',
      sharing: 'shared',
      requirement: 'voluntary',
      status: 'toDo',
    });
    await db.meta.put({ key: 'deviceId', value: 'device-1' });
    const contents = await readStores(['actions', 'aboutMe', 'noSuchStore'], { name });
    expect(contents.actions).toHaveLength(1);
    expect((contents.actions?.[0] as { text: string }).text).toBe('Call the GP');
    expect(contents.aboutMe).toEqual([]);
    expect(contents.noSuchStore).toEqual([]);
    await expect(readMetaValue('deviceId', { name })).resolves.toBe('device-1');
    await expect(readMetaValue('connection', { name })).resolves.toBeUndefined();
    // Dexie still works with the database afterwards (the read closed its connection).
    await db.actions.update('00000000-0000-4000-8000-000000000001', { status: 'done' });
    expect((await db.actions.toArray())[0]?.status).toBe('done');
  });

  it('answers "nothing yet" for a database that does not exist, without creating it', async () => {
    const name = freshName();
    await expect(readStores(['actions', 'meta'], { name })).resolves.toEqual({
      actions: [],
      meta: [],
    });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
    // Dexie then creates it with its own versions as usual.
    const db = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(db.tables.map((t) => t.name)).toContain('actions');
  });

  it('does not stand in the way of an upgrade from another tab', async () => {
    const name = freshName();
    const db = createDb(name);
    opened.push(db);
    await db.open();
    db.close();
    // A read and a newer version opening at the same time both finish.
    const read = readStores(['actions'], { name });
    const upgrade = new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1000);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(Promise.all([read, upgrade])).resolves.toBeDefined();
  });
});
