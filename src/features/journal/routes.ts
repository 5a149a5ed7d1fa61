/**
 * Routes of the journal with the work coach: /messages, /appointments, /appointments/new (one
 * of the person's own), and /appointments/<id> with its pages under it (edit, prepare,
 * prepare/print). One small route
 * matcher and one lazy page (JournalPage) for all of them, because every lazy page listed here
 * costs the first screen bytes (its preload list) and the first screen has almost none to
 * spare (scripts/size-check.mjs). The paths are written out for the same reason: the pages'
 * own path helpers (appointments/paths.ts) load with the pages, not with the first screen.
 */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

const JournalPage = lazy(() => import('./JournalPage'));

export const journalRoutes: FeatureRoutes = (pathname) => {
  const [, section, id, ...more] = pathname.split('/');
  return section === 'messages' || section === 'appointments'
    ? { Page: JournalPage, props: { section, id, more: more.join('/') } }
    : undefined;
};
