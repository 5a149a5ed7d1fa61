/**
 * The coach console: translation and routing providers, the layout, and the page for the
 * address. Every page but help needs a signed-in coach; without one the sign-in form shows in
 * place (the address stays, so the coach lands where they meant to go).
 */
import { Suspense, use, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ClientNavigationContext, NotificationProvider } from '../ui';
import { CoachErrorBoundary } from './CoachErrorBoundary';
import { NavigationContext, type Navigation } from '../app/navigation';
import { useLocation, type RouterHistory } from '../app/router';
import { CoachLayout } from './CoachLayout';
import { coachStrings, coachStringsReady } from './i18n';
import { matchCoachRoute, type CoachRoute } from './routes';
import { useSession } from './session';
import { SignInPage } from './pages/SignInPage';
import { CaseloadPage } from './pages/CaseloadPage';
import { AddClaimantPage } from './pages/AddClaimantPage';
import { ClaimantPage } from './pages/ClaimantPage';
import { ActionFormPage } from './pages/ActionFormPage';
import { AppointmentFormPage } from './pages/AppointmentFormPage';
import { CoachHelpPage } from './pages/CoachHelpPage';
import { ReportPage } from './pages/ReportPage';
import { CoachNotFoundPage } from './pages/CoachNotFoundPage';
import { JournalProvider } from './journal/JournalContext';

/** Waits (suspends) until the console's strings in the current language are loaded. */
function CoachStrings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  if (!coachStringsReady(i18n)) use(coachStrings(i18n));
  return children;
}

function Page({ route }: { route: CoachRoute }) {
  const session = useSession();
  if (route.page === 'help') return <CoachHelpPage />;
  if (session.status === 'checking') return <div className="page-loading" aria-busy="true" />;
  if (session.status === 'signedOut') return <SignInPage expired={session.expired} />;
  switch (route.page) {
    case 'caseload':
      return <CaseloadPage />;
    case 'addClaimant':
      return <AddClaimantPage />;
    case 'report':
      return <ReportPage />;
    case 'claimant':
      return (
        <JournalProvider key={route.id} claimantId={route.id}>
          <ClaimantPage tab={route.tab} />
        </JournalProvider>
      );
    case 'action':
      return (
        <JournalProvider key={route.id} claimantId={route.id}>
          <ActionFormPage actionId={route.actionId} />
        </JournalProvider>
      );
    case 'appointment':
      return (
        <JournalProvider key={route.id} claimantId={route.id}>
          <AppointmentFormPage appointmentId={route.appointmentId} />
        </JournalProvider>
      );
    case 'notFound':
      return <CoachNotFoundPage />;
  }
}

export function CoachApp({ i18n, history }: { i18n: I18n; history: RouterHistory }) {
  const { pathname, navigations } = useLocation(history);
  const navigation = useMemo<Navigation>(
    () => ({ pathname, navigate: history.push, navigations }),
    [pathname, history, navigations],
  );
  const route = matchCoachRoute(pathname);
  return (
    <I18nextProvider i18n={i18n}>
      <NavigationContext.Provider value={navigation}>
        <ClientNavigationContext.Provider value={history.push}>
          <NotificationProvider>
            <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
              <CoachStrings>
                <CoachLayout>
                  <CoachErrorBoundary key={pathname}>
                    <Page route={route} />
                  </CoachErrorBoundary>
                </CoachLayout>
              </CoachStrings>
            </Suspense>
          </NotificationProvider>
        </ClientNavigationContext.Provider>
      </NavigationContext.Provider>
    </I18nextProvider>
  );
}
