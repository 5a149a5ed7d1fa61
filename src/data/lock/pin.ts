/**
 * The optional PIN lock for shared phones (issue 7): what setting, using, changing and removing
 * a PIN does. Nothing here runs, or even loads, for a person who never sets a PIN.
 *
 * Design
 * - Keys (keys.ts). Setting a PIN makes a random data key (AES-GCM 256) and stores it only
 *   wrapped, with AES-GCM, by a key derived from the PIN (PBKDF2-SHA-256, random 16-byte salt,
 *   600,000 iterations). localStorage `waymark.lock` (lockConfig.ts) keeps the salt, the
 *   iteration count, the wrapped key (which is also the verifier: a wrong PIN fails AES-GCM's
 *   check) and the idle time; never the PIN or a usable key. Unlocking unwraps the data key as a
 *   non-extractable key held in this tab's memory only (session.ts); locking forgets it.
 *   Changing the PIN wraps the same data key again, one localStorage write: nothing is re-sealed.
 * - What is sealed. Every IndexedDB row except its primary key and indexed fields (ids, clocks,
 *   statuses, dates), so Dexie's queries work as before: the record's words, the outbox's
 *   `fields`, conflict values, meta values (the coach connection's token too). A Dexie DBCore
 *   middleware (middleware.ts) seals on write and opens on read, below every other layer. The
 *   person's words in localStorage (unsaved typing, a message draft) are sealed the same way
 *   (privateStorage.ts). One codec does it all (codec.ts), also for the home page's Dexie-free
 *   read (homeData.ts, through openStores.ts).
 * - Setting the PIN first stores the lock with `sealing` set, then seals what is stored, a batch
 *   per transaction (migrate.ts), then clears the flag. Reads take rows either way, so it is
 *   safe to stop anywhere; unlocking finishes a pass that was cut short, and after every unlock
 *   a quiet pass seals any row written in plain text meanwhile (another tab that had not heard
 *   of the PIN yet, or the service worker).
 * - Turning the PIN off (needs the PIN) marks the lock `opening`: from then on every tab writes
 *   plain rows; the pass opens what is stored, looks once more, and only then removes the lock.
 *   Cut short, the lock stays and the next unlock finishes the switch-off.
 * - The lock screen (features/lock/) shows before any of the person's data: on start when a PIN
 *   is set, after the chosen idle time with no input (1, 5 or 15 minutes, or only when Waymark
 *   is closed), on return to a page hidden for longer than that, and when the page is left for
 *   the back-forward cache. "Need help now?" still works (that page shows no data).
 * - A forgotten PIN cannot be got round: the data on this phone cannot be opened by anyone. The
 *   lock screen says so, says that anything shared is still with the work coach, and offers to
 *   delete Waymark's data on this phone (asked first) and start again.
 * - Background Sync in the service worker has no key: reading the sealed connection stops it
 *   with a LockedError, which it takes as "not now" (service-worker/sw.ts). The open app syncs
 *   once unlocked. Settings says so in plain words.
 * - Threat model, honestly: this keeps a person who picks up a shared phone, or copies the
 *   browser's files, from reading what Waymark holds. A 4-digit PIN can be guessed by someone
 *   who copies the files and tries every PIN on a computer; a longer passphrase is much
 *   stronger, and settings says so.
 */
import { db as defaultDb, type WaymarkDB } from '../db';
import { saveStatus } from '../saveStatus';
import { createLock, isAcceptablePin, rewrapLock, unwrapDataKey } from './keys';
import {
  LOCK_TRIES_KEY,
  readLockConfig,
  removeLockConfig,
  writeLockConfig,
  type IdleChoice,
  type LockConfig,
} from './lockConfig';
import { setRowOpener } from './lockGate';
import { openStored, sealStored } from './migrate';
import { openStoreContents } from './openStores';
import {
  flushPrivateTexts,
  forgetPrivateTexts,
  loadPrivateTexts,
  openPrivateTexts,
  sealPrivateTexts,
} from './privateStorage';
import {
  closeApp,
  dataKey,
  forgetDataKey,
  lockVersion,
  openApp,
  pinIsSet,
  refreshLockState,
  setDataKey,
} from './session';

export interface PinOptions {
  database?: WaymarkDB;
  /** PBKDF2 iterations for a new PIN (tests); 600,000 otherwise. */
  iterations?: number;
}

