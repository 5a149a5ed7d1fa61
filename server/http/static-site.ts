/**
 * Serves the built apps (Vite's output folder) and their single-page fallback: a browser
 * opening a deep link such as /about-me gets index.html, and the app's router takes it from
 * there; /coach and its deep links get the coach console's coach.html. Dotfiles
 * (dist/.vite/manifest.json) are never served; /api/ is never a file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cacheControlForFile, REVALIDATE } from './cache-control';

export interface StaticSite {
  root: string;
  /** Whether there is an index.html to fall back to. */
  hasIndex: boolean;
}

/** Registers the static files when `staticDir` is a folder; otherwise says why not. */
export async function registerStaticSite(
  app: FastifyInstance,
  staticDir: string | undefined,
): Promise<StaticSite | undefined> {
  if (staticDir === undefined) return undefined;
  const root = resolve(staticDir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    app.log.warn(
      { staticDir: root },
      'No built app to serve: run "npm run build" first (the API still works).',
    );
    return undefined;
  }

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    redirect: false,
    list: false,
    cacheControl: false,
    etag: true,
    lastModified: true,
    // dist/ holds brotli and gzip copies made at build time (scripts/precompress.ts): the one the
    // browser accepts is sent as it is, the plain file when there is none or it accepts neither.
    preCompressed: true,
    allowedPath: (pathName) => !pathName.startsWith('/api/'),
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlForFile(root, filePath));
      // The answer depends on Accept-Encoding, so caches between must keep the copies apart.
      res.setHeader('vary', 'accept-encoding');
    },
  });

  return { root, hasIndex: existsSync(join(root, 'index.html')) };
}

/** A browser navigation to a client-side route: no file extension, wants HTML, not the API. */
export function isAppNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/')) return false;
  const last = path.split('/').pop() ?? '';
  if (posix.extname(last) !== '') return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** The coach console (coach.html) owns /coach and everything under it. */
export function isCoachPath(path: string): boolean {
  return path === '/coach' || path.startsWith('/coach/');
}

/** The page for an app navigation: the coach console under /coach, else the claimant app. */
export function sendAppShell(reply: FastifyReply, path = '/'): FastifyReply {
  const file = isCoachPath(path) ? 'coach.html' : 'index.html';
  return reply.code(200).header('cache-control', REVALIDATE).sendFile(file);
}
