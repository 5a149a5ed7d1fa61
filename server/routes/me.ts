/**
 * POST /api/me/delete {confirm: 'deleteEverything'} with the device token: the claimant asks the
 * server to delete everything it holds about them (services/erasure.ts). A device can only ask
 * for its own claimant: the token says whose. Afterwards every token of that claimant is refused
 * (401), except that this route answers a phone asking again (its first answer lost on the way)
 * with the same 200, so asking twice is safe. Rate-limited per device token.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db';
import { bearerToken, requireDevice } from '../auth/request-auth';
import { perDevice, rateLimited } from '../http/rate-limit';
import type { RouteRateLimit } from '../http/rate-limit';
import { eraseClaimant, isErasedToken } from '../services/erasure';

export const DELETE_CONFIRMATION = 'deleteEverything';

const deleteBody = z.strictObject({
  confirm: z.literal(DELETE_CONFIRMATION, {
    error: `confirm must be "${DELETE_CONFIRMATION}"`,
  }),
});

export interface DeleteMeResponse {
  deleted: true;
}

export async function meRoutes(
  app: FastifyInstance,
  options: { db: Database; limit: RouteRateLimit },
): Promise<void> {
  const { db } = options;
  app.post('/api/me/delete', { ...rateLimited(perDevice(options.limit)) }, async (request) => {
    const token = bearerToken(request);
    if (token && (await isErasedToken(db, token))) {
      deleteBody.parse(request.body);
      return { deleted: true } satisfies DeleteMeResponse;
    }
    const device = await requireDevice(db, request);
    deleteBody.parse(request.body);
    await db.transaction((tx) => eraseClaimant(tx, device.claimantId, device.deviceId));
    return { deleted: true } satisfies DeleteMeResponse;
  });
}
