/** My Values' addresses: the start page, its screens, Check your answers and versions. */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';
import { findTask } from '../../domain/tasks';
import { matchWorkbookPath } from '../workbook/paths';

const MyValuesPages = lazy(() => import('./MyValuesPages'));
const BASE = findTask('values').path;

export const myValuesRoutes: FeatureRoutes = (pathname) => {
  const route = matchWorkbookPath(BASE, pathname);
  return route ? { Page: MyValuesPages, props: { route } } : undefined;
};
