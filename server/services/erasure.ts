/**
 * "Delete my data" at the claimant's request (POST /api/me/delete): in one transaction, delete
 * everything the server holds about the claimant and keep the claimants row as a tombstone.
 *
 * Deleted: pairing codes, devices (their tokens stop working at once), records, applied
 * mutation ids, what each coach has seen (coach_claimant_views), the days the phone synced
 * (claimant_sync_days, so the office report no longer counts them) and every audit entry about
 * the claimant or made by one of their devices. Kept: the claimants row with only the coach's
 * own label, its coach and office, when the coach added it, `deleted_at` and
 * `deleted_reason = 'claimant_request'`; and one audit entry, `claimant.delete`, saying only
 * that it happened. Anonymous feedback has no link to the claimant and is not touched.
 *
 * The hashes of the phones' tokens go to erased_device_tokens (with the day, nothing else), so a
 * phone that asks again because the first answer was lost hears that it is done.
 */
import type { Queryable } from '../db';
import { hashSecret } from '../auth/tokens';
import { audit } from './audit';

export const DELETE_REASON = 'claimant_request';

export interface Erased {
  deletedAt: Date;
}

/**
 * Erases the claimant behind `deviceId`; call inside a transaction. Undefined when the claimant
 * was already deleted (a request that raced another one).
 */
export async function eraseClaimant(
  tx: Queryable,
  claimantId: string,
  deviceId: string,
): Promise<Erased | undefined> {
  // The same row lock as a sync takes: syncs and coach writes wait, then find no claimant.
  const locked = await tx.query(
    'select id from claimants where id = $1 and deleted_at is null for update',
    [claimantId],
  );
  if (locked.rowCount === 0) return undefined;

  // Codes first, so a pairing that was redeeming one has finished (or will find nothing).
  await tx.query('delete from pairing_codes where claimant_id = $1', [claimantId]);
  const devices = await tx.query<{ id: string }>('select id from devices where claimant_id = $1', [
    claimantId,
  ]);
  const deviceIds = devices.rows.map((d) => d.id);
  await tx.query(
    `insert into erased_device_tokens (token_hash, erased_on)
     select token_hash, (now() at time zone 'Europe/London')::date from devices
     where claimant_id = $1 and revoked_at is null
     on conflict (token_hash) do nothing`,
    [claimantId],
  );
  await tx.query('delete from applied_mutations where claimant_id = $1', [claimantId]);
  await tx.query('delete from records where claimant_id = $1', [claimantId]);
  await tx.query('delete from coach_claimant_views where claimant_id = $1', [claimantId]);
  await tx.query('delete from claimant_sync_days where claimant_id = $1', [claimantId]);
  await tx.query('delete from devices where claimant_id = $1', [claimantId]);
  await tx.query(
    `delete from audit_log
     where claimant_id = $1 or (actor_kind = 'device' and actor_id = any($2::uuid[]))`,
    [claimantId, deviceIds],
  );
  const tombstone = await tx.query<{ deleted_at: Date }>(
    `update claimants set deleted_at = now(), deleted_reason = $2 where id = $1
     returning deleted_at`,
    [claimantId, DELETE_REASON],
  );
  await audit(tx, {
    actor: { kind: 'device', id: deviceId },
    action: 'claimant.delete',
    claimantId,
    detail: { reason: DELETE_REASON },
  });
  return { deletedAt: tombstone.rows[0]!.deleted_at };
}

/** True when the token belonged to a phone whose claimant's data was deleted at their request. */
export async function isErasedToken(db: Queryable, token: string): Promise<boolean> {
  const result = await db.query('select 1 from erased_device_tokens where token_hash = $1', [
    hashSecret(token),
  ]);
  return result.rowCount > 0;
}
