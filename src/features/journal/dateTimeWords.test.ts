// A moment in words, in English and Welsh, with the year only when it is not this year.
import { describe, expect, it } from 'vitest';
import { initI18n, allStrings } from '../../i18n/i18n';
import { dateTimeInWords } from './dateTimeWords';

describe('dateTimeInWords', () => {
  it('says the weekday, day, month and 24-hour time in the phone’s time zone', async () => {
    const i18n = await initI18n('en');
    await allStrings(i18n);
    const at = new Date(2026, 11, 1, 10, 30); // Tuesday 1 December 2026, local time
    expect(dateTimeInWords(at.toISOString(), i18n.t, new Date(2026, 5, 1))).toBe(
      'Tuesday 1 December, 10:30',
    );
    expect(dateTimeInWords(at.toISOString(), i18n.t, new Date(2027, 0, 5))).toBe(
      'Tuesday 1 December 2026, 10:30',
    );
    expect(
      dateTimeInWords(new Date(2026, 6, 4, 9, 5).toISOString(), i18n.t, new Date(2026, 0, 1)),
    ).toBe('Saturday 4 July, 09:05');
  });

  it('uses the Welsh day and month names from the locale files', async () => {
    const i18n = await initI18n('cy');
    await allStrings(i18n);
    const at = new Date(2026, 11, 1, 14, 0);
    expect(dateTimeInWords(at.toISOString(), i18n.t, new Date(2026, 0, 1))).toBe(
      'Dydd Mawrth 1 Rhagfyr, 14:00',
    );
  });
});
