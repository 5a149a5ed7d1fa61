// The inline script at the top of index.html decides, before the first paint, whether the
// prerendered English home may show: it must agree with the app (main.tsx hydrates exactly when
// the path is "/", initialLanguage() is English and no PIN is set) and apply the same text size
// as textSize.ts. It also adds the app's script tags: after the first paint when the home shows,
// at once otherwise.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APP_SCRIPTS_ID,
  DEEP_LINK_ATTRIBUTE,
  HIDE_PRERENDERED_ATTRIBUTE,
  LANGUAGE_ATTRIBUTE,
  PRERENDER_GATE_SCRIPT,
} from './prerenderGate';
import { LANGUAGES, initialLanguage } from '../i18n/languages';
import { readTextSize } from './textSize';
import { LOCK_KEY, lockIsSet } from '../data/lock/lockFlag';

const html = document.documentElement;

function runGate(): { hidden: boolean; hides: string | null; textSize: string } {
  html.removeAttribute(HIDE_PRERENDERED_ATTRIBUTE);
  html.removeAttribute('data-text-size');
  new Function(PRERENDER_GATE_SCRIPT)();
  return {
    hidden: html.hasAttribute(HIDE_PRERENDERED_ATTRIBUTE),
    hides: html.getAttribute(HIDE_PRERENDERED_ATTRIBUTE),
    textSize: html.getAttribute('data-text-size') ?? 'normal',
  };
}

function setUp(
  path: string,
  remembered: string | null,
  browser: string[],
  textSize?: string,
  lock?: string,
) {
  window.history.replaceState(null, '', path);
  localStorage.clear();
  if (lock !== undefined) localStorage.setItem(LOCK_KEY, lock);
  if (remembered !== null) localStorage.setItem('waymark.language', remembered);
  if (textSize !== undefined) localStorage.setItem('waymark.textSize', textSize);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
}

