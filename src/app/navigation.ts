/**
 * Navigation state shared with pages: where we are, how to go somewhere, and whether the page
 * was reached by an in-app navigation (then its heading takes focus, so screen reader and
 * keyboard users start at the top of the new page, as they would after a full page load).
 */
import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { markPageShown } from './afterPageShown';

export interface Navigation {
  pathname: string;
  navigate(path: string): void;
  /** How many in-app navigations have happened; 0 on the first page load. */
  navigations: number;
}

export const NavigationContext = createContext<Navigation>({
  pathname: '/',
  navigate: () => undefined,
  navigations: 0,
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** Sets the document title to "<page> – Waymark" in the current language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('common.pageTitle', { page });
  useEffect(() => {
    document.title = title;
    markPageShown();
  }, [title]);
}
