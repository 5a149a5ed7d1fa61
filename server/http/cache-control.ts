/**
 * Who may cache what. Vite's hashed files under /assets/ never change, so browsers keep them
 * for a year; everything else (index.html, sw.js, the web manifest, the Workbox loader, icons)
 * must be revalidated on every use, or an update could never reach the claimant. API answers
 * are personal and live, so they are never stored unless a route says otherwise.
 */
import { relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const NO_STORE = 'no-store';

/** The Cache-Control header for a file under the static root. */
export function cacheControlForFile(root: string, filePath: string): string {
  const [top] = relative(root, filePath).split(sep);
  return top === 'assets' ? IMMUTABLE : REVALIDATE;
}

/** Marks every /api/ answer (errors included) `no-store` unless the route set its own. */
export function registerApiNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', NO_STORE);
    }
    return payload;
  });
}
