/**
 * Dates in the reader's language (Intl.DateTimeFormat with i18n.language's tag): "4 March 2026" in
 * full, "4 March" when it is this year, and "Mar 2026" for a chart's axis.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS, isLanguage } from '../../i18n/languages';

export interface DateWords {
  /** "4 March 2026" */
  long(iso: string): string;
  /** "4 March", with the year when it is not this year. */
  short(iso: string): string;
  /** "Mar 2026" */
  axis(iso: string): string;
}

export function dateWords(language: string, now: Date = new Date()): DateWords {
  const long = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const dayMonth = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' });
  const axis = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' });
  return {
    long: (iso) => long.format(new Date(iso)),
    short: (iso) => {
      const date = new Date(iso);
      return date.getFullYear() === now.getFullYear() ? dayMonth.format(date) : long.format(date);
    },
    axis: (iso) => axis.format(new Date(iso)),
  };
}

export function useDateWords(): DateWords {
  const { i18n } = useTranslation();
  // 'en-GB' and 'cy-GB', so English dates read "4 March", not "March 4".
  const tag = isLanguage(i18n.language) ? LANGUAGE_TAGS[i18n.language] : i18n.language;
  return useMemo(() => dateWords(tag), [tag]);
}
