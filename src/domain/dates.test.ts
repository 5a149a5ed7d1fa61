// Dates typed in three boxes: empty is fine (no date), partial or impossible dates are errors.
import { describe, expect, it } from 'vitest';
import { addDays, checkDate, localIsoDate, partsFromIso } from './dates';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('checkDate', () => {
  it('treats three empty boxes (or spaces) as no date', () => {
    expect(checkDate(parts('', '', ''))).toEqual({ kind: 'empty' });
    expect(checkDate(parts(' ', '', '  '))).toEqual({ kind: 'empty' });
  });
  it('accepts a real date and writes it YYYY-MM-DD', () => {
    expect(checkDate(parts('7', '3', '2027'))).toEqual({ kind: 'valid', iso: '2027-03-07' });
    expect(checkDate(parts(' 29 ', '02', '2028'))).toEqual({ kind: 'valid', iso: '2028-02-29' });
    expect(checkDate(parts('31', '12', '2027'))).toEqual({ kind: 'valid', iso: '2027-12-31' });
  });
  it('says which boxes are missing', () => {
    expect(checkDate(parts('7', '', '2027'))).toEqual({ kind: 'incomplete', missing: ['month'] });
    expect(checkDate(parts('', '', '2027'))).toEqual({
      kind: 'incomplete',
      missing: ['day', 'month'],
    });
  });
  it('rejects dates that do not exist', () => {
    for (const [d, m, y] of [
      ['29', '2', '2027'],
      ['31', '4', '2027'],
      ['0', '1', '2027'],
      ['1', '13', '2027'],
      ['1', '0', '2027'],
      ['1', '1', '27'],
      ['1', '1', '1899'],
      ['x', '1', '2027'],
      ['1.5', '1', '2027'],
      ['-1', '1', '2027'],
      ['123', '1', '2027'],
    ] as const) {
      expect(checkDate(parts(d, m, y)), `${d} ${m} ${y}`).toEqual({ kind: 'notReal' });
    }
  });
});

describe('date helpers', () => {
  it('partsFromIso fills the boxes, and empties them for no date', () => {
    expect(partsFromIso('2027-03-07')).toEqual(parts('7', '3', '2027'));
    expect(partsFromIso(null)).toEqual(parts('', '', ''));
    expect(partsFromIso(undefined)).toEqual(parts('', '', ''));
  });
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2027-12-28', 7)).toBe('2028-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it("localIsoDate uses the device's own calendar day", () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localIsoDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });
});
