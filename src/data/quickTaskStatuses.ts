/**
 * The home page's task statuses from a Dexie-free read (quickRead.ts), kept current after each
 * change in this tab and when the tab comes back into view (changeSignal.ts). Same rules as
 * taskStatus.ts (domain/tasks.ts taskStatusFor).
 */
import { useEffect, useState } from 'react';
import { TASK_IDS, TASK_RECORD_KIND, taskStatusFor } from '../domain/tasks';
import { localIsoDate } from '../domain/dates';
import { TABLE_FOR_KIND } from './dbName';
import { onDataChanged } from './changeSignal';
import { readStores } from './quickRead';
import type { TaskStatuses } from './taskStatus';

export async function readTaskStatusesQuickly(
  options: { name?: string; factory?: IDBFactory; now?: Date } = {},
): Promise<TaskStatuses> {
  const tables = TASK_IDS.map((id) => TABLE_FOR_KIND[TASK_RECORD_KIND[id]]);
  const contents = await readStores(tables, options);
  const today = localIsoDate(options.now ?? new Date());
  return Object.fromEntries(
    TASK_IDS.map((id, i) => [
      id,
      taskStatusFor(id, (contents[tables[i] as string] ?? []) as never[], today),
    ]),
  ) as TaskStatuses;
}

/** Every task's status; undefined until the first read. */
export function useQuickTaskStatuses(): TaskStatuses | undefined {
  const [statuses, setStatuses] = useState<TaskStatuses>();
  useEffect(() => {
    let live = true;
    let reading = false;
    let again = false;
    const read = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      readTaskStatusesQuickly()
        .then((next) => {
          if (live) setStatuses(next);
        })
        .catch((error: unknown) => console.error('Could not read task statuses', error))
        .finally(() => {
          reading = false;
          if (again && live) {
            again = false;
            read();
          }
        });
    };
    read();
    const stop = onDataChanged(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return statuses;
}
