/**
 * Everything under /api/coach/: sign-in, the caseload API and the office report, behind the Origin check for
 * state-changing requests (a foreign Origin is refused; a request other than the login must
 * carry one, since it is authenticated by cookie).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db';
import { checkOrigin } from '../http/origin';
import type { RouteRateLimit } from '../http/rate-limit';
import { coachClaimantRoutes } from './coach-claimants';
import { coachReportRoutes } from './coach-report';
import { coachSessionRoutes } from './coach-session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function coachRoutes(
  app: FastifyInstance,
  options: { db: Database; loginLimit: RouteRateLimit },
): Promise<void> {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    checkOrigin(request, request.routeOptions.url !== '/api/coach/login');
  });
  await app.register(coachSessionRoutes, { db: options.db, limit: options.loginLimit });
  await app.register(coachClaimantRoutes, { db: options.db });
  await app.register(coachReportRoutes, { db: options.db });
}
