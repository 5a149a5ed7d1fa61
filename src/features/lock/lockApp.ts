/**
 * The PIN lock's actions as the app needs them (the design is in data/lock/pin.ts):
 * - unlocking writes back any typing a previous visit left unsaved (sealed until now) before
 *   the page shows, so every form opens with it, then starts the idle watch (idleLock.ts);
 * - locking stops the sync loop and waits for a sync round under way before the key goes, so
 *   nothing half sent or half applied is left (a round cut short would be safe anyway: the
 *   server's answer is applied in one transaction and mutations are idempotent);
 * - a forgotten PIN deletes Waymark's data on this phone (the same deletion as "Delete
 *   everything on this phone", data/backup.ts) and starts again. While locked the coach
 *   connection's token is sealed, so this phone cannot tell the server it is going; the work
 *   coach can remove it from their side, and anything shared stays with them.
 */
import { lockNow, unlock, type UnlockResult } from '../../data/lock/pin';
import { hasUnsaved } from '../../data/unsavedFlag';

export async function unlockApp(pin: string): Promise<UnlockResult> {
  const result = await unlock(pin, {
    beforeOpen: async () => {
      if (!hasUnsaved()) return;
      const { recoverUnsavedChanges } = await import('../../data/unsavedBackup');
      await recoverUnsavedChanges();
    },
  });
  if (result === 'unlocked') await startIdleWatch();
  return result;
}

/** Locks by itself after the chosen idle time, from now on (idleLock.ts). */
export async function startIdleWatch(): Promise<void> {
  const { startIdleLock } = await import('./idleLock');
  startIdleLock();
}

export function lockApp(): Promise<void> {
  return lockNow(async () => {
    const [{ stopSync }, { withSyncLock }] = await Promise.all([
      import('../../sync/runtime'),
      import('../../sync/lock'),
    ]);
    stopSync();
    await withSyncLock(() => Promise.resolve());
  });
}

/** Deletes everything on this phone (and the lock); false when that failed. */
export async function deleteForgotten(): Promise<boolean> {
  try {
    const { deleteEverythingHere } = await import('../../data/backup');
    await deleteEverythingHere();
    return true;
  } catch (error) {
    console.error('Could not delete the data on this phone', error);
    return false;
  }
}
