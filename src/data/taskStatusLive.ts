// A Dexie live query of every task's status (see taskStatus.ts); loaded on demand.
import { liveQuery, type Observable } from 'dexie';
import { readTaskStatuses, type TaskStatuses } from './taskStatus';
import { db as defaultDb, type WaymarkDB } from './db';

export function observeTaskStatuses(database: WaymarkDB = defaultDb): Observable<TaskStatuses> {
  return liveQuery(() => readTaskStatuses(database));
}
