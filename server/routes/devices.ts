/**
 * The claimant's own devices, by device token: GET /api/devices lists them (marking the one
 * asking), POST /api/devices/:id/revoke disconnects one, this one included ("Disconnect this
 * phone"). A device of another claimant is "not found".
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db';
import { requireDevice } from '../auth/request-auth';
import { ApiError } from '../http/errors';
import { audit } from '../services/audit';
import { listDevices, revokeDevice } from '../services/devices';

export async function deviceRoutes(app: FastifyInstance, options: { db: Database }): Promise<void> {
  const { db } = options;

  app.get('/api/devices', async (request) => {
    const me = await requireDevice(db, request);
    const devices = await listDevices(db, me.claimantId);
    return { devices: devices.map((d) => ({ ...d, current: d.id === me.deviceId })) };
  });

  app.post<{ Params: { id: string } }>('/api/devices/:id/revoke', async (request) => {
    const me = await requireDevice(db, request);
    return db.transaction(async (tx) => {
      const device = await revokeDevice(tx, me.claimantId, request.params.id);
      if (!device) throw new ApiError(404, 'not_found', 'There is no such device.');
      await audit(tx, {
        actor: { kind: 'device', id: me.deviceId },
        action: 'device.revoke',
        claimantId: me.claimantId,
        detail: { deviceId: device.id },
      });
      return { device };
    });
  });
}
