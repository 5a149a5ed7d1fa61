/**
 * How a finished version is named: "3 March" (with the year when it is not this year, and the
 * time when another version was finished the same day, so every name is different). Month
 * names come from the core locale file (common.months), because not every browser's Intl data
 * speaks Welsh; the home page uses them too.
 */
import { LANGUAGE_TAGS, isLanguage } from '../../i18n/languages';
import type { Translate } from './flow';

export const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];

/** Month names through `t` (common.months.*). */
export const monthNames =
  (t: Translate) =>
  (month: MonthKey): string =>
    t(`common.months.${month}`);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `months`: month names, best `monthNames(t)` (right in Welsh in every browser); a language
 * ('en', 'cy') formats with the browser's Intl data instead, whose Welsh may be missing.
 */
export function versionDate(
  iso: string,
  months: ((month: MonthKey) => string) | string,
  options: { now?: Date; sameDayAs?: readonly string[] } = {},
): string {
  const monthName =
    typeof months === 'function'
      ? months
      : (month: MonthKey) =>
          new Intl.DateTimeFormat(isLanguage(months) ? LANGUAGE_TAGS[months] : months, {
            month: 'long',
          }).format(new Date(2000, MONTH_KEYS.indexOf(month), 1));
  const date = new Date(iso);
  const now = options.now ?? new Date();
  const day = (d: Date) => d.toDateString();
  const sameDay = (options.sameDayAs ?? []).some(
    (other) => other !== iso && day(new Date(other)) === day(date),
  );
  const parts = [String(date.getDate()), monthName(MONTH_KEYS[date.getMonth()] ?? 'january')];
  if (date.getFullYear() !== now.getFullYear()) parts.push(String(date.getFullYear()));
  const text = parts.join(' ');
  return sameDay ? `${text}, ${pad(date.getHours())}:${pad(date.getMinutes())}` : text;
}
