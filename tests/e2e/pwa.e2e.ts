// Installable and updatable: the web app manifest and its icons, the service worker, the health
// endpoint on embedded PGlite, and the "new version ready" prompt when a new version is deployed
// (also while an answer is being typed: nothing is lost, before or after the reload).
import { expect, inject, it } from 'vitest';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chooseRadio, newPhoneContext, waitForServiceWorker, useBrowser } from './support/browser';
import { strings } from './support/routes';
import { firstScreenFiles } from '../../scripts/size-check.mjs';
import enAboutMe from '../../locales/en/aboutMe.json';

/**
 * "Deploys" a new version: the service worker script changes on the server, with its compressed
 * copies (the build writes sw.js.br and sw.js.gz beside it, and the server prefers those).
 */
function deployNewServiceWorker(): void {
  const sw = join(inject('staticDir'), 'sw.js');
  appendFileSync(sw, `\n// deployed ${Date.now()}\n`);
  const script = readFileSync(sw);
  writeFileSync(`${sw}.br`, brotliCompressSync(script));
  writeFileSync(`${sw}.gz`, gzipSync(script));
}
import enWorkbook from '../../locales/en/workbook.json';

const browser = useBrowser();

it('serves a complete web app manifest with installable icons', async () => {
  const base = inject('baseURL');
  const response = await fetch(`${base}/manifest.webmanifest`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/manifest+json');
  const manifest = (await response.json()) as Record<string, unknown> & {
    icons: { src: string; sizes: string; purpose?: string; type: string }[];
  };
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Waymark'),
    short_name: 'Waymark',
    start_url: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const image = await fetch(new URL(icon.src, base));
    expect(image.status, icon.src).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  }
});

it('reports a healthy embedded PGlite database', async () => {
  const response = await fetch(`${inject('baseURL')}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    status: 'ok',
    database: { kind: 'pglite', ok: true },
  });
});

it('registers the service worker for the whole app, with the shell precached', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await waitForServiceWorker(page);
    const info = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const cacheNames = await caches.keys();
      const cached = (
        await Promise.all(cacheNames.map(async (name) => (await caches.open(name)).keys()))
      ).flat();
      return {
        scope: registration?.scope,
        script: registration?.active?.scriptURL,
        urls: cached.map((request) => new URL(request.url).pathname),
      };
    });
    expect(info.scope).toBe(`${inject('baseURL')}/`);
    expect(info.script).toBe(`${inject('baseURL')}/sw.js`);
    expect(info.urls).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
    expect(info.urls.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(3);
  } finally {
    await context.close();
  }
});

it('shows "a new version is ready" without reloading by itself, and reloads when asked', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: strings.en.settings.title }).waitFor();
    await waitForServiceWorker(page);
    // "Deploy" a new version: the service worker script changes on the server.
    deployNewServiceWorker();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('region', { name: strings.en.common.update.ready });
    await prompt.waitFor();
    expect(await page.getByRole('status').filter({ has: prompt }).count()).toBe(1);
    // Nothing changed under the person: same page, same heading, old worker still in control.
    expect(new URL(page.url()).pathname).toBe('/settings');
    await chooseRadio(
      page,
      strings.en.settings.textSize.legend,
      strings.en.settings.textSize.large,
    );

    const navigation = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: strings.en.common.update.reload }).click();
    await navigation;
    await page.getByRole('heading', { level: 1, name: strings.en.settings.title }).waitFor();
    await expect(page.getByText(strings.en.common.update.ready).count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
  } finally {
    await context.close();
  }
});

it('keeps an answer being typed when a new version arrives, before and after reloading', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/about-me');
    await page.getByRole('heading', { level: 1, name: strings.en.tasks.aboutMe.title }).waitFor();
    await waitForServiceWorker(page);
    await page
      .getByRole('button', {
        name: new RegExp(`^(${enWorkbook.start.start}|${enWorkbook.start.continue})$`),
      })
      .click();
    await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    const question = page.url();
    const answer = page.getByRole('textbox').first();
    await answer.pressSequentially('Reading');

    // A new version is deployed and found while the person is still typing.
    deployNewServiceWorker();
    const found = page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await answer.pressSequentially(' books');
    await found;
    const prompt = page.getByRole('region', { name: strings.en.common.update.ready });
    await prompt.waitFor();
    // Shown, not forced: same question, the answer as typed, and typing goes on.
    expect(page.url()).toBe(question);
    expect(await answer.inputValue()).toBe('Reading books');
    await answer.press('End');
    await answer.pressSequentially(' and maps');

    const navigation = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: strings.en.common.update.reload }).click();
    await navigation;
    await page.getByRole('heading', { level: 1, name: enAboutMe.enjoy.title }).waitFor();
    expect(page.url()).toBe(question);
    expect(await page.getByRole('textbox').first().inputValue()).toBe('Reading books and maps');
  } finally {
    await context.close();
  }
});

it('loads no JavaScript on the first screen beyond what the size check counts', async () => {
  const manifest = JSON.parse(
    readFileSync(join(inject('staticDir'), '.vite', 'manifest.json'), 'utf8'),
  );
  const { critical, deferred } = firstScreenFiles(manifest);
  const counted = new Set([...critical, ...deferred].map((file) => `/${file}`));
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') loaded.add(new URL(request.url()).pathname);
  });
  try {
    await page.goto('/');
    await page.getByRole('link', { name: strings.en.tasks.aboutMe.title }).waitFor();
    await waitForServiceWorker(page);
    expect([...loaded].filter((path) => !counted.has(path))).toEqual([]);
    expect(loaded.size).toBeGreaterThan(2);
  } finally {
    await context.close();
  }
});
