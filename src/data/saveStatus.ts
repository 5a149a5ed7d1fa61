/**
 * "Saving... / Saved at 10:42 / Couldn't save": a tiny observable store the repository updates
 * around every write, and a React hook to read it. The store has no React dependency.
 */
import { useSyncExternalStore } from 'react';

export type SaveErrorKind = 'storageFull' | 'unknown';

export interface SaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'error';
  /** When the last write finished (ms since the epoch). */
  savedAt?: number;
  error?: SaveErrorKind;
}

export interface SaveStatusStore {
  get(): SaveStatus;
  subscribe(listener: () => void): () => void;
  /** Marks a write as started; call the returned function once with how it ended. */
  begin(): (outcome: { ok: true } | { ok: false; error: SaveErrorKind }) => void;
}

export function createSaveStatusStore(now: () => number = () => Date.now()): SaveStatusStore {
  let status: SaveStatus = { state: 'idle' };
  let pending = 0;
  let failed: SaveErrorKind | undefined;
  const listeners = new Set<() => void>();

  const set = (next: SaveStatus) => {
    status = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    begin() {
      pending += 1;
      if (pending === 1) failed = undefined;
      set({ ...status, state: 'saving', error: undefined });
      let ended = false;
      return (outcome) => {
        if (ended) return;
        ended = true;
        pending -= 1;
        if (!outcome.ok) failed = outcome.error;
        if (failed) set({ state: 'error', error: failed, savedAt: status.savedAt });
        else if (pending === 0) set({ state: 'saved', savedAt: now() });
      };
    },
  };
}

/** The app-wide store the default repository reports to. */
export const saveStatus = createSaveStatusStore();

export function useSaveStatus(store: SaveStatusStore = saveStatus): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
