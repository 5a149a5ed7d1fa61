/**
 * The running sync loop for a connected phone: the engine over HTTP, the scheduler (start,
 * back online, after saves, every few minutes, on return to the tab), and the status the app
 * shows ("3 changes are waiting to be sent", "Last sent to your coach at 10:42", "1 change
 * needs your choice"). Changes still waiting when a round fails or the tab is hidden are handed
 * to the service worker's Background Sync.
 */
import { liveQuery } from 'dexie';
import { db } from '../data/db';
import { readMeta } from '../data/deviceClock';
import { saveStatus } from '../data/saveStatus';
import { readConnection } from './connection';
import { countSendable, createSyncEngine } from './engine';
import { requestBackgroundSync } from './background';
import { lockedEngine } from './lock';
import { createSyncScheduler } from './scheduler';
import { httpTransport } from './transport';
import { setSyncStatus } from './status';

/** Starts the loop; returns a function that stops it. */
export function runSync(): () => void {
  // Rounds take the Web Lock, so this tab, other tabs and the service worker take turns.
  const engine = lockedEngine(
    createSyncEngine({
      db,
      transport: httpTransport(),
      credentials: () => readConnection(db),
    }),
  );
  let waitingNow = 0;
  const scheduler = createSyncScheduler({
    engine,
    onState: (state) => {
      // A round failed for now (offline, server down): let the service worker send it once
      // the connection is back, even if this tab is closed by then.
      if (state.kind === 'waitingToRetry') void requestBackgroundSync();
      if (state.kind === 'idle') {
        void readMeta(db, 'lastSyncedAt').then((at) =>
          setSyncStatus({ lastSentAt: at, problem: undefined }),
        );
      }
      if (
        state.kind === 'stopped' &&
        (state.error.kind === 'unauthorized' || state.error.kind === 'rejected')
      ) {
        setSyncStatus({ problem: state.error.kind });
      }
    },
  });
  setSyncStatus({ connected: true });
  void readMeta(db, 'lastSyncedAt').then((at) => setSyncStatus({ lastSentAt: at }));
  const waiting = liveQuery(() => countSendable(db)).subscribe({
    next: (count) => {
      waitingNow = count;
      setSyncStatus({ waiting: count });
      if (count > 0 && !navigator.onLine) void requestBackgroundSync();
    },
    error: (error: unknown) => console.error('Could not count waiting changes', error),
  });
  const conflicts = liveQuery(() => db.conflicts.count()).subscribe({
    next: (count) => setSyncStatus({ conflicts: count }),
    error: (error: unknown) => console.error('Could not count changes to check', error),
  });
  let lastSave = saveStatus.get().savedAt;
  const offSave = saveStatus.subscribe(() => {
    const { state, savedAt } = saveStatus.get();
    if (state === 'saved' && savedAt !== lastSave) {
      lastSave = savedAt;
      scheduler.request('change');
    }
  });
  const onOnline = () => scheduler.request('online');
  const onVisible = () => {
    if (document.visibilityState === 'visible') scheduler.request('periodic');
    // Leaving (or closing) the tab with changes still waiting: the worker sends them.
    else if (waitingNow > 0) void requestBackgroundSync();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  scheduler.request('start');
  return () => {
    scheduler.stop();
    waiting.unsubscribe();
    conflicts.unsubscribe();
    offSave();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
