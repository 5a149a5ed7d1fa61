/**
 * Security headers on a page, a static file, an API answer and an API error; the CSP exactly
 * as designed, with no inline style and no inline script but the prerender gate (by its hash);
 * HSTS only over TLS.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { createTestDatabase } from '../test/db';
import type { TestDatabase } from '../test/db';
import { createStaticFixture } from '../test/static-fixture';
import { HSTS_VALUE, scriptHashSource } from './security-headers';
import { PRERENDER_GATE_SCRIPT } from '../../src/app/prerenderGate';

const GATE_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GATE_SCRIPT).digest('base64')}'`;

const EXPECTED_CSP =
  `default-src 'self'; script-src 'self' ${GATE_HASH}; style-src 'self'; img-src 'self' data:; ` +
  "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const EXPECTED_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Directive name -> sources, whatever the separator style. */
function parseCsp(header: string): Map<string, string> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name, sources.join(' ')] as const;
      }),
  );
}

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

const responses = {
  'the HTML page': { url: '/', headers: { accept: 'text/html' } },
  'a deep link': { url: '/about-me', headers: { accept: 'text/html' } },
  'a hashed asset': { url: '/assets/app-abc123.js', headers: {} },
  'an API answer': { url: '/api/health', headers: {} },
  'an API error': { url: '/api/nowhere', headers: {} },
};

describe('security headers', () => {
  it.each(Object.entries(responses))('are all on %s', async (_name, request) => {
    const response = await app.inject({ method: 'GET', ...request });
    expect(response.statusCode).toBeLessThan(500);
    for (const [header, value] of Object.entries(EXPECTED_HEADERS)) {
      expect(response.headers[header], header).toBe(value);
    }
    const csp = String(response.headers['content-security-policy']);
    expect(parseCsp(csp)).toEqual(parseCsp(EXPECTED_CSP));
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('CSP allows no inline or eval code and does not force https on localhost', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(parseCsp(csp).get('script-src')).toBe(`'self' ${GATE_HASH}`);
    expect(parseCsp(csp).get('style-src')).toBe("'self'");
  });

  it('hashes an inline script as browsers do (the CSP spec example)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('sends no HSTS over plain http', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('ignores a forged X-Forwarded-Proto when no proxy is trusted', async () => {
    const response = await app.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS when a trusted proxy says the request came over TLS', async () => {
    const proxied = await buildApp({ db, logger: false, trustProxy: true });
    try {
      const overTls = await proxied.inject({
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(overTls.headers['strict-transport-security']).toBe(HSTS_VALUE);
      const plain = await proxied.inject({ url: '/api/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});
