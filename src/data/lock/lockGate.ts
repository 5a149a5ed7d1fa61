/**
 * The only part of the PIN lock on the first screen (the design is in lock/pin.ts), a few
 * bytes: whether the app must show the lock screen now, for App.tsx, and the hook through
 * which rows read without Dexie (the home page, reminders) are opened once unlocked. The lock's
 * own code (session.ts and the rest) loads only with a PIN, and keeps this up to date.
 */
import { LOCK_KEY, lockIsSet } from './lockFlag';

type StoreRows = Record<string, unknown[]>;

let locked = lockIsSet();
let opener: (<T extends StoreRows>(rows: T) => Promise<T>) | undefined;
const listeners = new Set<() => void>();

/** True while the lock screen must stand in for the app's pages. */
export function appLocked(): boolean {
  return locked;
}

export function setAppLocked(next: boolean): void {
  if (next === locked) return;
  locked = next;
  for (const listener of [...listeners]) listener();
}

export function onAppLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Set by the lock while unlocked: opens sealed rows (lock/openStores.ts). */
export function setRowOpener(next: typeof opener): void {
  opener = next;
}

/** The rows, with sealed ones opened when the lock has set an opener (as they are otherwise). */
export function openedRows<T extends StoreRows>(rows: T): Promise<T> | T {
  return opener ? opener(rows) : rows;
}

// Another tab set a PIN: this one locks too (its key, if the lock's code is loaded, follows).
const page = globalThis as {
  document?: unknown;
  addEventListener?: (type: 'storage', listener: (event: { key: string | null }) => void) => void;
};
if (page.document !== undefined && typeof page.addEventListener === 'function') {
  page.addEventListener('storage', (event) => {
    if ((event.key === LOCK_KEY || event.key === null) && lockIsSet()) setAppLocked(true);
  });
}
