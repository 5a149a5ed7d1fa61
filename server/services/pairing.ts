/**
 * Pairing: a coach asks for a code for a claimant (single use, 14 days; a new code replaces any
 * unused one), and a phone exchanges the code for a device and its token. Only hashes of the
 * code and the token are stored.
 */
import type { Queryable } from '../db';
import { hashSecret, newPairingCode, newToken, normalisePairingCode } from '../auth/tokens';

export const PAIRING_CODE_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface PairingCode {
  code: string;
  /** Relative link that pre-fills the code in the claimant app. */
  link: string;
  expiresAt: Date;
}

export function pairingLink(code: string): string {
  return `/pair?code=${encodeURIComponent(code)}`;
}

export async function createPairingCode(
  db: Queryable,
  claimantId: string,
  coachId: string,
  ttlMs = PAIRING_CODE_TTL_MS,
): Promise<PairingCode> {
  const code = newPairingCode();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.query(
    `update pairing_codes set expires_at = least(expires_at, now())
     where claimant_id = $1 and used_at is null`,
    [claimantId],
  );
  await db.query(
    `insert into pairing_codes (code_hash, claimant_id, created_by, expires_at)
     values ($1, $2, $3, $4)`,
    [hashSecret(normalisePairingCode(code)!), claimantId, coachId, expiresAt],
  );
  return { code, link: pairingLink(code), expiresAt };
}

export type RedeemResult =
  | { ok: true; deviceId: string; deviceToken: string; claimantId: string }
  | { ok: false; reason: 'invalid' | 'expired' };

/** Uses the code once (atomically) and creates the device. */
export async function redeemPairingCode(
  db: Queryable,
  input: string,
  label: string | null,
): Promise<RedeemResult> {
  const code = normalisePairingCode(input);
  if (code === undefined) return { ok: false, reason: 'invalid' };
  const hash = hashSecret(code);
  const used = await db.query<{ claimant_id: string }>(
    `update pairing_codes p set used_at = now()
     from claimants c
     where p.code_hash = $1 and p.used_at is null and p.expires_at > now()
       and c.id = p.claimant_id and c.deleted_at is null
     returning p.claimant_id`,
    [hash],
  );
  const claimantId = used.rows[0]?.claimant_id;
  if (claimantId === undefined) {
    const expired = await db.query(
      `select 1 from pairing_codes where code_hash = $1 and used_at is null and expires_at <= now()`,
      [hash],
    );
    return { ok: false, reason: expired.rowCount > 0 ? 'expired' : 'invalid' };
  }
  const deviceToken = newToken();
  const device = await db.query<{ id: string }>(
    'insert into devices (claimant_id, token_hash, label) values ($1, $2, $3) returning id',
    [claimantId, hashSecret(deviceToken), label],
  );
  return { ok: true, deviceId: device.rows[0]!.id, deviceToken, claimantId };
}
