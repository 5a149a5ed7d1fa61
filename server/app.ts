/**
 * Builds the HTTP app (not listening): security headers, request ids, logs, the error envelope,
 * the 1 MB body limit, opt-in rate limits, the API routes and the built claimant app. main.ts
 * listens; tests call `app.inject`.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { TrustProxy } from './config';
import type { Database } from './db';
import { registerApiNoStore } from './http/cache-control';
import { frameworkErrorHandler, registerErrorHandler, sendError } from './http/errors';
import { loggerOptions } from './http/logging';
import type { LogOptions } from './http/logging';
import { registerRateLimit } from './http/rate-limit';
import { registerRequestIdHeader, requestIdGenerator } from './http/request-id';
import { registerSecurityHeaders } from './http/security-headers';
import { isAppNavigation, registerStaticSite, sendAppShell } from './http/static-site';
import { registerNoNulBodies } from './http/no-nul';
import { collectRoutes } from './http/route-list';
import type { RouteRateLimit } from './http/rate-limit';
import { coachRoutes } from './routes/coach';
import { deviceRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { pairRoutes } from './routes/pair';
import { syncRoutes } from './routes/sync';

/** The largest request body accepted (the sync protocol's bound), in bytes. */
export const BODY_LIMIT_BYTES = 1_048_576;

export interface AppOptions {
  db: Database;
  /** Folder of the built claimant app; nothing is served from disk when omitted or missing. */
  staticDir?: string;
  /** `false` for silence (tests); defaults to JSON lines at level info on stdout. */
  logger?: false | LogOptions;
  /** Fastify's trustProxy: believe X-Forwarded-* from these proxies. Off by default. */
  trustProxy?: TrustProxy;
  /** Per-client limits on the routes that need them; defaults in DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<RateLimits>;
}

export interface RateLimits {
  login: RouteRateLimit;
  pair: RouteRateLimit;
  sync: RouteRateLimit;
  deleteMe: RouteRateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  /** Password guessing: 5 tries a minute from one address. */
  login: { max: 5, timeWindow: '1 minute' },
  /** Code guessing: 10 tries a minute from one address (codes have ~40 bits). */
  pair: { max: 10, timeWindow: '1 minute' },
  /** A device syncs every few minutes and in bursts after changes. */
  sync: { max: 120, timeWindow: '1 minute' },
  /** "Delete my data" happens once; a few retries when an answer is lost on the way. */
  deleteMe: { max: 10, timeWindow: '1 minute' },
};

/** Fastify takes a hop count as a function of the hop number. */
function fastifyTrustProxy(
  value: TrustProxy,
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const trustProxy = options.trustProxy ?? false;
  const app = Fastify({
    logger: loggerOptions(options.logger ?? {}),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(trustProxy),
    genReqId: requestIdGenerator(trustProxy !== false),
    frameworkErrors: frameworkErrorHandler,
  });

  // The API speaks JSON only. Without a text/plain parser, a cross-site form or no-cors fetch
  // (which cannot send application/json without a CORS preflight) cannot reach a handler.
  app.removeContentTypeParser('text/plain');

  registerRequestIdHeader(app);
  await registerSecurityHeaders(app);
  await registerRateLimit(app);
  registerErrorHandler(app);
  registerApiNoStore(app);
  registerNoNulBodies(app);

  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  collectRoutes(app);
  await app.register(healthRoutes, { db: options.db });
  await app.register(pairRoutes, { db: options.db, limit: limits.pair });
  await app.register(syncRoutes, { db: options.db, limit: limits.sync });
  await app.register(deviceRoutes, { db: options.db });
  await app.register(meRoutes, { db: options.db, limit: limits.deleteMe });
  await app.register(coachRoutes, { db: options.db, loginLimit: limits.login });

  const site = await registerStaticSite(app, options.staticDir);
  app.setNotFoundHandler((request, reply) => {
    if (site?.hasIndex && isAppNavigation(request)) {
      return sendAppShell(reply, request.url.split('?')[0]);
    }
    const path = request.url.split('?')[0];
    return sendError(reply, 404, 'not_found', `There is nothing at ${path}.`);
  });

  return app;
}
