/**
 * One sync round at a time across every tab and the service worker: each round runs inside the
 * Web Lock `waymark-sync`, so the page and the worker's Background Sync never pull and apply
 * the same changes at the same moment (the protocol is idempotent, but two rounds reading one
 * cursor would both apply the same pulled records). Where Web Locks are missing, the round
 * just runs: one tab alone cannot race itself (its scheduler runs one round at a time).
 */
import type { SyncEngine } from './engine';

export const SYNC_LOCK = 'waymark-sync';

type Locks = Pick<LockManager, 'request'>;

function defaultLocks(): Locks | undefined {
  return (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
}

export function withSyncLock<T>(run: () => Promise<T>, locks = defaultLocks()): Promise<T> {
  if (!locks) return run();
  return locks.request(SYNC_LOCK, () => run());
}

/** The same engine, each round inside the lock. */
export function lockedEngine(engine: SyncEngine, locks = defaultLocks()): SyncEngine {
  return { syncOnce: () => withSyncLock(() => engine.syncOnce(), locks) };
}
