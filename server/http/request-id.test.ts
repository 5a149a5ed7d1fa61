/**
 * Request ids and logs: every answer carries X-Request-Id, every log line about a request
 * carries the same id, logs are JSON, and query strings (which may hold a code) are not logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestDatabase } from '../test/db';
import type { TestDatabase } from '../test/db';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(() => db.close());

describe('request ids', () => {
  it('gives every response its own id', async () => {
    const app = await buildApp({ db, logger: false });
    const [a, b] = await Promise.all([
      app.inject({ url: '/api/health' }),
      app.inject({ url: '/api/nowhere' }),
    ]);
    await app.close();
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it("ignores a client's X-Request-Id unless a proxy is trusted", async () => {
    const direct = await buildApp({ db, logger: false });
    const proxied = await buildApp({ db, logger: false, trustProxy: true });
    const headers = { 'x-request-id': 'edge-1234abcd' };
    const fromClient = await direct.inject({ url: '/api/health', headers });
    const fromProxy = await proxied.inject({ url: '/api/health', headers });
    const unsafe = await proxied.inject({
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    await Promise.all([direct.close(), proxied.close()]);
    expect(fromClient.headers['x-request-id']).not.toBe('edge-1234abcd');
    expect(fromProxy.headers['x-request-id']).toBe('edge-1234abcd');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes JSON log lines tagged with the id, without the query string', async () => {
    const lines: string[] = [];
    const app = await buildApp({
      db,
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
    });
    const response = await app.inject({ url: '/api/health?code=SECRET-PAIRING-CODE' });
    await app.close();

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = entries.filter((e) => e.reqId === response.headers['x-request-id']);
    expect(mine.map((e) => e.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[0]?.req).toMatchObject({ method: 'GET', url: '/api/health' });
    expect(lines.join('')).not.toContain('SECRET-PAIRING-CODE');
  });
});
