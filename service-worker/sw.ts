/**
 * Waymark's service worker (built by vite-plugin-pwa with Workbox's injectManifest).
 * - Precaches the whole app shell (every route's chunk, styles, icons, translations), so after
 *   the first visit every page opens, and reloads, with no network at all.
 * - Serves index.html for in-app navigations (client-side routes) from the precache.
 * - Never touches /api/: the sync API is always live (the outbox covers offline).
 * - A new version waits until the person chooses "Reload" (the page posts SKIP_WAITING), so
 *   nothing changes under someone half way through a form.
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

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once so the very first visit is already offline-ready;
// later versions only activate after SKIP_WAITING, so this never swaps code under a form.
clientsClaim();
