/**
 * The check-in feature's routes (see src/app/routes.tsx): every page is its own lazily loaded
 * chunk, so none of it costs the first screen anything.
 */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';
import { parseCheckInPath } from './steps';

const CheckInStartPage = lazy(() => import('./CheckInStartPage'));
const AreaPage = lazy(() => import('./AreaPage'));
const AboutWorkPage = lazy(() => import('./AboutWorkPage'));
const CheckAnswersPage = lazy(() => import('./CheckAnswersPage'));
const FinishedPage = lazy(() => import('./FinishedPage'));
const ProgressPage = lazy(() => import('./ProgressPage'));
const SummaryPage = lazy(() => import('./SummaryPage'));

export const checkInRoutes: FeatureRoutes = (pathname) => {
  const route = parseCheckInPath(pathname);
  switch (route?.page) {
    case undefined:
      return undefined;
    case 'start':
      return { Page: CheckInStartPage };
    case 'progress':
      return { Page: ProgressPage };
    case 'summary':
      return { Page: SummaryPage };
    case 'area':
      return { Page: AreaPage, props: { id: route.id, area: route.area } };
    case 'aboutWork':
      return { Page: AboutWorkPage, props: { id: route.id } };
    case 'check':
      return { Page: CheckAnswersPage, props: { id: route.id } };
    case 'finished':
      return { Page: FinishedPage, props: { id: route.id } };
  }
};
