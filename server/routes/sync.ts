/**
 * POST /api/sync with `Authorization: Bearer <device token>`: the claimant's device sends its
 * outbox and gets back acknowledgements, refusals and the changes since its cursor
 * (services/sync.ts). Body bounds: 1 MB (the app's body limit) and 500 mutations (the schema).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db';
import { syncRequestSchema } from '../../src/domain/sync';
import { requireDevice } from '../auth/request-auth';
import { ApiError } from '../http/errors';
import { perDevice, rateLimited } from '../http/rate-limit';
import type { RouteRateLimit } from '../http/rate-limit';
import { sync } from '../services/sync';

export async function syncRoutes(
  app: FastifyInstance,
  options: { db: Database; limit: RouteRateLimit },
): Promise<void> {
  const { db } = options;
  // Counted per device token (many phones may share one office or mobile network address).
  app.post('/api/sync', { ...rateLimited(perDevice(options.limit)) }, async (request) => {
    const device = await requireDevice(db, request);
    const body = syncRequestSchema.parse(request.body);
    if (body.deviceId !== device.deviceId) {
      throw new ApiError(400, 'wrong_device', 'deviceId is not the device this token belongs to.');
    }
    return sync(
      db,
      {
        role: 'claimant',
        claimantId: device.claimantId,
        actor: { kind: 'device', id: device.deviceId },
      },
      body,
    );
  });
}
