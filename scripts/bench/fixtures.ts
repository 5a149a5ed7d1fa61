/**
 * Server-side fixtures for the sync and load benchmarks, made through the server's own services
 * (the same code the coach console and POST /api/pair run): a coach, claimants on the coach's
 * caseload, and a paired device per claimant.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../server/db';
import { addClaimant } from '../../server/services/claimants';
import { createCoach } from '../../server/services/coaches';
import type { Coach } from '../../server/services/coaches';
import { createPairingCode, redeemPairingCode } from '../../server/services/pairing';

export interface PairedDevice {
  claimantId: string;
  deviceId: string;
  deviceToken: string;
}

export async function benchCoach(db: Queryable): Promise<Coach> {
  return createCoach(db, {
    email: `bench-${randomUUID().slice(0, 8)}@bench.invalid`,
    password: 'a long benchmark password 42',
    office: 'Benchmark office',
  });
}

/** Pairs one more device with the claimant, as a phone redeeming a fresh code would. */
export async function pairDevice(
  db: Queryable,
  coach: Coach,
  claimantId: string,
): Promise<PairedDevice> {
  const { code } = await createPairingCode(db, claimantId, coach.id);
  const redeemed = await redeemPairingCode(db, code, 'benchmark phone');
  if (!redeemed.ok) throw new Error(`Pairing failed: ${redeemed.reason}`);
  return { claimantId, deviceId: redeemed.deviceId, deviceToken: redeemed.deviceToken };
}

/** A new claimant on the coach's caseload with one paired device. */
export async function pairedClaimant(
  db: Queryable,
  coach: Coach,
  label: string,
): Promise<PairedDevice> {
  const claimant = await addClaimant(db, coach, label);
  return pairDevice(db, coach, claimant.id);
}
