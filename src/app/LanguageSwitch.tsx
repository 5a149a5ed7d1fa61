/**
 * English / Cymraeg switch in the header (GOV.UK pattern): the current language is marked, the
 * other is a button labelled in its own language, with its own `lang` so it is read correctly.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { changeLanguage } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import './LanguageSwitch.css';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Language;
  return (
    <nav className="language-switch" aria-label={t('common.language.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <Button
              variant="link"
              aria-pressed={language === current}
              onPress={() => void changeLanguage(i18n, language)}
            >
              <span lang={language}>{t(`common.language.${language}`, { lng: language })}</span>
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
