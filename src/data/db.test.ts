// Database schema and the version-change hand-off between tabs.
import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { RECORD_KINDS } from '../domain/records';
import { TABLE_FOR_KIND, db, onVersionChange } from './db';
import { freshDb } from './testDb';

describe('WaymarkDB', () => {
  it('has one table per record kind plus outbox, meta and conflicts, with the expected keys', async () => {
    const database = freshDb();
    await database.open();
    const names = database.tables.map((t) => t.name).sort();
    expect(names).toEqual([...Object.values(TABLE_FOR_KIND), 'conflicts', 'meta', 'outbox'].sort());
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
    newer.version(3).stores({ meta: 'key', extra: 'id' });
    await newer.open(); // would be blocked forever if the old connection stayed open
    expect(listener).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(database.isOpen()).toBe(false);
    off();
    newer.close();
    warn.mockRestore();
  });
});
