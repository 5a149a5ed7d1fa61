/**
 * The coach console's strings: the claimant app's i18next set-up (same languages, same switch,
 * every claimant string, so the console can show the claimant's questions and areas in their
 * words) plus locales/<language>/coach.json, which only the console loads. Its `claimantWords`
 * replace the few claimant strings that say "you" where the console reuses a claimant piece.
 */
import type { i18n as I18n } from 'i18next';
import { allStrings, initI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

const coachFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../locales/*/coach.json',
);

const loading = new WeakMap<I18n, Map<string, Promise<void>>>();
const loaded = new WeakMap<I18n, Set<string>>();

export function coachStringsReady(instance: I18n, language = instance.language): boolean {
  return loaded.get(instance)?.has(language) ?? false;
}

/** Loads the console's strings (and every claimant string) for a language, once. */
export function coachStrings(instance: I18n, language = instance.language): Promise<void> {
  const byLanguage = loading.get(instance) ?? new Map<string, Promise<void>>();
  loading.set(instance, byLanguage);
  let promise = byLanguage.get(language);
  if (!promise) {
    const load = coachFiles[`../../locales/${language}/coach.json`];
    if (!load) return Promise.reject(new Error(`No coach console strings for ${language}`));
    promise = Promise.all([load(), allStrings(instance, language as Language)]).then(([file]) => {
      const { claimantWords, ...coach } = file.default as {
        claimantWords?: Record<string, unknown>;
      };
      instance.addResourceBundle(language, 'translation', { coach }, true, true);
      // The claimant app's own words where the console reuses its pieces (the progress chart):
      // "your scores" becomes "their scores" for the coach reading them.
      if (claimantWords) {
        instance.addResourceBundle(language, 'translation', claimantWords, true, true);
      }
      const done = loaded.get(instance) ?? new Set<string>();
      done.add(language);
      loaded.set(instance, done);
    });
    promise.catch(() => byLanguage.delete(language));
    byLanguage.set(language, promise);
  }
  return promise;
}

export async function initCoachI18n(): Promise<I18n> {
  const instance = await initI18n();
  await coachStrings(instance);
  return instance;
}
