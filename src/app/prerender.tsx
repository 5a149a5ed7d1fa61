/**
 * The home page as the build writes it into index.html's #root (scripts/prerender-home.ts), so
 * it paints from the HTML, before the JavaScript has loaded. It is the very tree main.tsx
 * hydrates: <App> at "/", in English, before any record has been read (the task list with its
 * statuses still to come). Not part of the browser bundle: only the build, and the test that
 * hydrates it, import this file.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { createI18n } from '../i18n/i18n';
import type { RouterHistory, RouterLocation } from './router';

const HOME: RouterLocation = { pathname: '/', navigations: 0 };

/** A history that stays on "/" (nothing navigates during a render to HTML). */
export const homeHistory: RouterHistory = {
  location: () => HOME,
  push: () => undefined,
  subscribe: () => () => undefined,
};

/** The home page's HTML, for inside #root. */
export async function renderHome(): Promise<string> {
  const i18n = await createI18n();
  return renderToString(
    <StrictMode>
      <App i18n={i18n} history={homeHistory} />
    </StrictMode>,
  );
}
