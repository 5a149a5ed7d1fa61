/**
 * The claimant app's routes. The home page is in the first bundle; every other page is its own
 * chunk, loaded on demand (and precached by the service worker, so all work offline).
 *
 * A feature that has pages exports a `FeatureRoutes` function from its folder's `routes.ts`
 * (pathname in, match or undefined out, pages loaded with React.lazy) and is listed in
 * FEATURE_ROUTES below. A task without its own pages yet falls back to its start page.
 */
import { lazy, type ComponentType } from 'react';
import { TASKS } from '../domain/tasks';
import { HomePage } from './pages/HomePage';
import { actionPlanRoutes } from '../features/action-plan/routes';
import { fourStepsRoutes } from '../features/four-steps/routes';
import { aboutMeRoutes } from '../features/about-me/routes';
import { myValuesRoutes } from '../features/my-values/routes';
import { checkInRoutes } from '../features/check-in/routes';
import { pairingRoutes } from '../features/pairing/routes';
import { journalRoutes } from '../features/journal/routes';
import { changesRoutes } from '../features/changes/routes';
import { feedbackRoutes } from '../features/feedback/routes';
import { myDataRoutes } from '../features/my-data/routes';

const TaskStartPage = lazy(() => import('../features/tasks/TaskStartPage'));
const NeedHelpPage = lazy(() => import('../features/help/NeedHelpPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export interface RouteMatch {
  // Each page declares its own props; the matcher that builds the props is its pair.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Page: ComponentType<any>;
  props?: Record<string, unknown>;
}

/** A feature's routes: the match for a pathname it owns, or undefined. */
export type FeatureRoutes = (pathname: string) => RouteMatch | undefined;

export const HELP_PATH = '/help';
export const SETTINGS_PATH = '/settings';

const staticRoutes: Record<string, RouteMatch> = {
  '/': { Page: HomePage },
  [HELP_PATH]: { Page: NeedHelpPage },
  [SETTINGS_PATH]: { Page: SettingsPage },
};

/** Features with their own pages, in the order they are asked. */
const FEATURE_ROUTES: FeatureRoutes[] = [
  actionPlanRoutes,
  fourStepsRoutes,
  aboutMeRoutes,
  myValuesRoutes,
  checkInRoutes,
  pairingRoutes,
  changesRoutes,
  journalRoutes,
  feedbackRoutes,
  myDataRoutes,
];

export function matchRoute(pathname: string): RouteMatch {
  const exact = staticRoutes[pathname];
  if (exact) return exact;
  for (const routes of FEATURE_ROUTES) {
    const match = routes(pathname);
    if (match) return match;
  }
  const task = TASKS.find((t) => t.path === pathname);
  if (task) return { Page: TaskStartPage, props: { taskId: task.id } };
  return { Page: NotFoundPage };
}
