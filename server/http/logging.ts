/**
 * Structured JSON logs (pino, through Fastify). The request line shows the path without its
 * query string, because a query can carry a pairing code or other secret; headers (cookies,
 * tokens) are never logged.
 */
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config';

export interface LogOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default (tests pass a collector). */
  stream?: { write(line: string): void };
}

export function loggerOptions(options: false | LogOptions): FastifyServerOptions['logger'] {
  if (options === false) return false;
  return {
    level: options.level ?? 'info',
    ...(options.stream ? { stream: options.stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: request.url.split('?')[0],
        remoteAddress: request.ip,
      }),
    },
  };
}
