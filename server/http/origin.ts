/**
 * The Origin check for state-changing coach requests (cross-site request forgery defence on
 * top of SameSite=Strict): an Origin that is not this server's own is refused, and a request
 * authenticated by cookie must carry one. Browsers send Origin on every POST.
 */
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors';

/** This server's origin as the browser sees it (protocol and Host, default port dropped). */
export function ownOrigin(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return undefined;
  }
}

function sameOrigin(origin: string, own: string | undefined): boolean {
  if (own === undefined || origin === 'null') return false;
  try {
    return new URL(origin).origin === own;
  } catch {
    return false;
  }
}

/** Throws 403 when Origin is present and foreign, or absent while `required`. */
export function checkOrigin(request: FastifyRequest, required: boolean): void {
  const origin = request.headers.origin;
  if (origin === undefined) {
    if (required) {
      throw new ApiError(403, 'origin_required', 'This request must come from the coach console.');
    }
    return;
  }
  if (!sameOrigin(origin, ownOrigin(request))) {
    throw new ApiError(403, 'bad_origin', 'This request came from another site and was refused.');
  }
}
