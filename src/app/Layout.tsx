/**
 * The frame of every claimant page: skip link, header (app name, "Need help now?", settings,
 * language), connection and save status, the main landmark, and a footer.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { LanguageSwitch } from './LanguageSwitch';
import { AppStatus } from './AppStatus';
import { HELP_PATH, SETTINGS_PATH } from './routes';
import './Layout.css';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="app-header" data-print="hide">
        <div className="app-header__inner">
          <Link href="/" className="app-header__name">
            {t('common.appName')}
          </Link>
          <nav className="app-header__nav" aria-label={t('common.headerNav')}>
            <Link href={HELP_PATH} className="app-header__help">
              {t('common.needHelp')}
            </Link>
            <Link href={SETTINGS_PATH} className="app-header__link">
              {t('common.settings')}
            </Link>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <div className="app-status" data-print="hide">
        <AppStatus />
      </div>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer" data-print="hide">
        <p>{t('common.footer.voluntary')}</p>
      </footer>
    </>
  );
}
