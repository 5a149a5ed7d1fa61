/**
 * The running sync loop for a connected phone: the engine over HTTP, the scheduler (start,
 * back online, after saves, every few minutes, on return to the tab), and the status the app
 * shows ("3 changes are waiting to be sent", "Last sent to your coach at 10:42").
 */
import { liveQuery } from 'dexie';
import { db } from '../data/db';
import { readMeta } from '../data/deviceClock';
import { saveStatus } from '../data/saveStatus';
import { readConnection } from './connection';
import { countSendable, createSyncEngine } from './engine';
import { createSyncScheduler } from './scheduler';
import { httpTransport } from './transport';
import { setSyncStatus } from './status';

/** Starts the loop; returns a function that stops it. */
export function runSync(): () => void {
  const engine = createSyncEngine({
    db,
    transport: httpTransport(),
    credentials: () => readConnection(db),
  });
  const scheduler = createSyncScheduler({
    engine,
    onState: (state) => {
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
    next: (count) => setSyncStatus({ waiting: count }),
    error: (error: unknown) => console.error('Could not count waiting changes', error),
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
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  scheduler.request('start');
  return () => {
    scheduler.stop();
    waiting.unsubscribe();
    offSave();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
