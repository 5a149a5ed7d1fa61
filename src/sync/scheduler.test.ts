// The sync scheduler with a fake clock: debounced change syncs, periodic runs, back-off with
// jitter on failures that may pass, no retries for ones that will not, and one run at a time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncError, type SyncEngine, type SyncOutcome } from './engine';
import { createSyncScheduler, retryDelay } from './scheduler';

const ok: SyncOutcome = { sent: 0, acked: 0, received: 0, conflicts: 0, more: false };

function engineFrom(results: (SyncOutcome | Error)[]): SyncEngine & { calls: number } {
  const engine = {
    calls: 0,
    async syncOnce() {
      const result = results[Math.min(engine.calls, results.length - 1)];
      engine.calls += 1;
      if (result instanceof Error) throw result;
      return result ?? ok;
    },
  };
  return engine;
}

describe('retryDelay', () => {
  it('doubles from the base, is capped, and keeps half of it fixed', () => {
    expect(retryDelay(1, 2000, 300_000, 0)).toBe(1000);
    expect(retryDelay(1, 2000, 300_000, 1)).toBe(2000);
    expect(retryDelay(3, 2000, 300_000, 1)).toBe(8000);
    expect(retryDelay(20, 2000, 300_000, 1)).toBe(300_000);
    expect(retryDelay(20, 2000, 300_000, 0)).toBe(150_000);
  });
});

describe('createSyncScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for typing to stop before syncing a change, then syncs periodically', async () => {
    const engine = engineFrom([ok]);
    const scheduler = createSyncScheduler({ engine, isOnline: () => true, periodicMs: 60_000 });
    scheduler.request('change');
    await vi.advanceTimersByTimeAsync(1_000);
    scheduler.request('change');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(engine.calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.calls).toBe(2);
    scheduler.stop();
  });

  it('retries a lost connection with growing, jittered delays, then recovers', async () => {
    const offline = new SyncError('offline', 'no connection');
    const engine = engineFrom([offline, offline, ok]);
    const states: string[] = [];
    const scheduler = createSyncScheduler({
      engine,
      isOnline: () => true,
      random: () => 1,
      baseRetryMs: 1_000,
      onState: (s) => states.push(s.kind),
    });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(engine.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(engine.calls).toBe(3);
    expect(scheduler.state().kind).toBe('idle');
    expect(states).toContain('waitingToRetry');
    scheduler.stop();
  });

  it('does not retry when the phone is not connected to a coach or the token was revoked', async () => {
    const engine = engineFrom([new SyncError('unauthorized', 'revoked')]);
    const scheduler = createSyncScheduler({ engine, isOnline: () => true });
    await scheduler.runNow();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(engine.calls).toBe(1);
    expect(scheduler.state()).toMatchObject({ kind: 'stopped', error: { kind: 'unauthorized' } });
  });

  it('runs again straight away while the server says there is more', async () => {
    const engine = engineFrom([{ ...ok, more: true }, { ...ok, more: true }, ok]);
    const scheduler = createSyncScheduler({ engine, isOnline: () => true });
    await scheduler.runNow();
    expect(engine.calls).toBe(3);
    scheduler.stop();
  });

  it('never runs two round trips at once', async () => {
    let release: () => void = () => undefined;
    let active = 0;
    let most = 0;
    const engine: SyncEngine = {
      async syncOnce() {
        active += 1;
        most = Math.max(most, active);
        await new Promise<void>((resolve) => (release = resolve));
        active -= 1;
        return ok;
      },
    };
    const scheduler = createSyncScheduler({ engine, isOnline: () => true });
    const first = scheduler.runNow();
    scheduler.request('online');
    scheduler.request('manual');
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await first;
    expect(most).toBe(1);
    scheduler.stop();
  });

  it('waits while the browser is offline', async () => {
    const engine = engineFrom([ok]);
    let online = false;
    const scheduler = createSyncScheduler({ engine, isOnline: () => online });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.calls).toBe(0);
    online = true;
    scheduler.request('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.calls).toBe(1);
    scheduler.stop();
  });
});
