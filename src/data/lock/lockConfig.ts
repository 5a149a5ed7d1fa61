/**
 * The PIN lock's settings, kept in localStorage under `waymark.lock` (see lock/session.ts for the
 * whole design). Never the PIN and never a usable key: only what is needed to check a PIN and
 * unwrap the data key with it (salt, iteration count, the wrapped key), the idle time chosen, and
 * whether a switch on or off was cut short. The first screen only asks "is there a PIN?"
 * (lockFlag.ts), for a few bytes, before any of the lock's code loads.
 */
import { LOCK_KEY } from './lockFlag';

export { LOCK_KEY, lockIsSet } from './lockFlag';

/** Lock after 1, 5 or 15 minutes with no input, or only when Waymark is closed. */
export const IDLE_CHOICES = ['1', '5', '15', 'close'] as const;
export type IdleChoice = (typeof IDLE_CHOICES)[number];
export const DEFAULT_IDLE: IdleChoice = '5';

export interface LockConfig {
  v: 1;
  /** PBKDF2's random 16-byte salt, base64. */
  salt: string;
  /** PBKDF2-SHA-256 iterations used with this salt. */
  iterations: number;
  /**
   * The random data key (AES-GCM 256) wrapped with AES-GCM by the key derived from the PIN,
   * base64. It is also the verifier: with a wrong PIN, AES-GCM's check fails and nothing opens.
   */
  wrappedKey: string;
  /** The 12-byte IV of that wrapping, base64. */
  wrapIv: string;
  idle: IdleChoice;
  /** Turning the PIN on was cut short: some rows may still be in plain text (sealed at unlock). */
  sealing?: boolean;
  /** Turning the PIN off was cut short: opened at the next unlock, then the lock is removed. */
  opening?: boolean;
}

/** The part of localStorage used here (a service worker has no localStorage, nor its type). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storageOrUndefined(): SettingsStorage | undefined {
  try {
    return (globalThis as { localStorage?: SettingsStorage }).localStorage;
  } catch {
    return undefined; // blocked, or a service worker (no localStorage there)
  }
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The lock's settings, or undefined when there is no PIN or they are damaged. */
export function readLockConfig(
  storage: SettingsStorage | undefined = storageOrUndefined(),
): LockConfig | undefined {
  try {
    const parsed = JSON.parse(storage?.getItem(LOCK_KEY) ?? 'null') as Partial<LockConfig> | null;
    if (
      !parsed ||
      parsed.v !== 1 ||
      !isString(parsed.salt) ||
      !isString(parsed.wrappedKey) ||
      !isString(parsed.wrapIv) ||
      typeof parsed.iterations !== 'number' ||
      !(IDLE_CHOICES as readonly unknown[]).includes(parsed.idle)
    ) {
      return undefined;
    }
    return parsed as LockConfig;
  } catch {
    return undefined;
  }
}

export function writeLockConfig(
  config: LockConfig,
  storage: SettingsStorage | undefined = storageOrUndefined(),
): void {
  if (!storage) throw new Error('This browser cannot keep settings, so a PIN cannot be set');
  storage.setItem(LOCK_KEY, JSON.stringify(config));
}

/** Wrong tries in a row at the lock screen (lock/pin.ts), removed with the lock. */
export const LOCK_TRIES_KEY = 'waymark.lock.tries';

/** Removes the lock (and its count of wrong tries). */
export function removeLockConfig(
  storage: SettingsStorage | undefined = storageOrUndefined(),
): void {
  try {
    storage?.removeItem(LOCK_KEY);
    storage?.removeItem(LOCK_TRIES_KEY);
  } catch {
    // Nothing to remove.
  }
}
