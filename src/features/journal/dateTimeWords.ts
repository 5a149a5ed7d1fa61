/**
 * A moment in words, in this phone's time zone: "Tuesday 3 December, 10:30" (with the year
 * when it is not this year). Day and month names come from the core locale file (common.days,
 * Sunday first as Date.getDay counts; common.months), so Welsh is right in every browser. The
 * home page uses it too, so it is kept small.
 */
import { MONTH_KEYS, monthNames } from '../workbook/dates';
import type { Translate } from '../workbook/flow';

const pad = (n: number) => String(n).padStart(2, '0');

/** The time of day of a moment, on the 24-hour clock: "10:30". */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function dateTimeInWords(iso: string, t: Translate, now: Date = new Date()): string {
  const d = new Date(iso);
  const year = d.getFullYear() === now.getFullYear() ? '' : ` ${d.getFullYear()}`;
  const day = t('common.days', { returnObjects: true })[d.getDay()];
  const month = monthNames(t)(MONTH_KEYS[d.getMonth()] ?? 'january');
  return `${day} ${d.getDate()} ${month}${year}, ${clockTime(iso)}`;
}
