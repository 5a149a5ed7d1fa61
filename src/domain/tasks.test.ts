// Task list statuses from records.
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { applyFields } from './merge';
import type { RecordKind } from './records';
import { TASKS, TASK_RECORD_KIND, findTask, taskStatusFor } from './tasks';

const T0 = 1_764_000_000_000;
let n = 0;
function record(kind: RecordKind, fields: Record<string, unknown>, wall = T0) {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return applyFields(undefined, {
    kind,
    id,
    fields,
    hlc: formatHlc({ wall, counter: 0, node: 'd' }),
  });
}

describe('taskStatusFor', () => {
  it('is not started with no records or only deleted ones', () => {
    expect(taskStatusFor('aboutMe', [])).toEqual({ status: 'notStarted' });
    expect(taskStatusFor('aboutMe', [record('aboutMe', { enjoy: 'x', deleted: true })])).toEqual({
      status: 'notStarted',
    });
  });

  it('is not started when nothing has been answered yet', () => {
    const blank = record('aboutMe', { enjoy: '  ', sharing: 'shared', completedAt: null });
    expect(taskStatusFor('aboutMe', [blank]).status).toBe('notStarted');
    const emptyScores = record('checkIn', { scores: {} });
    expect(taskStatusFor('checkIns', [emptyScores]).status).toBe('notStarted');
  });

  it('is in progress once a question is answered, done once marked done', () => {
    const draft = record('aboutMe', { enjoy: 'Fishing' }, T0 + 5000);
    expect(taskStatusFor('aboutMe', [draft])).toEqual({
      status: 'inProgress',
      lastChanged: T0 + 5000,
    });
    const done = record('aboutMe', { status: 'done' }, T0 + 9000);
    expect(taskStatusFor('aboutMe', [draft, done])).toEqual({
      status: 'done',
      lastChanged: T0 + 9000,
    });
  });

  it('applies the same rule to values, 4 steps and check-ins', () => {
    expect(taskStatusFor('values', [record('values', { chosen: [{ id: 'family' }] })]).status).toBe(
      'inProgress',
    );
    expect(
      taskStatusFor('fourSteps', [record('fourSteps', { ifThen: { if: 'rain' } })]).status,
    ).toBe('inProgress');
    expect(taskStatusFor('fourSteps', [record('fourSteps', { ifThen: {} })]).status).toBe(
      'notStarted',
    );
    const scored = record('checkIn', { scores: { money: { kind: 'skipped' } } });
    expect(taskStatusFor('checkIns', [scored]).status).toBe('inProgress');
    expect(taskStatusFor('checkIns', [record('checkIn', { status: 'done' })]).status).toBe('done');
  });

  it('tracks the action plan by its actions', () => {
    const todo = record('action', {});
    const done = record('action', { status: 'done' });
    const dropped = record('action', { status: 'dropped', statusReason: 'Moved house' });
    expect(taskStatusFor('actionPlan', [todo]).status).toBe('inProgress');
    expect(taskStatusFor('actionPlan', [todo, done]).status).toBe('inProgress');
    expect(taskStatusFor('actionPlan', [done, dropped]).status).toBe('done');
    const deletedTodo = record('action', { deleted: true });
    expect(taskStatusFor('actionPlan', [done, deletedTodo]).status).toBe('done');
  });

  it('keeps My 4 Steps in progress while a new goal is being written after a finished one', () => {
    const finished = record('fourSteps', { goal: 'Walk to the shop', status: 'done' });
    const fresh = record('fourSteps', { status: 'draft' });
    const writing = record('fourSteps', { goal: 'Phone a friend', status: 'draft' });
    expect(taskStatusFor('fourSteps', [finished]).status).toBe('done');
    expect(taskStatusFor('fourSteps', [finished, fresh]).status).toBe('done');
    expect(taskStatusFor('fourSteps', [finished, writing]).status).toBe('inProgress');
    expect(taskStatusFor('fourSteps', [fresh]).status).toBe('notStarted');
    expect(taskStatusFor('fourSteps', [writing]).status).toBe('inProgress');
  });

  it('counts open actions due in the next 7 days when given today', () => {
    const soon = record('action', { due: '2027-03-12' });
    const later = record('action', { due: '2027-04-30' });
    const doneSoon = record('action', { due: '2027-03-11', status: 'done' });
    const passed = record('action', { due: '2027-03-01' });
    const progress = taskStatusFor('actionPlan', [soon, later, doneSoon, passed], '2027-03-10');
    expect(progress.status).toBe('inProgress');
    expect(progress.dueSoon).toBe(1);
    expect(taskStatusFor('actionPlan', [later], '2027-03-10').dueSoon).toBeUndefined();
    expect(taskStatusFor('actionPlan', [soon]).dueSoon).toBeUndefined();
    expect(
      taskStatusFor('aboutMe', [record('aboutMe', { enjoy: 'x' })], '2027-03-10'),
    ).not.toHaveProperty('dueSoon');
  });

  it('marks feedback done once any is sent', () => {
    const draft = record('feedback', { helpful: 3 });
    expect(taskStatusFor('feedback', [draft]).status).toBe('inProgress');
    expect(taskStatusFor('feedback', [draft, record('feedback', { status: 'sent' })]).status).toBe(
      'done',
    );
  });

  it('reports the latest change, including the created date', () => {
    const r = {
      ...record('aboutMe', { enjoy: 'x' }, T0),
      created: new Date(T0 + 60_000).toISOString(),
    };
    expect(taskStatusFor('aboutMe', [r]).lastChanged).toBe(T0 + 60_000);
  });
});

describe('tasks', () => {
  it('maps every task to a record kind and finds tasks by id', () => {
    for (const task of TASKS) expect(TASK_RECORD_KIND[task.id]).toBeTruthy();
    expect(findTask('checkIns').path).toBe('/check-ins');
  });
});
