/**
 * Client-side navigation for the kit's plain links (Link, TaskList, SummaryList): a plain click
 * on an in-app link goes through the app's router instead of reloading the page; everything else
 * (a new tab with Ctrl or Cmd, Shift, a middle click, a download, another site) is left to the
 * browser, as for any <a>. The app puts its router's `push` in the context (App.tsx,
 * CoachApp.tsx); without one, links simply load the page.
 *
 * This replaces react-aria-components' Link and RouterProvider. The kit's links and buttons are
 * native elements, so the first screen (the home page and the layout) loads none of react-aria's
 * press and hover machinery, about 12 KB gzip (BENCHMARKS.md, issue 8); pages that use react-aria
 * widgets (radio groups, dialogs, text fields) load it with their own code.
 */
import { createContext, useContext, type MouseEvent } from 'react';

export type ClientNavigate = (path: string) => void;

export const ClientNavigationContext = createContext<ClientNavigate | undefined>(undefined);

/** Whether a click on `anchor` should stay in the app (plain primary click on a same-origin link). */
export function isClientNavigation(event: MouseEvent<HTMLAnchorElement>): boolean {
  const anchor = event.currentTarget;
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.hasAttribute('download')) return false;
  const target = anchor.getAttribute('target');
  if (target && target !== '_self') return false;
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#')) return false;
  return new URL(anchor.href, window.location.href).origin === window.location.origin;
}

/**
 * An onClick for an <a>: navigates in the app when `isClientNavigation`, after the caller's
 * own handler (which may prevent it).
 */
export function useLinkClick(
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void,
): (event: MouseEvent<HTMLAnchorElement>) => void {
  const navigate = useContext(ClientNavigationContext);
  return (event) => {
    onClick?.(event);
    if (!navigate || !isClientNavigation(event)) return;
    event.preventDefault();
    const url = new URL(event.currentTarget.href, window.location.href);
    navigate(url.pathname + url.search + url.hash);
  };
}
