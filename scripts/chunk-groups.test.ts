import { describe, expect, it } from 'vitest';
import { CORE_FILES } from '../src/i18n/resources';
import { CORE_STRINGS, codeGroup, findFirstScreenModules, stringsGroup } from './chunk-groups';

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

describe('codeGroup', () => {
  const R = '/repo';
  /** A module graph: id -> [static imports, lazy imports]; index.html is the claimant entry. */
  const GRAPH: Record<string, [string[], string[]?]> = {
    [`${R}/index.html`]: [[`${R}/src/app/main.tsx`]],
    [`${R}/src/app/main.tsx`]: [
      [`${R}/src/ui/Button.tsx`, `${R}/src/data/unsavedFlag.ts`],
      [`${R}/src/data/homeData.ts`, `${R}/src/features/about-me/AboutMePages.tsx`],
    ],
    [`${R}/src/data/homeData.ts`]: [[`${R}/src/data/quickRead.ts`]],
    [`${R}/src/sync/start.ts`]: [[`${R}/src/data/quickRead.ts`]],
    [`${R}/node_modules/workbox-window/build/workbox-window.prod.es5.mjs`]: [[]],
    [`${R}/src/features/about-me/AboutMePages.tsx`]: [
      [`${R}/src/features/workbook/QuestionPage.tsx`, `${R}/src/data/db.ts`],
    ],
    [`${R}/src/features/workbook/QuestionPage.tsx`]: [
      [`${R}/src/ui/TextArea.tsx`, `${R}/src/data/repository.ts`],
    ],
    [`${R}/src/ui/TextArea.tsx`]: [[`${R}/node_modules/react-aria-components/dist/TextArea.mjs`]],
    [`${R}/src/data/db.ts`]: [
      [`${R}/node_modules/dexie/dist/dexie.js`, `${R}/src/data/unsavedFlag.ts`],
    ],
    [`${R}/src/data/repository.ts`]: [[`${R}/src/data/db.ts`], [`${R}/src/domain/records.ts`]],
    [`${R}/src/domain/records.ts`]: [[`${R}/node_modules/zod/v4/classic/schemas.js`]],
    // A cycle where only one side imports zod: both reach it.
    [`${R}/src/domain/a.ts`]: [[`${R}/src/domain/b.ts`, `${R}/src/domain/records.ts`]],
    [`${R}/src/domain/b.ts`]: [[`${R}/src/domain/a.ts`]],
    [`${R}/src/coach/CoachApp.tsx`]: [[`${R}/src/data/db.ts`]],
  };
  const ids = [
    ...new Set([
      ...Object.keys(GRAPH),
      ...Object.values(GRAPH).flatMap(([a, b]) => [...a, ...(b ?? [])]),
    ]),
  ];
  const graph = {
    getModuleIds: () => ids[Symbol.iterator](),
    getModuleInfo: (id: string) => ({
      isEntry: id.endsWith('index.html'),
      importedIds: GRAPH[id]?.[0] ?? [],
      importers: Object.keys(GRAPH).filter((from) => GRAPH[from]?.[0].includes(id)),
    }),
  };
  findFirstScreenModules.buildEnd.call(graph);
  const group = (path: string) => codeGroup(`${R}/${path}`);

  it('groups what pages share: the database code, the widgets, the workbook pages', () => {
    expect(group('src/data/db.ts')).toBe('data');
    expect(group('node_modules/dexie/dist/dexie.js')).toBe('data');
    expect(group('src/data/repository.ts')).toBe('data');
    expect(group('src/ui/TextArea.tsx')).toBe('widgets');
    expect(group('node_modules/react-aria-components/dist/TextArea.mjs')).toBe('widgets');
    expect(group('src/features/workbook/QuestionPage.tsx')).toBe('workbook');
    expect(group('src/features/about-me/AboutMePages.tsx')).toBe('workbook');
  });

  it('leaves the first screen, what it loads just after, zod and the coach console alone', () => {
    expect(group('src/data/unsavedFlag.ts')).toBeNull();
    expect(group('src/ui/Button.tsx')).toBeNull();
    expect(group('src/data/homeData.ts')).toBeNull();
    expect(group('src/data/quickRead.ts')).toBeNull();
    expect(group('src/domain/records.ts')).toBeNull();
    expect(group('src/domain/a.ts')).toBeNull();
    expect(group('src/domain/b.ts')).toBeNull();
    expect(group('src/coach/CoachApp.tsx')).toBeNull();
  });
});
