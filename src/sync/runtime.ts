/**
 * Starts syncing when this phone is connected to a coach. Loaded just after the first paint;
 * the engine itself (and its schemas) loads only for connected phones.
 */
import { db } from '../data/db';
import { readConnection } from './connection';
import { setSyncStatus } from './status';

let stopActive: (() => void) | undefined;

/** Starts (or restarts after pairing) the sync loop if this phone is connected. */
export async function startSync(): Promise<void> {
  const connection = await readConnection();
  stopActive?.();
  stopActive = undefined;
  if (!connection) {
    // Changes to check from before disconnecting still need a choice.
    const conflicts = await db.conflicts.count();
    setSyncStatus({
      connected: false,
      waiting: 0,
      lastSentAt: undefined,
      problem: undefined,
      conflicts,
    });
    return;
  }
  const { runSync } = await import('./active');
  stopActive = runSync();
}

export function stopSync(): void {
  stopActive?.();
  stopActive = undefined;
}
