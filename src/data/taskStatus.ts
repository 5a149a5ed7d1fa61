/**
 * The home page's task statuses, live from the local database: re-computed whenever a record
 * of a task's kind changes, with the domain's rules (domain/tasks.ts taskStatusFor).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  TASK_IDS,
  TASK_RECORD_KIND,
  taskStatusFor,
  type TaskId,
  type TaskProgress,
} from '../domain/tasks';
import { localIsoDate } from '../domain/dates';
import { db as defaultDb, type WaymarkDB } from './db';

export type TaskStatuses = Record<TaskId, TaskProgress>;

/**
 * Reads every task's records and works out its status, in one read transaction; the action
 * plan's also counts actions due soon, from the device's date at `now`.
 */
export function readTaskStatuses(
  database: WaymarkDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<TaskStatuses> {
  const tables = TASK_IDS.map((id) => database.recordTable(TASK_RECORD_KIND[id]));
  return database.transaction('r', tables, async () => {
    const lists = await Promise.all(tables.map((table) => table.toArray()));
    const today = localIsoDate(now());
    const entries = TASK_IDS.map(
      (id, i) => [id, taskStatusFor(id, lists[i] ?? [], today)] as const,
    );
    return Object.fromEntries(entries) as TaskStatuses;
  });
}

/** Every task's status and when it last changed; undefined while loading. */
export function useTaskStatuses(database: WaymarkDB = defaultDb): TaskStatuses | undefined {
  return useLiveQuery(() => readTaskStatuses(database), [database]);
}
