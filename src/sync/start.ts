/**
 * The first screen's check whether to sync, without loading the database code: a phone that
 * is not connected to a coach (most, and every phone on first use) never loads Dexie or the
 * sync engine on the home page. A connected phone starts the sync loop (runtime.ts) just after
 * the first paint. Changes to check left from before disconnecting are still counted.
 */
import { readStores } from '../data/quickRead';
import { setSyncStatus } from './status';

export async function startSyncIfConnected(): Promise<void> {
  const { meta = [], conflicts = [] } = await readStores(['meta', 'conflicts']);
  const connected = (meta as { key?: unknown }[]).some((row) => row.key === 'connection');
  if (!connected) {
    setSyncStatus({
      connected: false,
      waiting: 0,
      lastSentAt: undefined,
      problem: undefined,
      conflicts: conflicts.length,
    });
    return;
  }
  const { startSync } = await import('./runtime');
  await startSync();
}
