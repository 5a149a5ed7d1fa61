/**
 * A stored YYYY-MM-DD date in words, "27 March 2027", with month names from the locale files
 * (common.months), so Welsh is right even where a browser's Intl data has no Welsh.
 */
import { MONTH_KEYS, monthNames } from '../workbook/dates';
import type { Translate } from '../workbook/flow';

export function formatIsoDate(iso: string, t: Translate): string {
  const [year, month, day] = iso.split('-').map(Number);
  const key = MONTH_KEYS[(month ?? 1) - 1] ?? 'january';
  return `${day ?? ''} ${monthNames(t)(key)} ${year ?? ''}`;
}
