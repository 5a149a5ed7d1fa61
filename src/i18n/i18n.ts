/**
 * i18next set up for Waymark: one `translation` namespace whose top-level keys are the file
 * names in locales/<language>/ (so `t('home.title')` reads locales/en/home.json "title").
 * Plurals use Intl.PluralRules, so Welsh gets its six forms (zero, one, two, few, many, other).
 * Changing language also sets `lang` and `dir` on <html> at once, and is remembered.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, loadResources, type Resources } from './resources';
import { LANGUAGE_TAGS, initialLanguage, rememberLanguage, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  instance.addResourceBundle(language, 'translation', await loadResources(language), true, true);
}

export function applyDocumentLanguage(instance: I18n, language: Language, doc = document): void {
  doc.documentElement.lang = LANGUAGE_TAGS[language];
  doc.documentElement.dir = instance.dir(language);
}

/** Starts i18next in the remembered (or browser's) language before the first render. */
export async function initI18n(language: Language = initialLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: Object.keys(LANGUAGE_TAGS),
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLanguage(instance, language);
  return instance;
}

export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  await ensureLanguageLoaded(instance, language);
  await instance.changeLanguage(language);
  applyDocumentLanguage(instance, language);
  rememberLanguage(language);
}
