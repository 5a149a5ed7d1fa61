/**
 * The one error envelope every API error uses, `{ error: { code, message } }`, and the
 * handlers that turn any thrown error into it. Bad input is always a 4xx with a plain-English
 * message; only the server's own faults are 5xx, and those never show internal details.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

export interface ErrorEnvelope {
  error: { code: string; message: string };
}

/** Throw this from a route for an error the caller can understand and act on. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorEnvelope(code: string, message: string): ErrorEnvelope {
  return { error: { code, message } };
}

export function sendError(
  reply: FastifyReply,
  statusCode: number,
  code: string,
  message: string,
): FastifyReply {
  return reply.code(statusCode).send(errorEnvelope(code, message));
}

/** Fastify's own errors for bad requests, in words a person can act on. */
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request says it sends JSON, but the body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    message: 'The request body is larger than the 1 MB limit. Send less at a time.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'The request body must be JSON, sent with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    message: 'The request body is not the length its Content-Length header says.',
  },
  FST_ERR_BAD_URL: {
    code: 'bad_request',
    message: 'The address is not valid.',
  },
};

/** For any other 4xx, a plain message chosen by status. */
const BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: 'The request is not valid.' },
  401: { code: 'unauthorized', message: 'Please sign in first.' },
  403: { code: 'forbidden', message: 'You do not have permission to do that.' },
  404: { code: 'not_found', message: 'There is nothing at this address.' },
  405: { code: 'method_not_allowed', message: 'This address does not accept that method.' },
  406: { code: 'not_acceptable', message: 'The server cannot answer in the format asked for.' },
  408: { code: 'request_timeout', message: 'The request took too long to arrive.' },
  409: { code: 'conflict', message: 'The request conflicts with the current state.' },
  413: FRAMEWORK_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE!,
  415: FRAMEWORK_ERRORS.FST_ERR_CTP_INVALID_MEDIA_TYPE!,
  429: { code: 'rate_limited', message: 'Too many requests. Please wait a minute and try again.' },
};

function describeZodError(error: ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request is not valid. ${parts.join('; ')}.`;
}

interface Mapped {
  statusCode: number;
  code: string;
  message: string;
}

/** Decides what the caller is told about an error. */
export function toEnvelope(error: unknown, requestId: string): Mapped {
  if (error instanceof ApiError) {
    return { statusCode: error.statusCode, code: error.code, message: error.message };
  }
  if (error instanceof ZodError) {
    return { statusCode: 400, code: 'validation_failed', message: describeZodError(error) };
  }
  const fastifyError = error as Partial<FastifyError> | null;
  const statusCode = fastifyError?.statusCode;
  if (fastifyError?.validation) {
    return {
      statusCode: 400,
      code: 'validation_failed',
      message: `The request is not valid: ${fastifyError.message ?? 'it does not match what this address expects'}.`,
    };
  }
  const known = fastifyError?.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
  if (known && statusCode !== undefined) return { statusCode, ...known };
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    return { statusCode, ...(BY_STATUS[statusCode] ?? BY_STATUS[400]!) };
  }
  return {
    statusCode: statusCode === 503 ? 503 : 500,
    code: 'internal_error',
    message: `Something went wrong on the server. Please try again later. If it keeps happening, quote reference ${requestId}.`,
  };
}

function handle(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const mapped = toEnvelope(error, request.id);
  if (mapped.statusCode >= 500) {
    request.log.error({ err: error }, 'Request failed');
  } else {
    request.log.info({ code: mapped.code, statusCode: mapped.statusCode }, mapped.message);
  }
  return sendError(reply, mapped.statusCode, mapped.code, mapped.message);
}

/** Installs the error handler for everything the app (and its plugins) throws. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => handle(error, request, reply));
}

/** For Fastify's options: errors raised before routing (a malformed URL). */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void handle(error, request, reply);
}
