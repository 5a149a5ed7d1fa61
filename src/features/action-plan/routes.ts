/**
 * The action plan's pages: the list at /action-plan, and one action (new or existing) at
 * /action-plan/action/<uuid>. A new action gets its id before it exists, so a reload keeps the
 * same form and the first answer creates the record.
 */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

const ActionPlanPage = lazy(() => import('./ActionPlanPage'));
const ActionEditPage = lazy(() => import('./ActionEditPage'));

export const ACTION_PLAN_PATH = '/action-plan';
const ACTION_PATH =
  /^\/action-plan\/action\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function actionPath(id: string): string {
  return `${ACTION_PLAN_PATH}/action/${id}`;
}

export const actionPlanRoutes: FeatureRoutes = (pathname) => {
  if (pathname === ACTION_PLAN_PATH) return { Page: ActionPlanPage };
  const match = ACTION_PATH.exec(pathname);
  if (match) return { Page: ActionEditPage, props: { id: match[1]?.toLowerCase() } };
  return undefined;
};
