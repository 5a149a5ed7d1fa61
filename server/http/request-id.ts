/**
 * Request ids: every request gets one, it is on every log line about that request and in the
 * `X-Request-Id` response header, so a person can quote it. An id from a trusted proxy's
 * `X-Request-Id` header is kept (when TRUST_PROXY is set), so logs line up across both.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdGenerator(trustProxyHeader: boolean): (req: IncomingMessage) => string {
  return (req) => {
    const given = req.headers['x-request-id'];
    return trustProxyHeader && typeof given === 'string' && SAFE_ID.test(given)
      ? given
      : randomUUID();
  };
}

export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
