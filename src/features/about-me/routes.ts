/** About Me's addresses: the start page, its questions, Check your answers and versions. */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';
import { findTask } from '../../domain/tasks';
import { matchWorkbookPath } from '../workbook/paths';

const AboutMePages = lazy(() => import('./AboutMePages'));
const BASE = findTask('aboutMe').path;

export const aboutMeRoutes: FeatureRoutes = (pathname) => {
  const route = matchWorkbookPath(BASE, pathname);
  return route ? { Page: AboutMePages, props: { route } } : undefined;
};
