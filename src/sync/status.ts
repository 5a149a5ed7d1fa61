/**
 * What the app shows about sending to the coach: whether this phone is connected, how many
 * changes are waiting to be sent, and when the last sync succeeded. A tiny store with no
 * dependencies (the status line reads it on the first screen); src/sync/active.ts writes it.
 */
import { useSyncExternalStore } from 'react';

export interface SyncStatus {
  connected: boolean;
  /** Shared changes not yet acknowledged by the server. */
  waiting: number;
  lastSentAt?: number;
  /** Set when sending has stopped until the person acts (e.g. the coach revoked this phone). */
  problem?: 'unauthorized' | 'rejected';
  /** Changes that need the person's choice (the `conflicts` table). */
  conflicts: number;
}

let status: SyncStatus = { connected: false, waiting: 0, conflicts: 0 };
const listeners = new Set<() => void>();

export function setSyncStatus(next: Partial<SyncStatus>): void {
  status = { ...status, ...next };
  listeners.forEach((listener) => listener());
}

export function getSyncStatus(): SyncStatus {
  return status;
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSyncStatus,
    getSyncStatus,
  );
}
