/**
 * The deep-link preloads: the chunks at least half the lazily loaded pages share, never one the
 * first screen has already, never a page's own chunk, a helper module's or a package's.
 */
import { describe, expect, it } from 'vitest';
import { appPreloads, deepLinkPreloads, type BundleChunk } from './deep-link-preloads';

const ROOT = '/repo';

function chunk(
  fileName: string,
  facade: string | null,
  imports: string[] = [],
  lazy: string[] = [],
) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: facade,
    imports,
    dynamicImports: lazy,
  } as const;
}

function bundleOf(...chunks: BundleChunk[]): Record<string, BundleChunk> {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

const BUNDLE = bundleOf(
  chunk(
    'main.js',
    `${ROOT}/index.html`,
    ['react.js'],
    ['about.js', 'values.js', 'steps.js', 'help.js', 'homeData.js', 'workbox.js'],
  ),
  chunk('react.js', null),
  chunk('about.js', `${ROOT}/src/features/about-me/AboutMePages.tsx`, [
    'db.js',
    'form.js',
    'react.js',
  ]),
  chunk('values.js', `${ROOT}/src/features/my-values/MyValuesPages.tsx`, ['db.js', 'form.js']),
  chunk('steps.js', `${ROOT}/src/features/four-steps/FourStepsPages.tsx`, ['db.js', 'chart.js']),
  chunk('help.js', `${ROOT}/src/features/help/NeedHelpPage.tsx`, []),
  chunk('db.js', null, ['dexie.js']),
  chunk('dexie.js', `${ROOT}/node_modules/dexie/dist/dexie.js`),
  chunk('form.js', null),
  chunk('chart.js', null),
  // Deferred first-screen helpers are lazily loaded too, but are not pages.
  chunk('homeData.js', `${ROOT}/src/data/homeData.ts`, ['db.js', 'dexie.js']),
  chunk('workbox.js', `${ROOT}/node_modules/workbox-window/build/workbox-window.prod.es5.mjs`, [
    'db.js',
  ]),
  { type: 'asset', fileName: 'main.css' },
);

describe('deepLinkPreloads', () => {
  it('keeps what at least half the pages need, and what they need in turn', () => {
    // 4 pages: db.js and dexie.js are needed by 3, form.js by 2, chart.js by 1.
    expect(deepLinkPreloads(BUNDLE, 'main.js', ROOT)).toEqual(['db.js', 'dexie.js', 'form.js']);
  });

  it('never lists the first screen, a page itself, or a helper that is not a page', () => {
    const preloads = deepLinkPreloads(BUNDLE, 'main.js', ROOT, 0);
    expect(preloads).not.toContain('react.js');
    expect(preloads).not.toContain('main.js');
    expect(preloads).not.toContain('about.js');
    expect(preloads).not.toContain('homeData.js');
    expect(preloads).toEqual(['chart.js', 'db.js', 'dexie.js', 'form.js']);
  });

  it('lists nothing when no chunk is shared widely enough, or there are no pages', () => {
    expect(deepLinkPreloads(BUNDLE, 'main.js', ROOT, 0.9)).toEqual([]);
    expect(deepLinkPreloads(bundleOf(chunk('main.js', null)), 'main.js', ROOT)).toEqual([]);
  });
});

describe('appPreloads', () => {
  const withCss = (c: BundleChunk, ...css: string[]): BundleChunk => ({
    ...c,
    viteMetadata: { importedCss: new Set(css) },
  });
  const APP = bundleOf(
    withCss(
      chunk(
        'main.js',
        `${ROOT}/index.html`,
        ['react.js'],
        ['about.js', 'values.js', 'steps.js', 'help.js'],
      ),
      'main.css',
    ),
    chunk('react.js', null),
    withCss(
      chunk('about.js', `${ROOT}/src/features/about-me/AboutMePages.tsx`, ['db.js', 'text.js']),
      'about.css',
    ),
    chunk('values.js', `${ROOT}/src/features/my-values/MyValuesPages.tsx`, ['db.js', 'react.js']),
    chunk('steps.js', `${ROOT}/src/features/four-steps/FourStepsPages.tsx`, ['db.js']),
    // A page the bundler put in a chunk with other modules: found by the modules it holds.
    {
      ...chunk('shared-help.js', null, ['react.js']),
      moduleIds: [`${ROOT}/src/features/help/NeedHelpPage.tsx`],
    },
    withCss(chunk('db.js', null), 'db.css'),
    withCss(chunk('text.js', null), 'text.css', 'main.css'),
    { ...chunk('strings-en.js', null), name: 'strings-en' },
    { ...chunk('strings-cy.js', null), name: 'strings-cy' },
    { ...chunk('strings-cy-core.js', null), name: 'strings-cy-core' },
  );
  const ROUTES = [
    { prefix: '/about-me', page: 'src/features/about-me/AboutMePages.tsx' },
    { prefix: '/help', page: 'src/features/help/NeedHelpPage.tsx' },
  ];

  it('marks each file with the visits it is for, and never lists the first screen twice', () => {
    expect(appPreloads(APP, 'main.js', ROOT, ROUTES)).toEqual([
      { file: 'db.js', as: 'script', path: '' },
      { file: 'db.css', as: 'style', path: '' },
      { file: 'strings-cy-core.js', as: 'script', language: 'cy' },
      { file: 'strings-cy.js', as: 'script', language: 'cy', path: '' },
      { file: 'strings-en.js', as: 'script', language: 'en', path: '' },
      { file: 'about.js', as: 'script', path: '/about-me' },
      { file: 'text.js', as: 'script', path: '/about-me' },
      { file: 'about.css', as: 'style', path: '/about-me' },
      { file: 'text.css', as: 'style', path: '/about-me' },
      { file: 'shared-help.js', as: 'script', path: '/help' },
    ]);
  });

  it('fails the build when a listed page has no chunk', () => {
    expect(() =>
      appPreloads(APP, 'main.js', ROOT, [{ prefix: '/gone', page: 'src/features/gone/Gone.tsx' }]),
    ).toThrow(/no chunk for src\/features\/gone\/Gone.tsx/);
  });
});
