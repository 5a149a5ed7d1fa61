/**
 * The claimant's task list: the parts of the Health and Work Conversation workbook, in the
 * order the home page shows them. Paths and ids are stable; words live in locales/.
 * taskStatusFor works out each task's status from the claimant's records.
 */
import { countDueSoon } from './actions';
import type { RecordEnvelope, RecordKind } from './records';

/**
 * The wall-clock milliseconds at the front of a hybrid logical clock stamp (its first 15
 * digits; see hlc.ts), or 0. Read here by hand so the home page's bundle need not carry the
 * whole clock module just for this.
 */
function wallTimeOf(stamp: string | undefined): number {
  const digits = stamp && /^\d{15}-/.test(stamp) ? stamp.slice(0, 15) : '';
  return digits ? Number(digits) : 0;
}

export const TASK_IDS = [
  'aboutMe',
  'values',
  'fourSteps',
  'actionPlan',
  'checkIns',
  'feedback',
] as const;
export type TaskId = (typeof TASK_IDS)[number];

export type TaskStatus = 'notStarted' | 'inProgress' | 'done';

export interface TaskDefinition {
  id: TaskId;
  /** The start page's path in the claimant app. */
  path: string;
  /** My Values is optional in the Health and Work Conversation; the task list says so. */
  optional: boolean;
  /** About how many minutes it takes, shown on the start page. */
  minutes: { min: number; max: number };
}

export const TASKS: readonly TaskDefinition[] = [
  { id: 'aboutMe', path: '/about-me', optional: false, minutes: { min: 10, max: 20 } },
  { id: 'values', path: '/my-values', optional: true, minutes: { min: 5, max: 10 } },
  { id: 'fourSteps', path: '/my-4-steps', optional: false, minutes: { min: 10, max: 15 } },
  { id: 'actionPlan', path: '/action-plan', optional: false, minutes: { min: 5, max: 15 } },
  { id: 'checkIns', path: '/check-ins', optional: false, minutes: { min: 2, max: 5 } },
  { id: 'feedback', path: '/feedback', optional: false, minutes: { min: 1, max: 3 } },
];

export function findTask(id: TaskId): TaskDefinition {
  const task = TASKS.find((t) => t.id === id);
  if (!task) throw new Error(`Unknown task ${id}`);
  return task;
}

/** The record kind each task's status is worked out from. */
export const TASK_RECORD_KIND = {
  aboutMe: 'aboutMe',
  values: 'values',
  fourSteps: 'fourSteps',
  actionPlan: 'action',
  checkIns: 'checkIn',
  feedback: 'feedback',
} as const satisfies Record<TaskId, RecordKind>;

export interface TaskProgress {
  status: TaskStatus;
  /** When any live record of the task last changed (ms since the epoch), for "last changed". */
  lastChanged?: number;
  /** Action plan only: open actions due in the next few days (domain/actions.ts isDueSoon). */
  dueSoon?: number;
}

/** Fields that are bookkeeping or settings, not answers. */
const NOT_ANSWERS = new Set([
  'deleted',
  'sharing',
  'status',
  'requirement',
  'anonymous',
  'proposedBy',
]);

function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(isAnswered);
  return true;
}

function hasAnswer(record: RecordEnvelope): boolean {
  const r = record as RecordEnvelope & Record<string, unknown>;
  return Object.keys(r.fieldClocks).some((f) => !NOT_ANSWERS.has(f) && isAnswered(r[f]));
}

function changedAt(record: RecordEnvelope): number {
  const created = Date.parse(record.created);
  const updated = wallTimeOf(record.updated);
  return Math.max(Number.isNaN(created) ? 0 : created, updated);
}

/**
 * A task's status from the records of its kind (TASK_RECORD_KIND): not started with no live
 * record; done when a record is marked done (actions: all done or dropped; feedback: any sent);
 * in progress when something has been answered (actions: any action at all). My 4 Steps holds
 * several goals: in progress while any unfinished goal has an answer, else done if any is done.
 * Given `today` (YYYY-MM-DD, the device's date), the action plan also counts actions due soon.
 */
export function taskStatusFor(
  taskId: TaskId,
  records: readonly (RecordEnvelope & { status?: string; due?: string | null })[],
  today?: string,
): TaskProgress {
  const live = records.filter((r) => !r.deleted);
  if (live.length === 0) return { status: 'notStarted' };
  const status = ((): TaskStatus => {
    if (taskId === 'actionPlan') {
      return live.every((r) => r.status === 'done' || r.status === 'dropped')
        ? 'done'
        : 'inProgress';
    }
    if (taskId === 'fourSteps') {
      // Several goals: a goal being written makes it "in progress" even after others are done.
      if (live.some((r) => r.status !== 'done' && hasAnswer(r))) return 'inProgress';
      return live.some((r) => r.status === 'done') ? 'done' : 'notStarted';
    }
    const finished = taskId === 'feedback' ? 'sent' : 'done';
    if (live.some((r) => r.status === finished)) return 'done';
    return live.some(hasAnswer) ? 'inProgress' : 'notStarted';
  })();
  if (status === 'notStarted') return { status };
  const progress: TaskProgress = { status, lastChanged: Math.max(...live.map(changedAt)) };
  if (taskId === 'actionPlan' && today !== undefined) {
    const dueSoon = countDueSoon(live, today);
    if (dueSoon > 0) progress.dueSoon = dueSoon;
  }
  return progress;
}
