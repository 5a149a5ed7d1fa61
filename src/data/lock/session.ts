/**
 * The PIN lock's state in this tab (the design is in lock/pin.ts). Small and free of other code
 * (it loads in the service worker too, with the database layer), so the database layer
 * (lock/middleware.ts) can ask which way to write, and the lock's screens can follow it; the
 * app shell follows only lockGate.ts, which this keeps up to date:
 * - no PIN: rows are written as they are (Waymark as it always was);
 * - a PIN and the data key: rows are sealed with the key (unless a switch-off is under way);
 * - a PIN and no key (locked): nothing can be read or written (LockedError).
 *
 * The key lives only here, in memory, as a non-extractable CryptoKey; locking forgets it. Apart
 * from the key, `open` says whether the app may show the person's data: unlocking sets the key
 * first, finishes what needs the key (unsaved typing to write back), then opens; locking closes
 * first (the lock screen replaces the page, which saves what it holds), then forgets the key.
 *
 * Another tab setting or removing the PIN is seen through the `storage` event: setting one
 * locks this tab too (lockGate.ts sees that even before this module loads); removing it forgets this tab's key, so nothing is sealed after the PIN
 * has gone; a switch-off another tab started makes this tab write plain rows at once.
 */
import { LOCK_KEY, lockIsSet } from './lockFlag';
import { setAppLocked } from './lockGate';

/** Whether the stored lock says a switch-off is under way (lockConfig.ts `opening`). */
function switchingOff(): boolean {
  try {
    const stored = (
      globalThis as { localStorage?: { getItem(key: string): string | null } }
    ).localStorage?.getItem(LOCK_KEY);
    return stored != null && (JSON.parse(stored) as { opening?: unknown }).opening === true;
  } catch {
    return false;
  }
}

type Listener = () => void;

let key: CryptoKey | undefined;
let pinSet = lockIsSet();
let opening = switchingOff();
let open = false;
let version = 0;
const listeners = new Set<Listener>();

function changed(): void {
  version += 1;
  setAppLocked(isLocked());
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('Lock listener failed', error);
    }
  }
}

/** The data key while unlocked; undefined without a PIN or while locked. */
export function dataKey(): CryptoKey | undefined {
  return key;
}

/** True when a PIN is set on this phone. */
export function pinIsSet(): boolean {
  return pinSet;
}

/** True when a PIN is set and the app may not show the person's data (the lock screen shows). */
export function isLocked(): boolean {
  return pinSet && !open;
}

/** True when rows must be written in plain text although a key is held (switching off). */
export function writesPlain(): boolean {
  return opening;
}

/** A number that changes whenever the lock state does (for useSyncExternalStore). */
export function lockVersion(): number {
  return version;
}

/** Calls `listener` whenever the lock state changes; returns how to stop. */
export function onLockChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The key to read and write with from now on (the app stays closed until openApp()). */
export function setDataKey(next: CryptoKey): void {
  key = next;
  pinSet = true;
  changed();
}

/** Unlocked: the app may show the person's data (needs the key). */
export function openApp(): void {
  if (!key || open) return;
  open = true;
  changed();
}

/** Locking: the lock screen replaces the page at once; the key is still held. */
export function closeApp(): void {
  if (!open) return;
  open = false;
  changed();
}

/** Locked: forgets the key (and closes the app, if it was not yet). */
export function forgetDataKey(): void {
  if (!key && !open) return;
  key = undefined;
  open = false;
  changed();
}

/** Reads the PIN settings again (after this tab changed them, or another tab did). */
export function refreshLockState(): void {
  const nowSet = lockIsSet();
  const nowOpening = switchingOff();
  if (nowSet === pinSet && nowOpening === opening) return;
  pinSet = nowSet;
  opening = nowOpening;
  if (!pinSet) {
    // The PIN is gone: never seal with a key nobody can unwrap any more.
    key = undefined;
    open = false;
  }
  changed();
}

/** A page (not the service worker, which has no storage events): follow other tabs' changes. */
const page = globalThis as {
  document?: unknown;
  addEventListener?: (type: 'storage', listener: (event: { key: string | null }) => void) => void;
};
if (page.document !== undefined && typeof page.addEventListener === 'function') {
  page.addEventListener('storage', (event) => {
    if (event.key === LOCK_KEY || event.key === null) refreshLockState();
  });
}
