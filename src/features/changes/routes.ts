// Routes of the "changes to check" feature: /changes-to-check, where the person chooses which
// of two changes to keep when the same answer was changed on this phone and somewhere else.
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

export const CHANGES_PATH = '/changes-to-check';
const ChangesToCheckPage = lazy(() => import('./ChangesToCheckPage'));

export const changesRoutes: FeatureRoutes = (pathname) =>
  pathname === CHANGES_PATH ? { Page: ChangesToCheckPage } : undefined;
