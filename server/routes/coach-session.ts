/**
 * Coach sign-in: POST /api/coach/login {email, password} sets the session cookie (HttpOnly,
 * SameSite=Strict, Path=/, Secure over TLS), POST /api/coach/logout ends it, GET /api/coach/me
 * says who is signed in. Login is rate-limited and gives the same answer for an unknown email
 * and a wrong password. State-changing requests pass the Origin check (coach-origin hook).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords';
import { requireCoach, SESSION_COOKIE, sessionToken } from '../auth/request-auth';
import { serializeCookie } from '../http/cookies';
import { ApiError } from '../http/errors';
import { rateLimited } from '../http/rate-limit';
import type { RouteRateLimit } from '../http/rate-limit';
import { audit } from '../services/audit';
import { checkSignIn, createSession, endSession, SESSION_TTL_MS } from '../services/coaches';

const loginBody = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(MAX_PASSWORD_LENGTH),
});

const isTls = (request: FastifyRequest): boolean => request.protocol === 'https';

export async function coachSessionRoutes(
  app: FastifyInstance,
  options: { db: Database; limit: RouteRateLimit },
): Promise<void> {
  const { db } = options;

  app.post('/api/coach/login', { ...rateLimited(options.limit) }, async (request, reply) => {
    const body = loginBody.parse(request.body);
    const coach = await checkSignIn(db, body.email, body.password);
    if (!coach) {
      throw new ApiError(401, 'bad_credentials', 'The email address or password is not right.');
    }
    const session = await db.transaction(async (tx) => {
      const created = await createSession(tx, coach.id);
      await audit(tx, { actor: { kind: 'coach', id: coach.id }, action: 'coach.login' });
      return created;
    });
    reply.header(
      'set-cookie',
      serializeCookie(SESSION_COOKIE, session.token, {
        maxAge: SESSION_TTL_MS / 1000,
        secure: isTls(request),
      }),
    );
    return { coach: { id: coach.id, email: coach.email } };
  });

  app.post('/api/coach/logout', async (request, reply) => {
    const coach = await requireCoach(db, request);
    await db.transaction(async (tx) => {
      await endSession(tx, sessionToken(request)!);
      await audit(tx, { actor: { kind: 'coach', id: coach.id }, action: 'coach.logout' });
    });
    reply.header(
      'set-cookie',
      serializeCookie(SESSION_COOKIE, '', { maxAge: 0, secure: isTls(request) }),
    );
    return reply.code(204).send();
  });

  app.get('/api/coach/me', async (request) => {
    const coach = await requireCoach(db, request);
    return { coach: { id: coach.id, email: coach.email } };
  });
}
