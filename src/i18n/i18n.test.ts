// The i18n set-up: language switching updates <html lang dir>, is remembered, and Welsh
// plurals pick the right form through i18next.
import { beforeEach, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { allStrings, allStringsReady, changeLanguage, initI18n } from './i18n';
import { initialLanguage } from './languages';

describe('i18n', () => {
  beforeEach(() => localStorage.clear());

  it('starts in English by default and sets lang and dir', async () => {
    const i18n = await initI18n('en');
    expect(i18n.t('home.title')).toBe('Your workbook');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches to Welsh, loads its strings, sets lang, and remembers the choice', async () => {
    const i18n = await initI18n('en');
    await changeLanguage(i18n, 'cy');
    expect(i18n.language).toBe('cy');
    expect(document.documentElement.lang).toBe('cy-GB');
    expect(i18n.t('home.title')).not.toBe('Your workbook');
    expect(initialLanguage([])).toBe('cy');
  });

  it('picks the Welsh plural form Intl.PluralRules names for each count', async () => {
    const i18n = await initI18n('cy');
    const home = i18n.getResourceBundle('cy', 'translation').home as Record<string, string>;
    const rules = new Intl.PluralRules('cy');
    for (const count of [0, 1, 2, 3, 4, 6]) {
      const template = home[`progress_${rules.select(count)}`];
      expect(template, `progress_${rules.select(count)}`).toBeDefined();
      const expected = (template ?? '')
        .replace('{{count}}', String(count))
        .replace('{{total}}', '6');
      expect(i18n.t('home.progress', { count, total: 6 })).toBe(expected);
    }
  });

  it("knows the strings are loaded when asked through react-i18next's copy of the instance", async () => {
    const i18n = await initI18n('en');
    // useTranslation hands out a copy like this one, a new one each time a component mounts.
    const copy = (): I18n =>
      Object.create(
        Object.getPrototypeOf(i18n) as object,
        Object.getOwnPropertyDescriptors(i18n),
      ) as I18n;
    expect(allStringsReady(copy())).toBe(false);
    const loading = allStrings(copy());
    expect(allStrings(copy())).toBe(loading);
    await loading;
    expect(allStringsReady(copy())).toBe(true);
    expect(allStringsReady(i18n)).toBe(true);
    expect(i18n.t('aboutMe.enjoy.title')).not.toBe('aboutMe.enjoy.title');
  });

  it('uses the browser language when nothing is remembered', () => {
    expect(initialLanguage(['cy-GB', 'en-GB'])).toBe('cy');
    expect(initialLanguage(['fr-FR'])).toBe('en');
  });
});
