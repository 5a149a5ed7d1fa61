/**
 * The home page's task statuses without Dexie in the first bundle: the database code loads
 * just after the first paint (it is precached, so this works offline too), then a live query
 * keeps the statuses current. Keeps the first screen's JavaScript within budget.
 */
import { useEffect, useState } from 'react';
import type { TaskStatuses } from './taskStatus';

export function useDeferredTaskStatuses(): TaskStatuses | undefined {
  const [statuses, setStatuses] = useState<TaskStatuses>();
  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    void import('./taskStatusLive').then(({ observeTaskStatuses }) => {
      if (!live) return;
      subscription = observeTaskStatuses().subscribe({
        next: setStatuses,
        error: (error: unknown) => console.error('Could not read task statuses', error),
      });
    });
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, []);
  return statuses;
}

/** Registers a version-change callback once the database code has loaded. */
export function onDeferredVersionChange(callback: () => void): () => void {
  let unsubscribe: (() => void) | undefined;
  let live = true;
  void import('./db').then(({ onVersionChange }) => {
    if (live) unsubscribe = onVersionChange(callback);
  });
  return () => {
    live = false;
    unsubscribe?.();
  };
}