afterEach(() => {
  document.getElementById(APP_SCRIPTS_ID)?.remove();
  document.head.querySelectorAll('[data-test-tag]').forEach((tag) => tag.remove());
  vi.restoreAllMocks();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const PATHS = ['/', '/?from=link', '/about-me', '/about-me/abc/questions/enjoy', '/index.html'];
const REMEMBERED = [null, '', 'fr', ...LANGUAGES];
const BROWSER = [
  [],
  ['fr-FR'],
  ['de', 'fr'],
  ['fr-FR', 'cy-GB', 'en'],
  ['CY-gb'],
  ['en-US', 'cy'],
  ...LANGUAGES.map((language) => [language]),
  ...LANGUAGES.map((language) => ['de-DE', `${language}-GB`]),
];

describe('prerender gate', () => {
  it.each(PATHS)(
    'on %s, hides the English home exactly when the app will not hydrate it',
    (path) => {
      for (const remembered of REMEMBERED) {
        for (const browser of BROWSER) {
          for (const lock of [undefined, '', '{"salt":"x"}']) {
            setUp(path, remembered, browser, undefined, lock);
            const appHydrates =
              window.location.pathname === '/' && initialLanguage(browser) === 'en' && !lockIsSet();
            const label = JSON.stringify({ path, remembered, browser, lock });
            const gate = runGate();
            expect(gate.hidden, label).toBe(!appHydrates);
            // The English header may show on a deep link; Welsh and the lock screen hide it all.
            const headerFits = initialLanguage(browser) === 'en' && !lockIsSet();
            expect(gate.hides, label).toBe(appHydrates ? null : headerFits ? 'page' : 'all');
          }
        }
      }
    },
  );

  it('shows the home to an English visit of "/" and hides it from a Welsh one', () => {
    setUp('/', null, ['en-GB']);
    expect(runGate().hidden).toBe(false);
    setUp('/', 'cy', ['en-GB']);
    expect(runGate().hidden).toBe(true);
    setUp('/', null, ['cy-GB', 'en-GB']);
    expect(runGate().hidden).toBe(true);
    setUp('/about-me', 'en', ['en-GB']);
    expect(runGate().hidden).toBe(true);
    setUp('/', 'en', ['en-GB'], undefined, '{"salt":"x"}');
    expect(runGate().hidden).toBe(true);
  });

  it('applies the remembered text size as the app does', () => {
    for (const size of [undefined, 'normal', 'large', 'larger', 'huge', '']) {
      setUp('/', 'en', ['en-GB'], size);
      expect(runGate().textSize, String(size)).toBe(readTextSize());
    }
  });

  it('when storage is blocked, still decides as the app does', () => {
    for (const browser of BROWSER) {
      setUp('/', 'cy', browser, 'larger');
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const gate = runGate();
      expect(gate.hidden, JSON.stringify(browser)).toBe(initialLanguage(browser) !== 'en');
      expect(gate.textSize).toBe(readTextSize());
    }
  });

  describe('loading the app', () => {
    /** index.html's inert template, as the build writes it. */
    function appScripts(): void {
      const template = document.createElement('template');
      template.id = APP_SCRIPTS_ID;
      template.innerHTML =
        '<script type="module" crossorigin src="/assets/main.js" data-test-tag></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/react.js" data-test-tag>' +
        `<link rel="modulepreload" crossorigin href="/assets/dexie.js" ${DEEP_LINK_ATTRIBUTE} data-test-tag>` +
        `<link rel="modulepreload" crossorigin href="/assets/about.js" ${DEEP_LINK_ATTRIBUTE}="/about-me" data-test-tag>` +
        `<link rel="preload" as="style" crossorigin href="/assets/help.css" ${DEEP_LINK_ATTRIBUTE}="/help" data-test-tag>` +
        `<link rel="modulepreload" crossorigin href="/assets/strings-en.js" ${DEEP_LINK_ATTRIBUTE}="" ${LANGUAGE_ATTRIBUTE}="en" data-test-tag>` +
        `<link rel="modulepreload" crossorigin href="/assets/strings-cy.js" ${DEEP_LINK_ATTRIBUTE}="" ${LANGUAGE_ATTRIBUTE}="cy" data-test-tag>` +
        `<link rel="modulepreload" crossorigin href="/assets/strings-cy-core.js" ${LANGUAGE_ATTRIBUTE}="cy" data-test-tag>`;
      document.head.append(template);
    }
    const added = () =>
      [...document.head.querySelectorAll(':scope > [data-test-tag]')].map((tag) =>
        [...tag.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      );
    /** The files added, by name. */
    const files = () =>
      [...document.head.querySelectorAll<HTMLElement>(':scope > [data-test-tag]')].map((tag) =>
        (tag.getAttribute('src') ?? tag.getAttribute('href') ?? '').split('/').pop(),
      );
    const nextPaint = () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
    const EXPECTED = [
      'type=module crossorigin= src=/assets/main.js data-test-tag=',
      'rel=modulepreload crossorigin= href=/assets/react.js data-test-tag=',
    ];
    const DEEP = [
      ...EXPECTED,
      `rel=modulepreload crossorigin= href=/assets/dexie.js ${DEEP_LINK_ATTRIBUTE}= data-test-tag=`,
    ];

    it('adds the script tags after the first paint when the home shows', async () => {
      setUp('/', 'en', ['en-GB']);
      appScripts();
      runGate();
      expect(added()).toEqual([]);
      await nextPaint();
      expect(added()).toEqual(EXPECTED);
    });

    it('adds them after the first paint on an English deep link, whose header paints', async () => {
      setUp('/about-me', 'en', ['en-GB']);
      appScripts();
      runGate();
      expect(added()).toEqual([]);
      await nextPaint();
      expect(added().slice(0, 3)).toEqual(DEEP);
      const once = files();
      await nextPaint();
      expect(files()).toEqual(once);
    });

    it('adds them at once when nothing paints before the app runs: Welsh, or a PIN', () => {
      setUp('/about-me', 'cy', ['en-GB']);
      appScripts();
      runGate();
      expect(added().slice(0, 3)).toEqual(DEEP);
      document.getElementById(APP_SCRIPTS_ID)?.remove();
      document.head.querySelectorAll('[data-test-tag]').forEach((tag) => tag.remove());
      setUp('/', 'en', ['en-GB'], undefined, '{"salt":"x"}');
      appScripts();
      runGate();
      expect(files()).toEqual(['main.js', 'react.js']);
    });

    it("adds the page's own files on its addresses, and the strings of the visit's language", async () => {
      const cases: [string, string, string[]][] = [
        ['/about-me', 'en', ['about.js', 'strings-en.js']],
        [
          '/about-me/abc/questions/enjoy',
          'cy',
          ['about.js', 'strings-cy.js', 'strings-cy-core.js'],
        ],
        ['/help', 'en', ['help.css', 'strings-en.js']],
        ['/settings', 'cy', ['strings-cy.js', 'strings-cy-core.js']],
        ['/about', 'en', ['strings-en.js']],
      ];
      for (const [path, language, own] of cases) {
        setUp(path, language, ['en-GB']);
        appScripts();
        runGate();
        await nextPaint();
        expect(files(), path).toEqual(['main.js', 'react.js', 'dexie.js', ...own]);
        document.getElementById(APP_SCRIPTS_ID)?.remove();
        document.head.querySelectorAll('[data-test-tag]').forEach((tag) => tag.remove());
      }
    });

    it('never adds the deep-link preloads on "/", even when the home is hidden', () => {
      setUp('/', 'cy', ['en-GB']);
      appScripts();
      runGate();
      // Welsh's first-screen strings are not in the first bundle: they come at once too.
      expect(files()).toEqual(['main.js', 'react.js', 'strings-cy-core.js']);
    });

    it('adds them at once in a tab opened in the background', () => {
      setUp('/', 'en', ['en-GB']);
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      appScripts();
      runGate();
      expect(added()).toEqual(EXPECTED);
    });
  });
});
