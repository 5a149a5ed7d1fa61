/**
 * The office report page's pure parts: checking the period typed in the date boxes, the
 * addresses of the report and its CSV, a sensible first period, and how figures are written.
 */
import { checkDate, type DateParts } from '../domain/dates';
import { reportQuerySchema, type ReportPeriod } from '../domain/report';

export const REPORT_FROM_ID = 'report-from';
export const REPORT_TO_ID = 'report-to';

/** A problem with the period: which field it belongs to and its string key under coach.report.errors. */
export interface PeriodProblem {
  fieldId: typeof REPORT_FROM_ID | typeof REPORT_TO_ID;
  key:
    | 'fromMissing'
    | 'fromIncomplete'
    | 'fromNotReal'
    | 'toMissing'
    | 'toIncomplete'
    | 'toNotReal'
    | 'order'
    | 'tooLong';
}

export type PeriodCheck =
  { ok: true; period: ReportPeriod } | { ok: false; problems: PeriodProblem[] };

/** Checks both date boxes, then their order and the length of the period (as the server does). */
export function checkPeriod(from: DateParts, to: DateParts): PeriodCheck {
  const problems: PeriodProblem[] = [];
  const days: Partial<Record<'from' | 'to', string>> = {};
  for (const [which, parts, fieldId] of [
    ['from', from, REPORT_FROM_ID],
    ['to', to, REPORT_TO_ID],
  ] as const) {
    const check = checkDate(parts);
    if (check.kind === 'valid') days[which] = check.iso;
    else {
      const suffix =
        check.kind === 'empty' ? 'Missing' : check.kind === 'incomplete' ? 'Incomplete' : 'NotReal';
      problems.push({ fieldId, key: `${which}${suffix}` });
    }
  }
  if (problems.length > 0 || !days.from || !days.to) return { ok: false, problems };
  const period = { from: days.from, to: days.to };
  const parsed = reportQuerySchema.safeParse(period);
  if (!parsed.success) {
    const key = period.from > period.to ? 'order' : 'tooLong';
    return { ok: false, problems: [{ fieldId: REPORT_TO_ID, key }] };
  }
  return { ok: true, period: parsed.data };
}

/** The first period shown: from the same day three months ago up to today. */
export function defaultPeriod(today: string): ReportPeriod {
  const [y, m, d] = today.split('-').map(Number);
  const start = new Date(Date.UTC(y ?? 0, (m ?? 1) - 4, d ?? 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

function query(period: ReportPeriod): string {
  return new URLSearchParams({ from: period.from, to: period.to }).toString();
}

export function reportApiUrl(period: ReportPeriod): string {
  return `/api/coach/report?${query(period)}`;
}

export function reportCsvUrl(period: ReportPeriod): string {
  return `/api/coach/report.csv?${query(period)}`;
}

/** "60%" (a share from 0 to 1), in the reader's language. */
export function formatShare(share: number, languageTag: string): string {
  return new Intl.NumberFormat(languageTag, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A median change with its sign ("+1.5", "0", "−1"), in the reader's language. */
export function formatChange(change: number, languageTag: string): string {
  return new Intl.NumberFormat(languageTag, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** A whole number in the reader's language ("1,204"). */
export function formatCount(count: number, languageTag: string): string {
  return new Intl.NumberFormat(languageTag).format(count);
}
