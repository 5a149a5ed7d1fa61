/** Rate limits are off unless a route opts in; over the limit is a 429 in the envelope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { createTestDatabase } from '../test/db';
import type { TestDatabase } from '../test/db';
import { rateLimited } from './rate-limit';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({ db, logger: false });
  app.post('/api/test/login', { ...rateLimited({ max: 2, timeWindow: '1 minute' }) }, async () => ({
    ok: true,
  }));
  app.post('/api/test/open', async () => ({ ok: true }));
});

afterAll(async () => {
  await app.close();
  await db.close();
});

describe('rate limits', () => {
  it('leave routes that did not opt in alone', async () => {
    for (let i = 0; i < 10; i += 1) {
      const response = await app.inject({ method: 'POST', url: '/api/test/open', payload: {} });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });

  it('answer 429 in the error envelope, with Retry-After, once a route is over its limit', async () => {
    const send = () => app.inject({ method: 'POST', url: '/api/test/login', payload: {} });
    expect((await send()).statusCode).toBe(200);
    expect((await send()).statusCode).toBe(200);
    const limited = await send();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['cache-control']).toBe('no-store');
    expect(limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many requests. Please wait 1 minute and try again.',
      },
    });
  });

  it('count each client separately', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/login',
      payload: {},
      remoteAddress: '203.0.113.9',
    });
    expect(response.statusCode).toBe(200);
  });
});
