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
 *   While a PIN is set the worker has no key (it lives only in an unlocked page's memory):
 *   reading the sealed connection fails with a LockedError before anything is sent or
 *   written, and the round ends quietly; the app sends the changes once it is unlocked.
 * - A tap on an appointment reminder notification opens that appointment.
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
import { isLockedError } from '../src/data/lock/codec';
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
  sync.waitUntil(
    backgroundRound(engine).catch((error: unknown) => {
      if (!isLockedError(error)) throw error; // locked with a PIN: not now, and not retried
    }),
  );
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// A reminder notification (src/features/appointments/reminderNotifications.ts) opens the
// appointment: in a Waymark window already open, or a new one. Only same-origin app paths.
self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close();
  const data = event.notification.data as { url?: unknown } | undefined;
  const asked = new URL(typeof data?.url === 'string' ? data.url : '/', self.location.origin);
  const url = asked.origin === self.location.origin ? asked.href : self.location.origin + '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        await open.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    }),
  );
});

// The first install takes control at once so the very first visit is already offline-ready;
// later versions only activate after SKIP_WAITING, so this never swaps code under a form.
clientsClaim();
