/**
 * i18next set up for Waymark: one `translation` namespace whose top-level keys are the file
 * names in locales/<language>/ (so `t('home.title')` reads locales/en/home.json "title").
 * Plurals use Intl.PluralRules, so Welsh gets its six forms (zero, one, two, few, many, other).
 * Changing language also sets `lang` and `dir` on <html> at once, and is remembered.
 *
 * Strings load in two parts (see resources.ts): the core before the first paint, the rest when
 * a page that needs them opens (`allStrings`, used by App.tsx around every page but home).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enCore, loadResources, type ResourcePart, type Resources } from './resources';
import { LANGUAGE_TAGS, initialLanguage, rememberLanguage, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

/**
 * Per i18next instance: the parts of each language loaded (or loading), and those done. Kept by
 * the instance's resource store, not the instance: react-i18next's `useTranslation` hands out a
 * copy of the instance (a new object whenever the component mounts again, as one that suspends
 * does), and keyed by that copy a page waiting for its strings loaded them again and again and
 * never showed. Every copy shares the one store.
 */
type Store = I18n['store'];
const loads = new WeakMap<Store, Map<string, Promise<void>>>();
const done = new WeakMap<Store, Set<string>>();

function markDone(instance: I18n, key: string): void {
  const keys = done.get(instance.store) ?? new Set<string>();
  keys.add(key);
  done.set(instance.store, keys);
}

/** True when every string of `language` is already loaded (nothing to wait for). */
export function allStringsReady(
  instance: I18n,
  language: Language = instance.language as Language,
): boolean {
  const keys = done.get(instance.store);
  return Boolean(keys?.has(`${language}:core`) && keys.has(`${language}:rest`));
}

function loadPart(instance: I18n, language: Language, part: ResourcePart): Promise<void> {
  const byKey = loads.get(instance.store) ?? new Map<string, Promise<void>>();
  loads.set(instance.store, byKey);
  const key = `${language}:${part}`;
  let promise = byKey.get(key);
  if (!promise) {
    promise = loadResources(language, part).then((bundle) => {
      instance.addResourceBundle(language, 'translation', bundle, true, true);
      markDone(instance, key);
    });
    promise.catch(() => byKey.delete(key)); // a failed load may be tried again
    byKey.set(key, promise);
  }
  return promise;
}

function hasPart(instance: I18n, language: string, part: ResourcePart): boolean {
  return loads.get(instance.store)?.has(`${language}:${part}`) ?? false;
}

/** Loads a language's core strings, and the rest too when asked. */
export async function ensureLanguageLoaded(
  instance: I18n,
  language: Language,
  parts: readonly ResourcePart[] = ['core'],
): Promise<void> {
  await Promise.all(parts.map((part) => loadPart(instance, language, part)));
}

/** Every string of the current language (a promise cached per language, for React's use()). */
export function allStrings(
  instance: I18n,
  language: Language = instance.language as Language,
): Promise<void> {
  const core = loadPart(instance, language, 'core');
  const rest = loadPart(instance, language, 'rest');
  const key = `${language}:all`;
  const byKey = loads.get(instance.store)!;
  let both = byKey.get(key);
  if (!both) {
    both = Promise.all([core, rest]).then(() => undefined);
    byKey.set(key, both);
  }
  return both;
}

export function applyDocumentLanguage(instance: I18n, language: Language, doc = document): void {
  doc.documentElement.lang = LANGUAGE_TAGS[language];
  doc.documentElement.dir = instance.dir(language);
}

/**
 * An i18next instance in English with the core strings, touching no browser API: what the
 * build renders the home page with (app/prerender.tsx), and where initI18n starts.
 */
export async function createI18n(): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: Object.keys(LANGUAGE_TAGS),
    resources: { en: { translation: enCore } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  loads.set(instance.store, new Map([['en:core', Promise.resolve()]]));
  markDone(instance, 'en:core');
  return instance;
}

/** Starts i18next in the remembered (or browser's) language before the first render. */
export async function initI18n(language: Language = initialLanguage()): Promise<I18n> {
  const instance = await createI18n();
  await changeLanguage(instance, language);
  return instance;
}

/** Switches language, loading the same parts of the new one that the old one had. */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  const parts: ResourcePart[] = hasPart(instance, instance.language, 'rest')
    ? ['core', 'rest']
    : ['core'];
  await ensureLanguageLoaded(instance, language, parts);
  if (parts.includes('rest')) await allStrings(instance, language);
  await instance.changeLanguage(language);
  applyDocumentLanguage(instance, language);
  rememberLanguage(language);
}
