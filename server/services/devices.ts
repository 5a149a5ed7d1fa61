/**
 * Paired devices: find the device behind a bearer token, list a claimant's devices, revoke one.
 * A revoked device's token stops working at once; its records stay.
 */
import type { Queryable } from '../db';
import { hashSecret } from '../auth/tokens';
import { isUuid } from './claimants';

export interface DeviceIdentity {
  deviceId: string;
  claimantId: string;
}

export interface Device {
  id: string;
  label: string | null;
  createdAt: Date;
  lastSeen: Date | null;
  revokedAt: Date | null;
}

interface Row {
  id: string;
  label: string | null;
  created_at: Date;
  last_seen: Date | null;
  revoked_at: Date | null;
}

const toDevice = (r: Row): Device => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  lastSeen: r.last_seen,
  revokedAt: r.revoked_at,
});

/** The live device for a token (not revoked, claimant not deleted). */
export async function findDeviceByToken(
  db: Queryable,
  token: string,
): Promise<DeviceIdentity | undefined> {
  const result = await db.query<{ id: string; claimant_id: string }>(
    `select d.id, d.claimant_id from devices d join claimants c on c.id = d.claimant_id
     where d.token_hash = $1 and d.revoked_at is null and c.deleted_at is null`,
    [hashSecret(token)],
  );
  const row = result.rows[0];
  return row ? { deviceId: row.id, claimantId: row.claimant_id } : undefined;
}

export async function touchDevice(db: Queryable, deviceId: string): Promise<void> {
  await db.query('update devices set last_seen = now() where id = $1', [deviceId]);
}

export async function listDevices(db: Queryable, claimantId: string): Promise<Device[]> {
  const result = await db.query<Row>(
    `select id, label, created_at, last_seen, revoked_at from devices
     where claimant_id = $1 order by created_at, id`,
    [claimantId],
  );
  return result.rows.map(toDevice);
}

/** Revokes the claimant's device (again is fine); undefined when it is not this claimant's. */
export async function revokeDevice(
  db: Queryable,
  claimantId: string,
  deviceId: string,
): Promise<Device | undefined> {
  if (!isUuid(deviceId)) return undefined;
  const result = await db.query<Row>(
    `update devices set revoked_at = coalesce(revoked_at, now())
     where id = $1 and claimant_id = $2
     returning id, label, created_at, last_seen, revoked_at`,
    [deviceId, claimantId],
  );
  const row = result.rows[0];
  return row ? toDevice(row) : undefined;
}
