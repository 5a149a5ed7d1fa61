/**
 * Rate limiting, off by default and switched on per route (login, pairing, sync):
 *
 *   app.post('/api/login', { ...rateLimited({ max: 5, timeWindow: '1 minute' }) }, handler)
 *
 * Counters live in this process's memory, keyed by client IP (set TRUST_PROXY behind a load
 * balancer so the IP is the client's). Over the limit the caller gets 429 in the error
 * envelope with a Retry-After header.
 */
import rateLimit from '@fastify/rate-limit';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { bearerToken } from '../auth/request-auth';
import { hashSecret } from '../auth/tokens';
import { ApiError } from './errors';

export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      context.ban
        ? new ApiError(403, 'forbidden', 'Too many requests. Access is blocked for now.')
        : new ApiError(
            context.statusCode,
            'rate_limited',
            `Too many requests. Please wait ${context.after} and try again.`,
          ),
  });
}

export interface RouteRateLimit {
  /** Requests allowed per client in each window. */
  max: number;
  /** Milliseconds, or words such as '1 minute' or '15 minutes'. */
  timeWindow: number | string;
  /** Count by something other than IP (for example a device id), as well as or instead of it. */
  keyGenerator?: RateLimitOptions['keyGenerator'];
}

/** Route options that switch the limit on for one route; spread them into the route's options. */
export function rateLimited(limit: RouteRateLimit): { config: { rateLimit: RateLimitOptions } } {
  return { config: { rateLimit: { ...limit } } };
}

/**
 * The same limit counted per device token (many phones may share one office or mobile network
 * address); requests without a token are counted by address.
 */
export function perDevice(limit: RouteRateLimit): RouteRateLimit {
  return {
    ...limit,
    keyGenerator: (request) => {
      const token = bearerToken(request);
      return token ? `device:${hashSecret(token)}` : `ip:${request.ip}`;
    },
  };
}
