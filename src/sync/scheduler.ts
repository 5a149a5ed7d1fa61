/**
 * When the sync engine runs: at start, when the browser comes back online, shortly after local
 * changes (debounced), every few minutes while the app is open, and on demand. One round trip
 * at a time; a request during a run queues one more run. Failures that may pass (no connection,
 * a server fault) are retried with exponential back-off and jitter; others (not connected to a
 * coach, token revoked, input refused) wait for the next request. No module state: an instance
 * with injected timers, randomness and online check, so tests drive time.
 */
import { SyncError, type SyncEngine, type SyncOutcome } from './engine';

export type SyncReason = 'start' | 'online' | 'change' | 'periodic' | 'retry' | 'manual';

export type SchedulerState =
  | { kind: 'idle'; lastOutcome?: SyncOutcome }
  | { kind: 'running' }
  | { kind: 'waitingToRetry'; attempt: number; error: SyncError }
  | { kind: 'stopped'; error: SyncError };

export interface SchedulerOptions {
  engine: SyncEngine;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
  isOnline?: () => boolean;
  onState?: (state: SchedulerState) => void;
  changeDebounceMs?: number;
  periodicMs?: number;
  baseRetryMs?: number;
  maxRetryMs?: number;
}

export interface SyncScheduler {
  request(reason: SyncReason): void;
  /** Runs now (for "Send now") and resolves when that run ends. */
  runNow(): Promise<void>;
  stop(): void;
  state(): SchedulerState;
}

/** Exponential back-off with "equal jitter": half fixed, half random, capped. */
export function retryDelay(attempt: number, base: number, max: number, random: number): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  const debounceMs = options.changeDebounceMs ?? 2_000;
  const periodicMs = options.periodicMs ?? 5 * 60_000;
  const baseRetryMs = options.baseRetryMs ?? 2_000;
  const maxRetryMs = options.maxRetryMs ?? 5 * 60_000;

  let current: SchedulerState = { kind: 'idle' };
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  let attempt = 0;
  let stopped = false;

  const setState = (next: SchedulerState) => {
    current = next;
    options.onState?.(next);
  };
  const schedule = (ms: number, reason: SyncReason) => {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(() => {
      timer = undefined;
      void run(reason);
    }, ms);
  };

  async function run(_reason: SyncReason): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return running;
    }
    if (!isOnline()) {
      // Nothing to try until the browser says it is online again (request('online')).
      schedule(periodicMs, 'periodic');
      return;
    }
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    setState({ kind: 'running' });
    running = (async () => {
      try {
        const outcome = await options.engine.syncOnce();
        attempt = 0;
        setState({ kind: 'idle', lastOutcome: outcome });
        if (outcome.more) again = true;
        schedule(periodicMs, 'periodic');
      } catch (error) {
        const syncError =
          error instanceof SyncError ? error : new SyncError('server', String(error));
        if (syncError.retryable) {
          attempt += 1;
          setState({ kind: 'waitingToRetry', attempt, error: syncError });
          schedule(retryDelay(attempt, baseRetryMs, maxRetryMs, random()), 'retry');
        } else {
          setState({ kind: 'stopped', error: syncError });
        }
        again = false;
      }
    })();
    await running;
    running = undefined;
    if (again) {
      again = false;
      await run('change');
    }
  }

  return {
    request(reason) {
      if (stopped) return;
      if (reason === 'change') schedule(debounceMs, reason);
      else void run(reason);
    },
    runNow: () => run('manual'),
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
    },
    state: () => current,
  };
}
