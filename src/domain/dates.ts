/**
 * Calendar dates as the claimant types them (day, month and year boxes, GOV.UK pattern) and as
 * records store them (YYYY-MM-DD). Every date is optional: three empty boxes mean "no date".
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateCheck =
  | { kind: 'empty' }
  | { kind: 'valid'; iso: string }
  /** Some boxes filled, some empty; `missing` lists the empty ones. */
  | { kind: 'incomplete'; missing: (keyof DateParts)[] }
  /** All filled, but not a real date (e.g. 31 2 2027), or the year is not four digits. */
  | { kind: 'notReal' };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Checks what was typed; spaces around the numbers are ignored. */
export function checkDate(parts: DateParts): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter(
    (key) => ({ day, month, year })[key] === '',
  );
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0) return { kind: 'incomplete', missing };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { kind: 'notReal' };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return { kind: 'notReal' };
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return { kind: 'notReal' };
  return { kind: 'valid', iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** The boxes for a stored date (or empty boxes for none). */
export function partsFromIso(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** Today on this device, in its own time zone, as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A YYYY-MM-DD date as a Date at noon UTC, for formatting the day without time zone drift. */
export function isoDateToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, 12));
}
