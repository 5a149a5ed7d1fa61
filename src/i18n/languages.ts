/**
 * The languages Waymark speaks. Adding one means adding its folder under locales/ and a line
 * here; text direction comes from i18next's own list, so a right-to-left language needs no code.
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** BCP 47 tags for the `lang` attribute and Intl formatting. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const STORAGE_KEY = 'waymark.language';

/**
 * The remembered choice lives in localStorage (not IndexedDB) so the very first paint is in the
 * right language without waiting for the database; it is a preference, not a record.
 */
export function rememberedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this visit only.
  }
}

/** The remembered choice, else the browser's preference, else English. */
export function initialLanguage(
  preferred: readonly string[] = navigator.languages ?? [],
): Language {
  const remembered = rememberedLanguage();
  if (remembered) return remembered;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}
