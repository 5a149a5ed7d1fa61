// The Web Lock around sync rounds: rounds take turns under one name, and without Web Locks a
// round still runs.
import { describe, expect, it } from 'vitest';
import { SYNC_LOCK, lockedEngine, withSyncLock } from './lock';
import type { SyncOutcome } from './engine';

/** A minimal LockManager: one holder per name at a time, the rest queue in order. */
function fakeLocks() {
  const names: string[] = [];
  let tail = Promise.resolve();
  return {
    names,
    request: ((name: string, callback: () => Promise<unknown>) => {
      names.push(name);
      const run = tail.then(() => callback());
      tail = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    }) as unknown as LockManager['request'],
  };
}

const outcome: SyncOutcome = { sent: 0, acked: 0, received: 0, conflicts: 0, more: false };

describe('sync lock', () => {
  it('runs rounds one at a time under the waymark-sync lock', async () => {
    const locks = fakeLocks();
    const events: string[] = [];
    let n = 0;
    const engine = lockedEngine(
      {
        syncOnce: async () => {
          const round = ++n;
          events.push(`start ${round}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          events.push(`end ${round}`);
          return outcome;
        },
      },
      locks,
    );
    await Promise.all([engine.syncOnce(), engine.syncOnce()]);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(locks.names).toEqual([SYNC_LOCK, SYNC_LOCK]);
  });

  it('runs the round directly where Web Locks are missing', async () => {
    expect(await withSyncLock(async () => 42, undefined)).toBe(42);
  });
});
