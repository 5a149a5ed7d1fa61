/**
 * Security headers on every response (pages, files, API answers and errors alike), through
 * @fastify/helmet, plus HSTS only on requests that came over TLS.
 *
 * - CSP: everything from our own origin, no inline style, no plugins, no framing, and no inline
 *   script but one: the few lines at the top of index.html that hide the prerendered home page
 *   on other paths and languages (src/app/prerenderGate.ts), allowed by their SHA-256 hash.
 *   `upgrade-insecure-requests` is left out: it breaks plain http://localhost, and with every
 *   source 'self' it adds nothing that HSTS does not already give a TLS deployment.
 * - Referrer-Policy: same-origin. No URL (a pairing link carries a code) ever leaks to another
 *   site, like no-referrer; but unlike no-referrer, the browser still sends our real Origin
 *   on same-origin form posts (no-referrer makes it "null"), which the coach console's
 *   Origin check on state-changing requests relies on.
 */
import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { PRERENDER_GATE_SCRIPT } from '../../src/app/prerenderGate';

/** A CSP hash source for an inline script's exact text. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", scriptHashSource(PRERENDER_GATE_SCRIPT)],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });

  // request.protocol is 'https' for a TLS socket, or behind a trusted proxy that says so.
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_VALUE);
  });
}
