/**
 * The error envelope: bad input of every kind is a 4xx with a plain message in
 * `{ error: { code, message } }`; the server's own faults are a 500 that leaks nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BODY_LIMIT_BYTES, buildApp } from '../app';
import { createTestDatabase } from '../test/db';
import type { TestDatabase } from '../test/db';
import { ApiError } from './errors';

let db: TestDatabase;
let app: FastifyInstance;

const noteSchema = z.object({ text: z.string().min(1).max(500) });

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({ db, logger: false });
  app.post('/api/test/echo', async (request) => ({ received: request.body }));
  app.post('/api/test/zod', async (request) => noteSchema.parse(request.body));
  app.post(
    '/api/test/schema',
    {
      schema: {
        body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      },
    },
    async () => ({ ok: true }),
  );
  app.get('/api/test/conflict', async () => {
    throw new ApiError(409, 'already_paired', 'This device is already paired with a coach.');
  });
  app.get('/api/test/crash', async () => {
    throw new Error('connection string postgres://admin:hunter2@db leaked');
  });
});

afterAll(async () => {
  await app.close();
  await db.close();
});

function envelope(body: string): { code: string; message: string } {
  const parsed = JSON.parse(body) as { error: { code: string; message: string } };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'message']);
  expect(parsed.error.message.length).toBeGreaterThan(10);
  return parsed.error;
}

describe('error envelope', () => {
  it('accepts a good JSON body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { hello: 'world' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: { hello: 'world' } });
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"hello": ',
    });
    expect(response.statusCode).toBe(400);
    expect(envelope(response.body)).toEqual({
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
    });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers an empty JSON body with 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(400);
    expect(envelope(response.body).code).toBe('invalid_json');
  });

  it('answers prototype poisoning with 400, not 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}}',
    });
    expect(response.statusCode).toBe(400);
    envelope(response.body);
  });

  it(`answers a body over ${BODY_LIMIT_BYTES} bytes with 413 payload_too_large`, async () => {
    const big = JSON.stringify({ text: 'x'.repeat(BODY_LIMIT_BYTES) });
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(response.statusCode).toBe(413);
    expect(envelope(response.body)).toEqual({
      code: 'payload_too_large',
      message: 'The request body is larger than the 1 MB limit. Send less at a time.',
    });
  });

  it('accepts a body just under the limit', async () => {
    const padding = BODY_LIMIT_BYTES - 100;
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(padding) }),
    });
    expect(response.statusCode).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'answers a %s body with 415 unsupported_media_type',
    async (type) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': type },
        payload: 'hello=world',
      });
      expect(response.statusCode).toBe(415);
      expect(envelope(response.body).code).toBe('unsupported_media_type');
    },
  );

  it('answers a zod validation failure with 400 validation_failed naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/zod',
      payload: { text: '' },
    });
    expect(response.statusCode).toBe(400);
    const error = envelope(response.body);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/^The request is not valid\. text: /);
  });

  it('answers a JSON-schema validation failure with 400 validation_failed', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/test/schema', payload: {} });
    expect(response.statusCode).toBe(400);
    const error = envelope(response.body);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('name');
  });

  it('passes an ApiError through as it was thrown', async () => {
    const response = await app.inject({ url: '/api/test/conflict' });
    expect(response.statusCode).toBe(409);
    expect(envelope(response.body)).toEqual({
      code: 'already_paired',
      message: 'This device is already paired with a coach.',
    });
  });

  it('answers an unexpected fault with 500 and no internal details', async () => {
    const response = await app.inject({ url: '/api/test/crash' });
    expect(response.statusCode).toBe(500);
    const error = envelope(response.body);
    expect(error.code).toBe('internal_error');
    expect(error.message).not.toContain('hunter2');
    expect(error.message).toContain(String(response.headers['x-request-id']));
  });

  it.each([
    ['GET', '/api/nowhere'],
    ['POST', '/api/sync-not-yet'],
    ['DELETE', '/api/health'],
    ['GET', '/api'],
  ])('answers an unknown API route %s %s with 404 not_found', async (method, url) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(envelope(response.body)).toEqual({
      code: 'not_found',
      message: `There is nothing at ${url}.`,
    });
  });

  it('answers a malformed URL with 400, not 500', async () => {
    const response = await app.inject({ url: '/api/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    envelope(response.body);
  });

  it('marks API errors no-store', async () => {
    const response = await app.inject({ url: '/api/nowhere' });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
