/**
 * The PIN lock's keys (the design is in lock/pin.ts), all with WebCrypto:
 * - the data key: a random AES-GCM 256 key that seals the rows and texts; made once, when the
 *   PIN is set, and kept only wrapped;
 * - the wrapping key: PBKDF2-SHA-256 of the PIN with a random 16-byte salt and at least
 *   310,000 iterations (600,000 by default, OWASP's figure), an AES-GCM 256 key that wraps the
 *   data key. Never stored, never extractable.
 * Unlocking derives the wrapping key and unwraps the data key as a non-extractable key held in
 * memory only (lock/session.ts). A wrong PIN fails AES-GCM's check, so the wrapped key is its
 * own verifier. Changing the PIN wraps the same data key again: nothing stored is re-sealed.
 */
import { fromBase64, toBase64 } from './codec';
import type { IdleChoice, LockConfig } from './lockConfig';

export const PBKDF2_ITERATIONS = 600_000;
/** Below this, a stored setting is refused (a tampered or damaged lock). */
export const MIN_PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_WRAP_CONTEXT = new TextEncoder().encode('waymark:data-key');
const AES = { name: 'AES-GCM', length: 256 } as const;

/** The same PIN however it was typed or pasted: Unicode-normalised, no spaces at either end. */
export function normalisePin(pin: string): string {
  return pin.normalize('NFKC').trim();
}

/** A PIN is 4 to 6 digits; anything else is a passphrase of at least 6 characters. */
export function isAcceptablePin(pin: string): boolean {
  const normal = normalisePin(pin);
  return /^\d{4,6}$/.test(normal) || [...normal].length >= 6;
}

/** True where this browser can lock Waymark (WebCrypto needs a secure page: https or localhost). */
export function canLock(): boolean {
  return typeof globalThis.crypto?.subtle?.deriveKey === 'function';
}

async function wrappingKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalisePin(pin)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    AES,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrapWithPin(
  pin: string,
  dataKey: CryptoKey,
  idle: IdleChoice,
  iterations: number,
): Promise<LockConfig> {
  if (iterations < MIN_PBKDF2_ITERATIONS) throw new Error('Too few PBKDF2 iterations');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const wrapIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = await crypto.subtle.wrapKey(
    'raw',
    dataKey,
    await wrappingKey(pin, salt, iterations),
    {
      name: 'AES-GCM',
      iv: wrapIv,
      additionalData: KEY_WRAP_CONTEXT,
    },
  );
  return {
    v: 1,
    salt: toBase64(salt),
    iterations,
    wrappedKey: toBase64(new Uint8Array(wrapped)),
    wrapIv: toBase64(wrapIv),
    idle,
  };
}

/**
 * The data key, unwrapped with `pin`; undefined when the PIN is not right (or the settings are
 * damaged). Non-extractable unless asked for (only to wrap it again with a new PIN).
 */
export async function unwrapDataKey(
  pin: string,
  config: LockConfig,
  extractable = false,
): Promise<CryptoKey | undefined> {
  if (config.iterations < MIN_PBKDF2_ITERATIONS) return undefined;
  try {
    const key = await wrappingKey(pin, fromBase64(config.salt), config.iterations);
    return await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(config.wrappedKey),
      key,
      { name: 'AES-GCM', iv: fromBase64(config.wrapIv), additionalData: KEY_WRAP_CONTEXT },
      AES,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return undefined;
  }
}

/** A new lock: a new data key wrapped with `pin`, and that key (non-extractable) to use now. */
export async function createLock(
  pin: string,
  idle: IdleChoice,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ config: LockConfig; key: CryptoKey }> {
  const fresh = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
  const config = await wrapWithPin(pin, fresh, idle, iterations);
  const key = await unwrapDataKey(pin, config);
  if (!key) throw new Error('The new lock could not be opened');
  return { config, key };
}

/** The same data key wrapped with `newPin` instead; undefined when `oldPin` is not right. */
export async function rewrapLock(
  oldPin: string,
  newPin: string,
  config: LockConfig,
  iterations = Math.max(config.iterations, PBKDF2_ITERATIONS),
): Promise<LockConfig | undefined> {
  const key = await unwrapDataKey(oldPin, config, true);
  if (!key) return undefined;
  const wrapped = await wrapWithPin(newPin, key, config.idle, iterations);
  return { ...config, ...wrapped };
}
