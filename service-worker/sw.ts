/**
 * Waymark's service worker (built by vite-plugin-pwa with Workbox's injectManifest).
 * - Precaches the whole app shell (every route's chunk, styles, icons, translations), so after
 *   the first visit every page opens, and reloads, with no network at all.
 * - Serves index.html for in-app navigations (client-side routes) from the precache.
 * - Never touches /api/: the sync API is always live (the outbox covers offline).
 * - A new version waits until the person chooses "Reload" (the page posts SKIP_WAITING), so
 *   nothing changes under someone half way through a form.
 * - Background Sync: on the `sync` event with tag `waymark-sync` (the page asks for it when
 *   changes are waiting and it could not send them), runs sync rounds with the stored device
 *   token, so changes made offline reach the coach after the tab is closed. Each round holds
 *   the Web Lock `waymark-sync`, as the page's rounds do, so the two never run at once.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { db } from '../src/data/db';
import { SYNC_TAG } from '../src/sync/background';
import { backgroundRound } from '../src/sync/backgroundRound';
import { readConnection } from '../src/sync/connection';
import { createSyncEngine } from '../src/sync/engine';
import { lockedEngine } from '../src/sync/lock';
import { httpTransport } from '../src/sync/transport';

/** Background Sync's event (not in TypeScript's WebWorker library). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/coach(\/|$)/],
  }),
);

const engine = lockedEngine(
  createSyncEngine({ db, transport: httpTransport(), credentials: () => readConnection(db) }),
);

self.addEventListener('sync', (event: Event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== SYNC_TAG) return;
  // A rejection tells the browser to fire the event again later (offline, server down).
  sync.waitUntil(backgroundRound(engine));
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once so the very first visit is already offline-ready;
// later versions only activate after SKIP_WAITING, so this never swaps code under a form.
clientsClaim();
