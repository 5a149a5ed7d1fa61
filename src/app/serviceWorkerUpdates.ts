/**
 * Registers the service worker (service-worker/sw.ts) with workbox-window and reports when a new
 * version is waiting. The new version never takes over by itself: the person chooses "Reload",
 * so nothing changes under someone who is half way through a form. workbox-window loads, and the
 * worker is registered (and downloads the app for use offline), once the page the person opened
 * is on screen (afterPageShown.ts), so none of it competes with that page's own files.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { afterPageShown } from './afterPageShown';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerUpdate {
  updateReady: boolean;
  reload(): void;
  dismiss(): void;
}

export function useServiceWorkerUpdate(enabled = import.meta.env.PROD): ServiceWorkerUpdate {
  const [workbox, setWorkbox] = useState<Workbox>();
  const [updateReady, setUpdateReady] = useState(false);

  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    const checkForUpdate = () => {
      if (document.visibilityState === 'visible') void wb?.update();
    };
    let wb: Workbox | undefined;
    const stopWaiting = afterPageShown(() => {
      void import('workbox-window').then(({ Workbox }) => {
        if (cancelled) return;
        wb = new Workbox('/sw.js', { scope: '/' });
        wb.addEventListener('waiting', () => setUpdateReady(true));
        void wb.register();
        setWorkbox(wb);
        timer = setInterval(checkForUpdate, UPDATE_CHECK_MS);
        document.addEventListener('visibilitychange', checkForUpdate);
      });
    });
    return () => {
      cancelled = true;
      stopWaiting();
      if (timer) clearInterval(timer);
      document.removeEventListener('visibilitychange', checkForUpdate);
    };
  }, [enabled]);

  const reload = useCallback(() => {
    if (!workbox) return;
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  }, [workbox]);

  const dismiss = useCallback(() => setUpdateReady(false), []);
  return { updateReady, reload, dismiss };
}
