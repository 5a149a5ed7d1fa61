/**
 * Background Sync (where the browser has it; Chromium does): the page asks the service worker
 * to run a sync round when the connection is back, even if Waymark's tab has been closed by
 * then. The worker handles the `sync` event with tag SYNC_TAG (service-worker/sw.ts). Asking
 * again while a request is pending does nothing more. Never throws: without a service worker
 * or Background Sync this resolves false and the open app's own retries carry on.
 */
export const SYNC_TAG = 'waymark-sync';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

export async function requestBackgroundSync(
  container: Pick<ServiceWorkerContainer, 'getRegistration'> | undefined = globalThis.navigator
    ?.serviceWorker,
): Promise<boolean> {
  try {
    const registration = await container?.getRegistration();
    const sync = (registration as { sync?: SyncManagerLike } | undefined)?.sync;
    if (!sync || !registration?.active) return false;
    await sync.register(SYNC_TAG);
    return true;
  } catch {
    // Not allowed here (for example a private window): the open app keeps retrying itself.
    return false;
  }
}
