/** GET /api/health: ok with the database's latency, degraded (503) when it fails or hangs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import type { Database } from '../db';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import type { TestDatabase } from '../test/db';
import { HEALTH_TIMEOUT_MS } from './health';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(() => db.close());

describe(`GET /api/health (${testDatabaseKind})`, () => {
  it('answers 200 ok with the database kind and latency, never cached', async () => {
    const app = await buildApp({ db, logger: false });
    const response = await app.inject({ url: '/api/health' });
    await app.close();

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toEqual({
      status: 'ok',
      database: { kind: testDatabaseKind, ok: true, latencyMs: expect.any(Number) },
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 degraded when the database is closed', async () => {
    const closed = await createTestDatabase();
    await closed.close();
    const app = await buildApp({ db: closed, logger: false });
    const response = await app.inject({ url: '/api/health' });
    await app.close();

    expect(response.statusCode).toBe(503);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      status: 'degraded',
      database: { kind: testDatabaseKind, ok: false },
    });
  });

  it(`answers 503 degraded when the database does not answer within ${HEALTH_TIMEOUT_MS} ms`, async () => {
    const hanging: Database = {
      kind: 'postgres',
      query: () => new Promise(() => undefined),
      exec: () => new Promise(() => undefined),
      transaction: () => new Promise(() => undefined),
      close: async () => undefined,
    };
    const app = await buildApp({ db: hanging, logger: false });
    const started = Date.now();
    const response = await app.inject({ url: '/api/health' });
    await app.close();

    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'degraded',
      database: { kind: 'postgres', ok: false },
    });
    expect(Date.now() - started).toBeLessThan(HEALTH_TIMEOUT_MS + 2_000);
  });
});
