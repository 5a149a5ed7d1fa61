/**
 * localStorage for the person's own words kept outside IndexedDB: typing not yet saved
 * (`waymark.unsaved.*`, data/unsavedBackup.ts) and a message being written
 * (`waymark.messageDraft`, features/messages/draft.ts). The design is in lock/pin.ts.
 *
 * With no PIN it is localStorage itself. While a PIN is set nothing is kept there in plain
 * text: a value is held in this tab's memory (so reading it back is still synchronous) and
 * stored sealed (codec.ts, the storage key as additional data) a moment later, as WebCrypto is
 * asynchronous. Only the newest seal of a key is stored, and removing a key cancels a seal still
 * under way, so an older copy never comes back. If the page dies in that moment (a few
 * milliseconds), the copy stored before stays: the safety copy is a little older, never plain.
 * Unlocking opens the sealed values into memory (loadPrivateTexts) before anything reads them;
 * locking forgets them. While locked nothing can be read or written here (LockedError).
 */
import { LockedError, openText, sealText } from './codec';
import { isSealedText } from './sealedMark';
import { dataKey, pinIsSet, writesPlain } from './session';
import { UNSAVED_PREFIX } from '../unsavedFlag';

/** The localStorage keys (by prefix) that hold the person's words. */
export const PRIVATE_PREFIXES = [UNSAVED_PREFIX, 'waymark.messageDraft'] as const;

/** The parts of Storage that the callers use. */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const plainCopies = new Map<string, string>();
const generations = new Map<string, number>();
const sealing = new Set<Promise<void>>();

function backing(): Storage {
  return localStorage;
}

function nextGeneration(key: string): number {
  const generation = (generations.get(key) ?? 0) + 1;
  generations.set(key, generation);
  return generation;
}

function isPrivate(key: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function storeSealed(key: string, value: string, dataKeyNow: CryptoKey): void {
  plainCopies.set(key, value);
  const generation = nextGeneration(key);
  const done = sealText(value, dataKeyNow, key)
    .then((sealed) => {
      if (generations.get(key) === generation) backing().setItem(key, sealed);
    })
    .catch((error: unknown) => console.error('Could not keep a sealed copy', key, error))
    .finally(() => sealing.delete(done));
  sealing.add(done);
}

export const privateStorage: TextStorage = {
  get length() {
    return backing().length;
  },
  key(index: number) {
    return backing().key(index);
  },
  getItem(key: string): string | null {
    const held = plainCopies.get(key);
    if (held !== undefined) return held;
    const stored = backing().getItem(key);
    if (!isSealedText(stored)) return stored;
    // Sealed: locked, it cannot be read. Unlocked, every copy was opened at unlock, so this one
    // was sealed since by another tab: not readable at once, so as good as absent here.
    if (!dataKey()) throw new LockedError();
    return null;
  },
  setItem(key: string, value: string): void {
    if (!pinIsSet() || writesPlain()) {
      plainCopies.delete(key);
      nextGeneration(key);
      backing().setItem(key, value);
      return;
    }
    const keyNow = dataKey();
    if (!keyNow) throw new LockedError();
    storeSealed(key, value, keyNow);
  },
  removeItem(key: string): void {
    plainCopies.delete(key);
    nextGeneration(key);
    backing().removeItem(key);
  },
};

/** Resolves once every seal under way is stored. */
export async function flushPrivateTexts(): Promise<void> {
  while (sealing.size > 0) await Promise.all([...sealing]);
}

function privateKeys(): string[] {
  const keys: string[] = [];
  const storage = backing();
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && isPrivate(key)) keys.push(key);
  }
  return keys;
}

/** Unlocking: opens every sealed value into memory. Returns how many could not be opened. */
export async function loadPrivateTexts(key: CryptoKey): Promise<number> {
  let failed = 0;
  for (const storageKey of privateKeys()) {
    const stored = backing().getItem(storageKey);
    if (!isSealedText(stored) || plainCopies.has(storageKey)) continue;
    try {
      plainCopies.set(storageKey, await openText(stored, key, storageKey));
    } catch (error) {
      failed += 1;
      console.error('Could not open a sealed copy', storageKey, error);
    }
  }
  return failed;
}

/** Setting the PIN: seals every value still in plain text (the key must be set). */
export async function sealPrivateTexts(): Promise<void> {
  const key = dataKey();
  if (!key) throw new LockedError();
  for (const storageKey of privateKeys()) {
    const stored = backing().getItem(storageKey);
    if (stored !== null && !isSealedText(stored) && !plainCopies.has(storageKey)) {
      storeSealed(storageKey, stored, key);
    }
  }
  await flushPrivateTexts();
}

/** Turning the PIN off: stores every value in plain text again and forgets the copies. */
export async function openPrivateTexts(key: CryptoKey): Promise<void> {
  await flushPrivateTexts();
  await loadPrivateTexts(key);
  for (const [storageKey, value] of plainCopies) {
    nextGeneration(storageKey);
    backing().setItem(storageKey, value);
  }
  plainCopies.clear();
}

/** Locking: forgets the plain copies held in memory (their seals are stored first). */
export async function forgetPrivateTexts(): Promise<void> {
  await flushPrivateTexts();
  plainCopies.clear();
}
