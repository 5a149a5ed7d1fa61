/**
 * The claimant app's routes. The home page is in the first bundle; every other page is its own
 * chunk, loaded on demand (and precached by the service worker, so all work offline).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { TASKS, type TaskId } from '../domain/tasks';
import { HomePage } from './pages/HomePage';

const TaskStartPage = lazy(() => import('../features/tasks/TaskStartPage'));
const NeedHelpPage = lazy(() => import('../features/help/NeedHelpPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export interface RouteMatch {
  Page:
    ComponentType<{ taskId?: TaskId }> | LazyExoticComponent<ComponentType<{ taskId?: TaskId }>>;
  props?: { taskId: TaskId };
}

export const HELP_PATH = '/help';
export const SETTINGS_PATH = '/settings';

const staticRoutes: Record<string, RouteMatch> = {
  '/': { Page: HomePage },
  [HELP_PATH]: { Page: NeedHelpPage },
  [SETTINGS_PATH]: { Page: SettingsPage },
};

export function matchRoute(pathname: string): RouteMatch {
  const exact = staticRoutes[pathname];
  if (exact) return exact;
  const task = TASKS.find((t) => t.path === pathname);
  if (task) return { Page: TaskStartPage, props: { taskId: task.id } };
  return { Page: NotFoundPage };
}

/** Every path the app serves, for the service worker tests and the accessibility sweep. */
export const ALL_PATHS = [...Object.keys(staticRoutes), ...TASKS.map((t) => t.path)];
