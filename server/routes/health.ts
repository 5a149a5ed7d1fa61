/**
 * GET /api/health: is the server up and can it reach its database? 200 with the database's
 * round-trip time, or 503 "degraded" when the database fails or takes over two seconds, so a
 * load balancer stops sending traffic here. Never cached.
 */
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { Database, DatabaseKind } from '../db';
import { NO_STORE } from '../http/cache-control';

export const HEALTH_TIMEOUT_MS = 2_000;

export type HealthBody =
  | { status: 'ok'; database: { kind: DatabaseKind; ok: true; latencyMs: number } }
  | { status: 'degraded'; database: { kind: DatabaseKind; ok: false } };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function healthRoutes(app: FastifyInstance, options: { db: Database }): Promise<void> {
  const { db } = options;
  app.get('/api/health', async (request, reply): Promise<HealthBody> => {
    reply.header('cache-control', NO_STORE);
    const started = performance.now();
    try {
      await withTimeout(db.query('select 1'), HEALTH_TIMEOUT_MS);
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      return { status: 'ok', database: { kind: db.kind, ok: true, latencyMs } };
    } catch (error) {
      request.log.warn({ err: error }, 'Health check: the database did not answer');
      reply.code(503);
      return { status: 'degraded', database: { kind: db.kind, ok: false } };
    }
  });
}
