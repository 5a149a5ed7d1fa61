/**
 * Who is asking: a coach by session cookie, or a claimant's device by bearer token. Each helper
 * answers 401 in the error envelope when there is no valid credential; routes then check what
 * the caller owns.
 */
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db';
import { parseCookies } from '../http/cookies';
import { ApiError } from '../http/errors';
import { findSession } from '../services/coaches';
import type { Coach } from '../services/coaches';
import { findDeviceByToken } from '../services/devices';
import type { DeviceIdentity } from '../services/devices';

export const SESSION_COOKIE = 'waymark_session';

export function sessionToken(request: FastifyRequest): string | undefined {
  const token = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  return token && token.length <= 128 ? token : undefined;
}

export async function requireCoach(db: Queryable, request: FastifyRequest): Promise<Coach> {
  const token = sessionToken(request);
  const coach = token ? await findSession(db, token) : undefined;
  if (!coach) throw new ApiError(401, 'unauthorized', 'Please sign in first.');
  return coach;
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

export async function requireDevice(
  db: Queryable,
  request: FastifyRequest,
): Promise<DeviceIdentity> {
  const token = bearerToken(request);
  const device = token ? await findDeviceByToken(db, token) : undefined;
  if (!device) {
    throw new ApiError(
      401,
      'unauthorized',
      'This device is not connected to a work coach, or was disconnected. Connect it again with a new code.',
    );
  }
  return device;
}
