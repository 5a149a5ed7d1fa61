/**
 * Locks Waymark by itself while a PIN is set and it is unlocked (the design is in
 * data/lock/pin.ts). Loaded and started only then, by unlocking (lockApp.ts) or by setting a
 * PIN (settings); it stops once Waymark is locked or the PIN is turned off. It locks:
 * - after the chosen time with no input (a tap, a key, a scroll of the wheel, typing): 1, 5 or
 *   15 minutes, or never for "only when I close Waymark";
 * - on coming back to a page that was hidden for longer than that (the time with no input
 *   includes the time away);
 * - when the page is left for the browser's back-forward cache (it could come back, key and
 *   all, without a reload: that counts as closing Waymark).
 * Nothing here limits typing: any input starts the time again.
 */
import { readLockConfig, type IdleChoice } from '../../data/lock/lockConfig';
import { lockAtOnce } from '../../data/lock/pin';
import { isLocked, pinIsSet } from '../../data/lock/session';
import { lockApp } from './lockApp';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const CHECK_EVERY_MS = 5_000;

/** Milliseconds with no input before locking; undefined: only when Waymark is closed. */
export function idleLimitMs(choice: IdleChoice | undefined): number | undefined {
  if (choice === undefined || choice === 'close') return undefined;
  return Number(choice) * 60_000;
}

export interface IdleOptions {
  now?: () => number;
  lock?: () => Promise<void> | void;
  lockAtOnce?: () => void;
  idleChoice?: () => IdleChoice | undefined;
}

/** Starts watching; returns how to stop. */
export function watchIdle(options: IdleOptions = {}): () => void {
  const now = options.now ?? (() => Date.now());
  const lock = options.lock ?? lockApp;
  const leave = options.lockAtOnce ?? lockAtOnce;
  const choice = options.idleChoice ?? (() => readLockConfig()?.idle);
  let lastInput = now();
  let stopped = false;

  const onInput = () => {
    lastInput = now();
  };
  const check = () => {
    if (stopped) return;
    if (!pinIsSet() || isLocked()) {
      stop(); // locked some other way ("Lock Waymark now"), or the PIN was turned off
      return;
    }
    const limit = idleLimitMs(choice());
    if (limit !== undefined && now() - lastInput >= limit) {
      stop();
      void lock();
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  const onPageHide = (event: PageTransitionEvent) => {
    if (event.persisted) {
      stop();
      leave();
    }
  };

  for (const type of INPUT_EVENTS) {
    document.addEventListener(type, onInput, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pagehide', onPageHide);
  const timer = setInterval(check, CHECK_EVERY_MS);

  function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    for (const type of INPUT_EVENTS) {
      document.removeEventListener(type, onInput, { capture: true });
    }
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pagehide', onPageHide);
  }
  return stop;
}

let running: (() => void) | undefined;

/** Starts the app's watch (replacing one already running). */
export function startIdleLock(): void {
  running?.();
  running = watchIdle();
}
