/**
 * "Is there a PIN on this phone?" for the first screen, for a few bytes and no other code:
 * the lock's settings live in localStorage under LOCK_KEY (lockConfig.ts reads the rest).
 */
export const LOCK_KEY = 'waymark.lock';

/** True when a PIN is set on this phone (false where there is no localStorage). */
export function lockIsSet(): boolean {
  try {
    const storage = (globalThis as { localStorage?: { getItem(key: string): string | null } })
      .localStorage;
    return storage?.getItem(LOCK_KEY) != null;
  } catch {
    return false;
  }
}
