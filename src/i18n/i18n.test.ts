// The i18n set-up: language switching updates <html lang dir>, is remembered, and Welsh
// plurals pick the right form through i18next.
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from './i18n';
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

  it('uses the browser language when nothing is remembered', () => {
    expect(initialLanguage(['cy-GB', 'en-GB'])).toBe('cy');
    expect(initialLanguage(['fr-FR'])).toBe('en');
  });
});
