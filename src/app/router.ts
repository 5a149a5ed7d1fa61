/**
 * A small client-side router over the History API. Waymark has a handful of flat routes, so a
 * router library would cost more bytes than it saves (react-router is ~20 KB gzip). The current
 * location is an external store read with useSyncExternalStore; the kit's links use `push`
 * through ClientNavigationContext (see App.tsx and ui/clientNavigation.ts).
 */
import { useSyncExternalStore } from 'react';

export interface RouterLocation {
  pathname: string;
  /** How many in-app navigations have happened; 0 on the first page load. */
  navigations: number;
}

export interface RouterHistory {
  location(): RouterLocation;
  push(path: string): void;
  subscribe(listener: () => void): () => void;
}

/** Removes a trailing slash (except for "/") so "/settings/" finds "/settings". */
export function normalisePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The browser's history, as a store that also notifies on our own pushes. */
export function browserHistory(win: Window = window): RouterHistory {
  const listeners = new Set<() => void>();
  let current: RouterLocation = { pathname: normalisePath(win.location.pathname), navigations: 0 };
  const changed = () => {
    current = {
      pathname: normalisePath(win.location.pathname),
      navigations: current.navigations + 1,
    };
    listeners.forEach((listener) => listener());
  };
  win.addEventListener('popstate', changed);
  return {
    location: () => current,
    push(path) {
      if (path === win.location.pathname + win.location.search + win.location.hash) return;
      win.history.pushState(null, '', path);
      win.scrollTo(0, 0);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useLocation(history: RouterHistory): RouterLocation {
  return useSyncExternalStore(history.subscribe, history.location, history.location);
}
