/**
 * POST /api/pair {code, label?}: a phone exchanges a pairing code for a device id and a device
 * token (shown once; only its hash is kept). Unknown and already-used codes get the same answer,
 * so codes cannot be probed; rate-limited per client.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db';
import { ApiError } from '../http/errors';
import { rateLimited } from '../http/rate-limit';
import type { RouteRateLimit } from '../http/rate-limit';
import { audit } from '../services/audit';
import { redeemPairingCode } from '../services/pairing';

const pairBody = z.strictObject({
  code: z.string().max(64, 'code is too long'),
  label: z.string().trim().min(1).max(100).optional(),
});

export interface PairResponse {
  deviceId: string;
  deviceToken: string;
}

export async function pairRoutes(
  app: FastifyInstance,
  options: { db: Database; limit: RouteRateLimit },
): Promise<void> {
  const { db } = options;
  app.post('/api/pair', { ...rateLimited(options.limit) }, async (request, reply) => {
    const body = pairBody.parse(request.body);
    const result = await db.transaction(async (tx) => {
      const redeemed = await redeemPairingCode(tx, body.code, body.label ?? null);
      if (redeemed.ok) {
        await audit(tx, {
          actor: { kind: 'device', id: redeemed.deviceId },
          action: 'device.pair',
          claimantId: redeemed.claimantId,
        });
      }
      return redeemed;
    });
    if (!result.ok) {
      if (result.reason === 'expired') {
        throw new ApiError(
          410,
          'code_expired',
          'This code has expired. Ask your work coach for a new one.',
        );
      }
      throw new ApiError(
        400,
        'invalid_code',
        'This code is not right or has already been used. Check it, or ask your work coach for a new one.',
      );
    }
    reply.code(201);
    return { deviceId: result.deviceId, deviceToken: result.deviceToken } satisfies PairResponse;
  });
}
