// Live task statuses from the local database.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { TASK_IDS } from '../domain/tasks';
import { createRepository } from './repository';
import { createSaveStatusStore } from './saveStatus';
import { readTaskStatuses, useTaskStatuses } from './taskStatus';
import { freshDb } from './testDb';

const T0 = 1_764_000_000_000;

describe('task statuses', () => {
  it('starts with every task not started', async () => {
    const statuses = await readTaskStatuses(freshDb());
    expect(Object.keys(statuses)).toEqual([...TASK_IDS]);
    for (const id of TASK_IDS) expect(statuses[id]).toEqual({ status: 'notStarted' });
  });

  it('reads each task from its own records', async () => {
    const database = freshDb();
    const repo = createRepository(database, { now: () => T0, status: createSaveStatusStore() });
    await repo.createRecord('aboutMe', { enjoy: 'Music' });
    const action = await repo.createRecord('action', { text: 'Apply for a bus pass' });
    await repo.saveFields('action', action, { status: 'done' });
    await repo.createRecord('feedback', { helpful: 5, status: 'sent' });
    const statuses = await readTaskStatuses(database);
    expect(statuses.aboutMe).toEqual({ status: 'inProgress', lastChanged: T0 });
    expect(statuses.actionPlan.status).toBe('done');
    expect(statuses.feedback.status).toBe('done');
    expect(statuses.values.status).toBe('notStarted');
  });

  it("counts actions due soon from the device's date", async () => {
    const database = freshDb();
    const repo = createRepository(database, { now: () => T0, status: createSaveStatusStore() });
    await repo.createRecord('action', { text: 'Phone the council', due: '2027-03-12' });
    await repo.createRecord('action', { text: 'Book a course', due: '2027-06-01' });
    const statuses = await readTaskStatuses(database, () => new Date(2027, 2, 10, 9));
    expect(statuses.actionPlan).toMatchObject({ status: 'inProgress', dueSoon: 1 });
    const later = await readTaskStatuses(database, () => new Date(2027, 4, 28, 9));
    expect(later.actionPlan).toMatchObject({ dueSoon: 1 });
    const none = await readTaskStatuses(database, () => new Date(2027, 6, 1, 9));
    expect(none.actionPlan.dueSoon).toBeUndefined();
  });

  it('useTaskStatuses is undefined while loading, then follows changes', async () => {
    const database = freshDb();
    const repo = createRepository(database, { status: createSaveStatusStore() });
    const { result } = renderHook(() => useTaskStatuses(database));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.checkIns.status).toBe('notStarted'));
    await act(async () => {
      await repo.createRecord('checkIn', {
        status: 'done',
        scores: { money: { kind: 'score', value: 4 } },
      });
    });
    await waitFor(() => expect(result.current?.checkIns.status).toBe('done'));
  });
});
