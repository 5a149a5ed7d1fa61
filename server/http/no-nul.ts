/**
 * Refuses JSON bodies holding a NUL character (`\u0000`) anywhere, with 400. JSON allows it and
 * zod's strings accept it, but PostgreSQL's text and jsonb cannot store it, so without this
 * check such input would fail in the database as a 500 instead of a clear 4xx.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

export function registerNoNulBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined && hasNul(request.body)) {
      throw new ApiError(
        400,
        'bad_characters',
        'The request contains a character that is not allowed (NUL).',
      );
    }
  });
}
