// Dates read the British way in both languages, with month names from the locale files.
import { describe, expect, it } from 'vitest';
import { allStrings, initI18n } from '../../i18n/i18n';
import type { Translate } from '../workbook/flow';
import { formatIsoDate } from './formatDate';

describe('formatIsoDate', () => {
  it('writes day, month and year in English and Welsh', async () => {
    const i18n = await initI18n('en');
    await allStrings(i18n);
    expect(formatIsoDate('2027-03-07', i18n.t.bind(i18n) as Translate)).toBe('7 March 2027');
    await i18n.changeLanguage('cy');
    await allStrings(i18n, 'cy');
    expect(formatIsoDate('2027-12-25', i18n.t.bind(i18n) as Translate)).toBe('25 Rhagfyr 2027');
  });
});
