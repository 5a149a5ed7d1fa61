/**
 * The frame of every console page: skip link, header (console name, "Need help now?", who is
 * signed in with Sign out, language), the message region, the main landmark and a footer.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Link, NotificationRegion } from '../ui';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useNavigation } from '../app/navigation';
import { COACH_HELP_PATH, COACH_HOME } from './routes';
import { signOut, useSession } from './session';
import '../app/Layout.css';
import './coach.css';

export function CoachLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const { navigate } = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link href={COACH_HOME} className="app-header__name">
            {t('coach.appName')}
          </Link>
          <nav className="app-header__nav" aria-label={t('coach.layout.headerNav')}>
            <Link href={COACH_HELP_PATH} className="app-header__help">
              {t('common.needHelp')}
            </Link>
            {session.status === 'signedIn' ? (
              <Button
                variant="link"
                onPress={() => {
                  void signOut().finally(() => navigate(COACH_HOME));
                }}
              >
                {t('coach.layout.signOut')}
              </Button>
            ) : null}
          </nav>
          <LanguageSwitch />
        </div>
        {session.status === 'signedIn' ? (
          <p className="coach-signed-in">
            {t('coach.layout.signedInAs', { email: session.coach.email })}
          </p>
        ) : null}
      </header>
      <div className="app-status">
        <NotificationRegion dismissLabel={t('coach.layout.dismiss')} />
      </div>
      <main id="main" className="app-main coach-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('coach.layout.footer')}</p>
      </footer>
    </>
  );
}
