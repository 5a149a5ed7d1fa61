/**
 * The claimant app: providers (translation, routing for the kit's links), the layout, the page
 * for the current path, and the app-wide prompts (new version ready, database upgraded elsewhere).
 * While a PIN is set and Waymark is locked, the lock screen (features/lock/, its own chunk)
 * stands in for every page but "Need help now?", and syncing waits until it is unlocked; with no
 * PIN none of that loads (data/lock/pin.ts has the design).
 */
import {
  Suspense,
  lazy,
  use,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ClientNavigationContext } from '../ui/clientNavigation';
import { Layout } from './Layout';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './UpdatePrompt';
import { VersionChangeNotice } from './VersionChangeNotice';
import { HELP_PATH, matchRoute } from './routes';
import { NavigationContext, type Navigation } from './navigation';
import { useLocation, type RouterHistory } from './router';
import { allStrings, allStringsReady } from '../i18n/i18n';
import { HomePage } from './pages/HomePage';
import { appLocked, onAppLockChange } from '../data/lock/lockGate';
import { afterPageShown } from './afterPageShown';

const LockScreen = lazy(() => import('../features/lock/LockScreen'));

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
      <ClientNavigationContext.Provider value={history.push}>
        {children(navigation)}
      </ClientNavigationContext.Provider>
    </NavigationContext.Provider>
  );
}

/**
 * Waits (suspends) until every string of the current language is loaded. It sits beside the page
 * in the same Suspense boundary, not around it: the page only ever shows with its strings, and
 * meanwhile React already starts loading the page's code (it renders a suspended boundary's
 * other children ahead, unseen), so the two load side by side rather than one after the other.
 */
function AllStrings() {
  const { i18n } = useTranslation();
  if (!allStringsReady(i18n)) use(allStrings(i18n));
  return null;
}

/**
 * Starts sending to the coach, if this phone is connected, once the first page is on screen
 * (afterPageShown.ts; with a PIN: once unlocked; locking stops it: features/lock/lockApp.ts).
 */
function useStartSync(locked: boolean): void {
  useEffect(() => {
    if (locked) return;
    return afterPageShown(() => {
      void import('../sync/start').then(({ startSyncIfConnected }) => startSyncIfConnected());
    });
  }, [locked]);
}

export interface AppProps {
  i18n: I18n;
  history: RouterHistory;
  /** Called once the app is live (first render committed, or the prerendered home hydrated). */
  onStarted?: () => void;
}

export function App({ i18n, history, onStarted }: AppProps) {
  const locked = useSyncExternalStore(onAppLockChange, appLocked, () => false);
  useStartSync(locked);
  useEffect(() => onStarted?.(), [onStarted]);
  return (
    <I18nextProvider i18n={i18n}>
      <Routed history={history}>
        {({ pathname }) => {
          const { Page, props } =
            locked && pathname !== HELP_PATH
              ? { Page: LockScreen, props: {} }
              : matchRoute(pathname);
          return (
            <Layout>
              <ErrorBoundary key={pathname}>
                <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
                  {Page !== HomePage && <AllStrings />}
                  <Page {...props} />
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
