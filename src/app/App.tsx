/**
 * The claimant app: providers (translation, routing for react-aria links), the layout, the page
 * for the current path, and the app-wide prompts (new version ready, database upgraded elsewhere).
 */
import { Suspense, use, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { RouterProvider } from 'react-aria-components';
import { Layout } from './Layout';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './UpdatePrompt';
import { VersionChangeNotice } from './VersionChangeNotice';
import { matchRoute } from './routes';
import { NavigationContext, type Navigation } from './navigation';
import { useLocation, type RouterHistory } from './router';
import { allStrings, allStringsReady } from '../i18n/i18n';
import { HomePage } from './pages/HomePage';

function Routed({
  history,
  children,
}: {
  history: RouterHistory;
  children: (navigation: Navigation) => ReactNode;
}) {
  const { pathname, navigations } = useLocation(history);
  const navigation = useMemo<Navigation>(
    () => ({ pathname, navigate: history.push, navigations }),
    [pathname, history, navigations],
  );
  return (
    <NavigationContext.Provider value={navigation}>
      <RouterProvider navigate={history.push}>{children(navigation)}</RouterProvider>
    </NavigationContext.Provider>
  );
}

/** Waits (suspends) until every string of the current language is loaded. */
function AllStrings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  if (!allStringsReady(i18n)) use(allStrings(i18n));
  return children;
}

/** Starts sending to the coach, if this phone is connected, once the first screen is up. */
function useStartSync(): void {
  useEffect(() => {
    void import('../sync/start').then(({ startSyncIfConnected }) => startSyncIfConnected());
  }, []);
}

export function App({ i18n, history }: { i18n: I18n; history: RouterHistory }) {
  useStartSync();
  return (
    <I18nextProvider i18n={i18n}>
      <Routed history={history}>
        {({ pathname }) => {
          const { Page, props } = matchRoute(pathname);
          return (
            <Layout>
              <ErrorBoundary key={pathname}>
                <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
                  {Page === HomePage ? (
                    <Page {...props} />
                  ) : (
                    <AllStrings>
                      <Page {...props} />
                    </AllStrings>
                  )}
                </Suspense>
              </ErrorBoundary>
              <UpdatePrompt />
              <VersionChangeNotice />
            </Layout>
          );
        }}
      </Routed>
    </I18nextProvider>
  );
}
