// Database schema and the version-change hand-off between tabs.
import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { RECORD_KINDS } from '../domain/records';
import { TABLE_FOR_KIND, createDb, db, onVersionChange } from './db';
import { freshDb } from './testDb';

describe('WaymarkDB', () => {
  it('has one table per record kind plus outbox, meta, conflicts and sent, with the expected keys', async () => {
    const database = freshDb();
    await database.open();
    const names = database.tables.map((t) => t.name).sort();
    expect(names).toEqual(
      [...Object.values(TABLE_FOR_KIND), 'conflicts', 'meta', 'outbox', 'sent'].sort(),
    );
    expect(database.sent.schema.primKey.keyPath).toBe('key');
    for (const kind of RECORD_KINDS) {
      expect(database.recordTable(kind).schema.primKey.keyPath).toBe('id');
    }
    expect(database.outbox.schema.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(database.outbox.schema.idxByName.mutationId?.unique).toBe(true);
    expect(Object.keys(database.actions.schema.idxByName)).toEqual(
      expect.arrayContaining(['updated', 'status', 'due', 'review']),
    );
    expect(Object.keys(database.checkIns.schema.idxByName)).toContain('takenAt');
    expect(Object.keys(database.appointments.schema.idxByName)).toContain('at');
  });

  it('upgrades a version 2 database to the latest keeping every record, mutation and conflict', async () => {
    const name = `waymark-test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({
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
    old.version(2).stores({ conflicts: 'id, recordKind, recordId' });
    await old.open();
    await old.table('actions').put({ id: 'a1', text: 'Ring the GP' });
    await old.table('outbox').add({ mutationId: 'm1', recordKind: 'action', recordId: 'a1' });
    await old.table('conflicts').put({ id: 'action:a1:text', recordId: 'a1' });
    old.close();

    const upgraded = createDb(name);
    try {
      await upgraded.open();
      expect(upgraded.verno).toBe(4);
      expect(await upgraded.actions.get('a1')).toMatchObject({ text: 'Ring the GP' });
      expect(await upgraded.outbox.count()).toBe(1);
      expect(await upgraded.conflicts.count()).toBe(1);
      expect(await upgraded.sent.count()).toBe(0);
      expect(await upgraded.appointmentPacks.count()).toBe(0);
    } finally {
      await upgraded.delete();
    }
  });

  it('names the default database waymark', () => {
    expect(db.name).toBe('waymark');
  });

  it('closes and calls back when another tab opens a newer version', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = freshDb();
    await database.outbox.count(); // opens the connection
    const listener = vi.fn();
    const removed = vi.fn();
    const off = onVersionChange(listener);
    onVersionChange(removed)();

    const newer = new Dexie(database.name);
    newer.version(database.verno + 1).stores({ meta: 'key', extra: 'id' });
    await newer.open(); // would be blocked forever if the old connection stayed open
    expect(listener).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(database.isOpen()).toBe(false);
    off();
    newer.close();
    warn.mockRestore();
  });
});
