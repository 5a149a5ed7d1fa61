/**
 * Serving the built app: caching per file kind, the web manifest's type, dotfiles hidden, the
 * single-page fallback for deep links, compressed copies, and a plain 404 for missing files.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { createTestDatabase } from '../test/db';
import type { TestDatabase } from '../test/db';
import { createStaticFixture, FIXTURE_FILES } from '../test/static-fixture';
import { precompressFolder } from '../../scripts/precompress';
import { IMMUTABLE } from './cache-control';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let db: TestDatabase;
let fixture: Awaited<ReturnType<typeof createStaticFixture>>;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  fixture = await createStaticFixture();
  app = await buildApp({ db, staticDir: fixture.dir, logger: false });
});

afterAll(async () => {
  await app.close();
  await db.close();
  await fixture.remove();
});

describe('static files', () => {
  it.each([
    ['/', 'index.html', /^text\/html/],
    ['/index.html', 'index.html', /^text\/html/],
    ['/sw.js', 'sw.js', /javascript/],
    ['/registerSW.js', 'registerSW.js', /javascript/],
    ['/workbox-1a2b3c4d.js', 'workbox-1a2b3c4d.js', /javascript/],
    ['/manifest.webmanifest', 'manifest.webmanifest', /^application\/manifest\+json/],
    ['/icons/icon-192.png', 'icons/icon-192.png', /^image\/png/],
  ])('%s must be revalidated (no-cache)', async (url, file, type) => {
    const response = await app.inject({ url, headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(FIXTURE_FILES[file]);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-type']).toMatch(type);
    expect(response.headers.etag).toBeDefined();
  });

  it.each([
    ['/assets/app-abc123.js', /javascript/],
    ['/assets/app-def456.css', /^text\/css/],
  ])('%s (hashed by Vite) is cached for a year, immutable', async (url, type) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(type);
  });

  it('answers a revalidation of sw.js with 304', async () => {
    const first = await app.inject({ url: '/sw.js' });
    const second = await app.inject({
      url: '/sw.js',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(second.statusCode).toBe(304);
  });

  it.each(['/.vite/manifest.json', '/.vite/', '/.env', '/assets/../.vite/manifest.json'])(
    'never serves the dotfile path %s',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('build internals');
    },
  );

  it('does not escape the folder', async () => {
    const response = await app.inject({ url: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd' });
    expect([400, 403, 404]).toContain(response.statusCode);
    expect(response.body).not.toContain('root:');
  });
});

describe('single-page fallback', () => {
  it.each(['/about-me', '/settings', '/my-4-steps/review', '/about-me?step=2', '/assets'])(
    'serves index.html for the deep link %s',
    async (url) => {
      const response = await app.inject({ url, headers: HTML });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(FIXTURE_FILES['index.html']);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each(['/missing.js', '/assets/app-old999.js', '/favicon.ico', '/about-me/photo.png'])(
    'answers the missing file %s with 404',
    async (url) => {
      const response = await app.inject({ url, headers: HTML });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        error: { code: 'not_found', message: `There is nothing at ${url}.` },
      });
    },
  );

  it('answers a request that does not want HTML with 404', async () => {
    const response = await app.inject({
      url: '/about-me',
      headers: { accept: 'application/json' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('does not fall back for other methods', async () => {
    const response = await app.inject({ method: 'POST', url: '/about-me', headers: HTML });
    expect(response.statusCode).toBe(404);
  });

  it('never falls back under /api/', async () => {
    const response = await app.inject({ url: '/api/about-me', headers: HTML });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('compressed copies (made at build time by scripts/precompress.ts)', () => {
  const page = `<!doctype html><html lang="en"><title>Waymark</title>${'<p>Hello</p>'.repeat(400)}</html>`;
  const script = `console.log(${JSON.stringify('a step at a time '.repeat(300))});`;
  let dir: string;
  let site: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-dist-compressed-'));
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), page);
    await writeFile(join(dir, 'assets/app-abc123.js'), script);
    await writeFile(join(dir, 'assets/small-1.js'), 'export {};');
    await precompressFolder(dir);
    site = await buildApp({ db, staticDir: dir, logger: false });
  });

  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends the %s copy to a browser that accepts it', async (encoding, decode) => {
    const response = await site.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.byteLength).toBeLessThan(script.length / 4);
    expect(decode(response.rawPayload).toString()).toBe(script);
  });

  it('sends the plain file to a client that accepts neither', async () => {
    const response = await site.inject({ url: '/assets/app-abc123.js' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe(script);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends a small file with no copy as it is', async () => {
    const response = await site.inject({
      url: '/assets/small-1.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('export {};');
  });

  it.each(['/', '/about-me/questions/enjoy'])(
    'compresses the page for %s, deep links included',
    async (url) => {
      const response = await site.inject({
        url,
        headers: { ...HTML, 'accept-encoding': 'gzip, deflate, br, zstd' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(page);
    },
  );
});

describe('without a built app', () => {
  it('still answers the API, and 404s pages', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'waymark-nodist-'));
    const missing = join(empty, 'dist');
    const bare = await buildApp({ db, staticDir: missing, logger: false });
    try {
      expect((await bare.inject({ url: '/api/health' })).statusCode).toBe(200);
      expect((await bare.inject({ url: '/', headers: HTML })).statusCode).toBe(404);
      expect((await bare.inject({ url: '/about-me', headers: HTML })).statusCode).toBe(404);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
