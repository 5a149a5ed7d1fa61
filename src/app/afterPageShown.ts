/**
 * Work that can wait until the page the person opened is on screen: registering the service
 * worker (which then downloads the whole app for use offline) and the first look at whether to
 * sync. Started as the app started, they took connections and bandwidth from the page's own
 * files on a slow mobile connection, and the page showed later for it (BENCHMARKS.md).
 *
 * A page counts as shown once it has set its title (usePageTitle in navigation.ts), which every
 * page does when its content is there, not while it is still loading. The work then waits
 * SETTLE_MS more, for what the page still fetches just after it shows (its manifest and icons,
 * late pieces), and then for the browser to be idle (at most IDLE_WAIT_MS). Should no page ever
 * say so (a crash screen), it runs FALLBACK_MS after it was asked for anyway.
 */
const SETTLE_MS = 1_000;
const IDLE_WAIT_MS = 1_000;
const FALLBACK_MS = 5_000;

let shown = false;
const waiting = new Set<() => void>();

/** Called when a page has set its title: starts the waiting work, once. */
export function markPageShown(): void {
  if (shown) return;
  shown = true;
  for (const start of [...waiting]) start();
  waiting.clear();
}

/** Runs `work` once a page is on screen and the browser is idle. Returns a cancel function. */
export function afterPageShown(work: () => void): () => void {
  let finished = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fallback = setTimeout(() => run(), FALLBACK_MS);
  const cleanUp = () => {
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    waiting.delete(whenIdle);
  };
  function run() {
    if (finished) return;
    finished = true;
    cleanUp();
    work();
  }
  function whenIdle() {
    timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        idle = window.requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
      } else {
        run();
      }
    }, SETTLE_MS);
  }
  if (shown) whenIdle();
  else waiting.add(whenIdle);
  return () => {
    finished = true;
    cleanUp();
  };
}

/** For tests: back to "no page shown yet". */
export function resetPageShown(): void {
  shown = false;
  waiting.clear();
}