/** Wrong tries allowed before each check waits a little; the wait grows to at most a minute. */
export const FREE_TRIES = 5;
const MAX_WAIT_MS = 60_000;

/** How many wrong tries in a row (kept, so a reload does not reset it), and when the last was. */
interface Tries {
  count: number;
  at: number;
}

function readTries(): Tries {
  try {
    const parsed = JSON.parse(
      localStorage.getItem(LOCK_TRIES_KEY) ?? 'null',
    ) as Partial<Tries> | null;
    if (parsed && typeof parsed.count === 'number' && typeof parsed.at === 'number') {
      return { count: parsed.count, at: parsed.at };
    }
  } catch {
    // Unreadable: start again.
  }
  return { count: 0, at: 0 };
}

function writeTries(tries: Tries | undefined): void {
  try {
    if (tries) localStorage.setItem(LOCK_TRIES_KEY, JSON.stringify(tries));
    else localStorage.removeItem(LOCK_TRIES_KEY);
  } catch {
    // Not kept: the wait starts again after a reload, which is only kinder.
  }
}

/** How many wrong tries in a row so far. */
export function wrongTries(): number {
  return readTries().count;
}

/**
 * How long the next check waits after `count` wrong tries: nothing for the first few, then
 * 5, 10, 20, 40 seconds, then a minute each. Typing is never limited, and nothing is deleted.
 */
export function waitAfter(count: number): number {
  if (count < FREE_TRIES) return 0;
  return Math.min(5_000 * 2 ** (count - FREE_TRIES), MAX_WAIT_MS);
}

