// The office report page's pure parts: the period check behind its error summary, the
// addresses it calls, its first period, and how figures are written in English and Welsh.
import { describe, expect, it } from 'vitest';
import { partsFromIso } from '../domain/dates';
import {
  REPORT_FROM_ID,
  REPORT_TO_ID,
  checkPeriod,
  defaultPeriod,
  formatChange,
  formatCount,
  formatShare,
  reportApiUrl,
  reportCsvUrl,
} from './report';

const day = partsFromIso;
const empty = { day: '', month: '', year: '' };

describe('checkPeriod', () => {
  it('accepts two real dates in order', () => {
    expect(checkPeriod(day('2026-01-01'), day('2026-03-31'))).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-03-31' },
    });
    expect(checkPeriod(day('2026-03-31'), day('2026-03-31')).ok).toBe(true);
  });

  it('names each box that is empty, half filled or not a real date', () => {
    expect(checkPeriod(empty, empty)).toEqual({
      ok: false,
      problems: [
        { fieldId: REPORT_FROM_ID, key: 'fromMissing' },
        { fieldId: REPORT_TO_ID, key: 'toMissing' },
      ],
    });
    expect(
      checkPeriod({ day: '1', month: '', year: '2026' }, { day: '31', month: '2', year: '2026' }),
    ).toEqual({
      ok: false,
      problems: [
        { fieldId: REPORT_FROM_ID, key: 'fromIncomplete' },
        { fieldId: REPORT_TO_ID, key: 'toNotReal' },
      ],
    });
  });

  it('refuses an end before the start, and a period over three years, on the end date', () => {
    expect(checkPeriod(day('2026-04-01'), day('2026-03-31'))).toEqual({
      ok: false,
      problems: [{ fieldId: REPORT_TO_ID, key: 'order' }],
    });
    expect(checkPeriod(day('2020-01-01'), day('2026-01-01'))).toEqual({
      ok: false,
      problems: [{ fieldId: REPORT_TO_ID, key: 'tooLong' }],
    });
  });
});

describe('the report page', () => {
  it('starts with the three months up to today', () => {
    expect(defaultPeriod('2026-11-24')).toEqual({ from: '2026-08-24', to: '2026-11-24' });
    expect(defaultPeriod('2026-02-10')).toEqual({ from: '2025-11-10', to: '2026-02-10' });
  });

  it('asks for the report and its CSV with the period in the query', () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    expect(reportApiUrl(period)).toBe('/api/coach/report?from=2026-01-01&to=2026-03-31');
    expect(reportCsvUrl(period)).toBe('/api/coach/report.csv?from=2026-01-01&to=2026-03-31');
  });

  it('writes shares, signed changes and counts in the reader’s language', () => {
    expect(formatShare(0.6, 'en-GB')).toBe('60%');
    expect(formatShare(0.667, 'cy-GB')).toBe('67%');
    expect(formatChange(1.5, 'en-GB')).toBe('+1.5');
    expect(formatChange(0, 'en-GB')).toBe('0');
    expect(formatChange(-2, 'en-GB')).toMatch(/^[-−]2$/);
    expect(formatCount(1204, 'en-GB')).toBe('1,204');
  });
});
