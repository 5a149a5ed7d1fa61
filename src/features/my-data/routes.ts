/** The printable summary of everything on this phone (linked from "Your information"). */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

export const MY_INFORMATION_PATH = '/my-information';

const SummaryPage = lazy(() => import('./SummaryPage'));

export const myDataRoutes: FeatureRoutes = (pathname) =>
  pathname === MY_INFORMATION_PATH ? { Page: SummaryPage } : undefined;