/** Milliseconds until the next try may be checked (0: now). */
export function waitBeforeNextTry(now = Date.now()): number {
  const { count, at } = readTries();
  const wait = waitAfter(count);
  // Never longer than the wait itself, even if the phone's clock was put back.
  return Math.min(wait, Math.max(0, at + wait - now));
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seals what is still plain, then clears the lock's `sealing` flag. */
async function sealEverything(database: WaymarkDB): Promise<void> {
  const key = dataKey();
  if (!key) return;
  await sealStored(database, key);
  await sealPrivateTexts();
  const config = readLockConfig();
  if (config?.sealing) writeLockConfig({ ...config, sealing: undefined });
}

async function finishTurningOff(database: WaymarkDB, key: CryptoKey): Promise<void> {
  await flushPrivateTexts();
  await openStored(database, key);
  await openPrivateTexts(key);
  // A tab that had not yet heard of the switch-off may have sealed a row just now.
  await delay(300);
  await openStored(database, key);
  await openPrivateTexts(key);
  removeLockConfig();
  refreshLockState();
}

/**
 * Sets a PIN: a new lock, stored at once; then seals everything already stored. Resolves when
 * all of it is sealed. The app stays open (the person is using it).
 */
export async function turnOnPin(
  pin: string,
  idle: IdleChoice,
  options: PinOptions = {},
): Promise<void> {
  if (pinIsSet()) throw new Error('A PIN is already set');
  if (!isAcceptablePin(pin)) throw new Error('That PIN cannot be used');
  const database = options.database ?? defaultDb;
  const { config, key } = await createLock(pin, idle, options.iterations);
  writeLockConfig({ ...config, sealing: true });
  refreshLockState();
  setDataKey(key);
  setRowOpener(openStoreContents);
  openApp();
  try {
    await sealEverything(database);
  } catch (error) {
    // The PIN is set and new writes are sealed; `sealing` stays, so the next unlock finishes.
    console.error('Could not seal everything yet', error);
  }
}

export type UnlockResult = 'unlocked' | 'wrong' | 'noLock';

/**
 * Checks `pin` (waiting first, after several wrong tries) and, when it is right: holds the key,
 * opens the sealed copies of unsaved typing, finishes a switch on or off that was cut short,
 * and runs `beforeOpen` (writing back unsaved typing) before the app opens.
 */
export async function unlock(
  pin: string,
  options: PinOptions & { beforeOpen?: () => Promise<unknown> } = {},
): Promise<UnlockResult> {
  const database = options.database ?? defaultDb;
  const config = readLockConfig();
  if (!config) return pinIsSet() ? 'wrong' : 'noLock';
  const wait = waitBeforeNextTry();
  if (wait > 0) await delay(wait);
  const key = await unwrapDataKey(pin, config);
  if (!key) {
    writeTries({ count: readTries().count + 1, at: Date.now() });
    return 'wrong';
  }
  writeTries(undefined);
  setDataKey(key);
  setRowOpener(openStoreContents);
  await loadPrivateTexts(key);
  try {
    if (config.opening) await finishTurningOff(database, key);
    else if (config.sealing) await sealEverything(database);
  } catch (error) {
    // Rows read either way, so the app can still open; the next unlock tries again.
    console.error('Could not finish switching the PIN on or off', error);
  }
  try {
    await options.beforeOpen?.();
  } catch (error) {
    console.error('Could not write back unsaved typing', error);
  } finally {
    openApp();
  }
  if (!config.opening && !config.sealing) {
    // Rows another tab (or the service worker) wrote in plain text meanwhile: seal them quietly.
    tidying = sealEverything(database).catch((error: unknown) =>
      console.error('Could not seal what was written meanwhile', error),
    );
  }
  return 'unlocked';
}

let tidying: Promise<void> = Promise.resolve();

/** Resolves when the quiet pass after the last unlock is done. */
export function afterUnlockPass(): Promise<void> {
  return tidying;
}

/** Changes the PIN (the same data key, wrapped again). False when `oldPin` is not right. */
export async function changePin(
  oldPin: string,
  newPin: string,
  options: PinOptions = {},
): Promise<boolean> {
  if (!isAcceptablePin(newPin)) throw new Error('That PIN cannot be used');
  const config = readLockConfig();
  if (!config) return false;
  const next = await rewrapLock(oldPin, newPin, config, options.iterations);
  if (!next) return false;
  const latest: Partial<LockConfig> = readLockConfig() ?? {};
  writeLockConfig({ ...next, idle: latest.idle ?? next.idle, sealing: latest.sealing });
  return true;
}

/** Turns the PIN off: opens everything stored, then removes the lock. False for a wrong PIN. */
export async function turnOffPin(pin: string, options: PinOptions = {}): Promise<boolean> {
  const database = options.database ?? defaultDb;
  const config = readLockConfig();
  if (!config) return true;
  const key = await unwrapDataKey(pin, config);
  if (!key) return false;
  writeLockConfig({ ...config, opening: true, sealing: undefined });
  refreshLockState();
  if (!dataKey()) setDataKey(key);
  try {
    await finishTurningOff(database, key);
  } catch (error) {
    // Keep the PIN, as it was: seal again whatever was opened (now, and at the next unlock).
    writeLockConfig({ ...config, opening: undefined, sealing: true });
    refreshLockState();
    await sealEverything(database).catch(() => undefined);
    throw error;
  }
  return true;
}

/** Changes when Waymark locks by itself. */
export function setIdleChoice(idle: IdleChoice): void {
  const config = readLockConfig();
  if (!config) return;
  writeLockConfig({ ...config, idle });
  refreshLockState();
}

/** Resolves once no write is under way (at most `limitMs`). */
function savesSettled(limitMs: number): Promise<void> {
  if (saveStatus.get().state !== 'saving') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = saveStatus.subscribe(() => {
      if (saveStatus.get().state !== 'saving') finish();
    });
    const timer = setTimeout(finish, limitMs);
    function finish() {
      stop();
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Locks now: the lock screen replaces the page at once (which saves what it holds), then,
 * once those writes and `beforeForget` (stopping sync) are done, the key is forgotten. An unlock
 * in the meantime wins.
 */
export async function lockNow(beforeForget?: () => Promise<unknown>): Promise<void> {
  if (!pinIsSet() || !dataKey()) return;
  closeApp();
  const started = lockVersion();
  await delay(0); // let the page unmount and start its last saves
  await savesSettled(5_000);
  await beforeForget?.();
  await flushPrivateTexts();
  if (lockVersion() !== started) return; // unlocked again meanwhile
  await forgetPrivateTexts();
  if (lockVersion() !== started) return;
  forgetDataKey();
}

/** Locks at once, without waiting for anything (the page is being left). */
export function lockAtOnce(): void {
  if (!pinIsSet() || !dataKey()) return;
  forgetDataKey();
  void forgetPrivateTexts();
}
