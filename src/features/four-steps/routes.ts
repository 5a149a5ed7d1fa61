/** My 4 Steps' routes: every page loads as one chunk when a My 4 Steps address is opened. */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';
import { matchFourStepsPath } from './paths';

const FourStepsPages = lazy(() => import('./FourStepsPages'));

export const fourStepsRoutes: FeatureRoutes = (pathname) => {
  const route = matchFourStepsPath(pathname);
  return route ? { Page: FourStepsPages, props: { route } } : undefined;
};
