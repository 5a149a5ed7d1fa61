/**
 * Registers the service worker (service-worker/sw.ts) with workbox-window and reports when a new
 * version is waiting. The new version never takes over by itself: the person chooses "Reload",
 * so nothing changes under someone who is half way through a form. workbox-window is loaded
 * after the first screen, so it costs the first paint nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';

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
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      wb = new Workbox('/sw.js', { scope: '/' });
      wb.addEventListener('waiting', () => setUpdateReady(true));
      void wb.register();
      setWorkbox(wb);
      timer = setInterval(checkForUpdate, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', checkForUpdate);
    });
    return () => {
      cancelled = true;
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
