import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type WaymarkDB } from './db';
import { readTaskStatuses } from './taskStatus';
import { readTaskStatusesQuickly } from './quickTaskStatuses';

const opened: WaymarkDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const base = (id: number, created: string) => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  created,
  updated: `${String(Date.parse(created)).padStart(15, '0')}-0000-phone`,
  deleted: false,
  fieldClocks: {},
});

describe('task statuses read without Dexie', () => {
  it('match the ones read through Dexie, for an empty and a busy database', async () => {
    const name = `quick-status-${Math.random().toString(36).slice(2)}`;
    const db = createDb(name);
    opened.push(db);
    const now = new Date('2026-11-24T10:00:00Z');
    await db.open();
    expect(await readTaskStatusesQuickly({ name, now })).toEqual(
      await readTaskStatuses(db, () => now),
    );
    await db.aboutMe.put({
      ...base(1, '2026-10-01T09:00:00.000Z'),
      enjoy: 'Bikes',
      sharing: 'private',
      status: 'draft',
    });
    await db.values.put({
      ...base(2, '2026-10-02T09:00:00.000Z'),
      sharing: 'private',
      status: 'done',
      completedAt: '2026-10-03T09:00:00.000Z',
    });
    await db.actions.put({
      ...base(3, '2026-11-01T09:00:00.000Z'),
      text: 'CV',
      due: '2026-11-26',
      sharing: 'shared',
      requirement: 'voluntary',
      status: 'toDo',
    });
    await db.checkIns.put({
      ...base(4, '2026-11-02T09:00:00.000Z'),
      sharing: 'private',
      status: 'done',
      takenAt: '2026-11-02T09:00:00.000Z',
    });
    const quick = await readTaskStatusesQuickly({ name, now });
    expect(quick).toEqual(await readTaskStatuses(db, () => now));
    expect(Object.values(quick).some((p) => p.status !== 'notStarted')).toBe(true);
  });
});
