/**
 * "Saving... / Saved at 10:42 / Couldn't save": a tiny observable store the repository updates
 * around every write, and a React hook to read it. The store has no React dependency.
 *
 * It never says "Saved" while a change is not written: a failed write is remembered by its key
 * (the repository uses `${kind}:${id}`) until a later write for the same key succeeds, and until
 * then the status stays "not saved", even while that write is tried again or other records save.
 */
import { useSyncExternalStore } from 'react';

/**
 * Why a write failed: the phone is out of space, the change did not pass the record's rules
 * (for example an answer too long to keep), or something else.
 */
export type SaveErrorKind = 'storageFull' | 'invalid' | 'unknown';

export interface SaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'error';
  /** When the last write finished (ms since the epoch). */
  savedAt?: number;
  error?: SaveErrorKind;
}

export type SaveOutcome = { ok: true } | { ok: false; error: SaveErrorKind };

export interface SaveStatusStore {
  get(): SaveStatus;
  subscribe(listener: () => void): () => void;
  /**
   * Marks a write of `key` (what is written, e.g. `action:<id>`) as started; call the returned
   * function once with how it ended.
   */
  begin(key?: string): (outcome: SaveOutcome) => void;
  /** Records a change that could not even be tried (it did not pass the rules). */
  fail(key: string, error: SaveErrorKind): void;
}

export function createSaveStatusStore(now: () => number = () => Date.now()): SaveStatusStore {
  let status: SaveStatus = { state: 'idle' };
  let pending = 0;
  /** Keys whose latest write failed, with why; in the order they failed. */
  const failed = new Map<string, SaveErrorKind>();
  const listeners = new Set<() => void>();

  const set = (next: SaveStatus) => {
    if (
      next.state === status.state &&
      next.error === status.error &&
      next.savedAt === status.savedAt
    ) {
      return;
    }
    status = next;
    for (const listener of [...listeners]) listener();
  };

  const settle = () => {
    const errors = [...failed.values()];
    const latest = errors[errors.length - 1];
    if (latest) set({ state: 'error', error: latest, savedAt: status.savedAt });
    else if (pending === 0) set({ state: 'saved', savedAt: now() });
    else set({ state: 'saving', savedAt: status.savedAt });
  };

  const record = (key: string, outcome: SaveOutcome) => {
    failed.delete(key);
    if (!outcome.ok) failed.set(key, outcome.error);
  };

  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    begin(key = '') {
      pending += 1;
      // While something is not saved, keep saying so: trying again is not "Saving…".
      if (failed.size === 0) set({ state: 'saving', savedAt: status.savedAt });
      let ended = false;
      return (outcome) => {
        if (ended) return;
        ended = true;
        pending -= 1;
        record(key, outcome);
        settle();
      };
    },
    fail(key, error) {
      record(key, { ok: false, error });
      settle();
    },
  };
}

/** The app-wide store the default repository reports to. */
export const saveStatus = createSaveStatusStore();

export function useSaveStatus(store: SaveStatusStore = saveStatus): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
