import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type WaymarkDB } from './db';
import { readTaskStatuses } from './taskStatus';
import { readCoachSummary } from './coachSummary';
import { readHomeData, watchHomeData, type HomeData } from './homeData';

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

async function fill(db: WaymarkDB) {
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
  await db.journalEntries.put({
    ...base(4, '2026-11-02T09:00:00.000Z'),
    author: 'coach',
    text: 'Hi',
  });
  await db.appointments.put({
    ...base(5, '2026-11-02T09:00:00.000Z'),
    at: '2026-12-03T10:30:00.000Z',
    how: 'phone',
    status: 'booked',
    source: 'coach',
  });
  await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
}

describe('the home page read without Dexie', () => {
  it('gives the same statuses and coach summary as the Dexie readers', async () => {
    const name = `home-data-${Math.random().toString(36).slice(2)}`;
    const db = createDb(name);
    opened.push(db);
    const now = new Date('2026-11-24T10:00:00Z');
    await db.open();
    const empty = await readHomeData({ name, now });
    expect(empty.statuses).toEqual(await readTaskStatuses(db, () => now));
    expect(empty.coach).toEqual(await readCoachSummary(db, now.getTime()));
    expect(empty.coach.connected).toBe(false);

    await fill(db);
    const full = await readHomeData({ name, now });
    expect(full.statuses).toEqual(await readTaskStatuses(db, () => now));
    expect(full.coach).toEqual(await readCoachSummary(db, now.getTime()));
    expect(full.coach).toMatchObject({ connected: true, unread: 1 });
    expect(full.coach.next?.at).toBe('2026-12-03T10:30:00.000Z');
  });

  it('reads again after a write in this tab', async () => {
    // watchHomeData reads the default database, as the app does.
    const db = createDb();
    opened.push(db);
    await db.open();
    const seen: HomeData[] = [];
    const stop = watchHomeData((data) => seen.push(data));
    try {
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]?.coach.connected).toBe(false);
      await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
      await expect.poll(() => seen.at(-1)?.coach.connected).toBe(true);
    } finally {
      stop();
    }
  });

  it('reads the notices of refused changes, with the action’s words and whether it is there', async () => {
    const name = `home-data-${Math.random().toString(36).slice(2)}`;
    const db = createDb(name);
    opened.push(db);
    await db.open();
    await fill(db);
    const action = base(3, '2026-11-01T09:00:00.000Z').id;
    const gone = base(9, '2026-11-01T09:00:00.000Z').id;
    await db.meta.put({
      key: 'refusedChanges',
      value: [
        { recordKind: 'action', recordId: action, code: 'requirementHidden', at: 1 },
        { recordKind: 'appointment', recordId: gone, code: 'coachOnly', at: 2 },
      ],
    });
    const { refused } = await readHomeData({ name });
    expect(refused).toEqual([
      {
        recordKind: 'action',
        recordId: action,
        code: 'requirementHidden',
        at: 1,
        text: 'CV',
        exists: true,
      },
      {
        recordKind: 'appointment',
        recordId: gone,
        code: 'coachOnly',
        at: 2,
        text: '',
        exists: false,
      },
    ]);
  });
});
