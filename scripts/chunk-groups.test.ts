import { describe, expect, it } from 'vitest';
import { CORE_FILES } from '../src/i18n/resources';
import { CORE_STRINGS, stringsGroup } from './chunk-groups';

describe('stringsGroup', () => {
  it('puts every string file loaded after the first screen in one file per language', () => {
    expect(stringsGroup('/repo/locales/en/aboutMe.json')).toBe('strings-en');
    expect(stringsGroup('/repo/locales/cy/checkIn.json')).toBe('strings-cy');
    expect(stringsGroup('/repo/locales/cy/home.json')).toBe('strings-cy-core');
  });

  it("leaves English's first-screen strings, the coach console's and all code alone", () => {
    expect(stringsGroup('/repo/locales/en/home.json')).toBeNull();
    expect(stringsGroup('/repo/locales/en/coach.json')).toBeNull();
    expect(stringsGroup('/repo/locales/cy/coach.json')).toBeNull();
    expect(stringsGroup('/repo/src/i18n/resources.ts')).toBeNull();
    expect(stringsGroup('/repo/node_modules/i18next/package.json')).toBeNull();
  });

  it('knows the same first-screen files as the app', () => {
    expect([...CORE_STRINGS].sort()).toEqual([...CORE_FILES].sort());
  });
});
