/**
 * A coach's claimants: add one, and find one only if it is on this coach's caseload (anything
 * else is "not found", so nothing about other coaches' claimants is revealed). A claimant whose
 * data was deleted at their request is still found, as a tombstone (`deletedAt`), so the coach
 * can be told so. The caseload list, with what's new, is services/caseload.ts.
 */
import type { Queryable } from '../db';
import { ApiError } from '../http/errors';

export interface Claimant {
  id: string;
  label: string;
  createdAt: Date;
  /** When everything about them was deleted at their request; null while they are on the caseload. */
  deletedAt: Date | null;
}

interface Row {
  id: string;
  label: string;
  created_at: Date;
  deleted_at: Date | null;
}

const toClaimant = (r: Row): Claimant => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  deletedAt: r.deleted_at,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

export async function addClaimant(
  db: Queryable,
  coach: { id: string; officeId: string },
  label: string,
): Promise<Claimant> {
  const result = await db.query<Row>(
    `insert into claimants (label, coach_id, office_id) values ($1, $2, $3)
     returning id, label, created_at, deleted_at`,
    [label, coach.id, coach.officeId],
  );
  return toClaimant(result.rows[0]!);
}

/**
 * The claimant if it is this coach's (a tombstone too, with `deletedAt`); undefined for anyone
 * else's, one deleted otherwise, or a bad id.
 */
export async function findOwnClaimant(
  db: Queryable,
  coachId: string,
  claimantId: string,
): Promise<Claimant | undefined> {
  if (!isUuid(claimantId)) return undefined;
  const result = await db.query<Row>(
    `select c.id, c.label, c.created_at, c.deleted_at from claimants c
     where c.id = $1 and c.coach_id = $2
       and (c.deleted_at is null or c.deleted_reason = 'claimant_request')`,
    [claimantId, coachId],
  );
  const row = result.rows[0];
  return row ? toClaimant(row) : undefined;
}

/**
 * Inside a transaction: holds the claimant's row so their data cannot be deleted until it ends
 * (a share lock: coaches reading at once do not wait for each other). False when the claimant
 * is gone, for example deleted at their request a moment ago.
 */
export async function holdClaimant(tx: Queryable, claimantId: string): Promise<boolean> {
  const result = await tx.query(
    'select id from claimants where id = $1 and deleted_at is null for share',
    [claimantId],
  );
  return result.rowCount > 0;
}

/**
 * 410 for a coach asking to read or change a claimant whose data was deleted at their request:
 * there is nothing left to read or change, and the console says so in plain words.
 */
export function claimantDeleted(deletedAt?: Date | null): ApiError {
  const day = deletedAt
    ? ` on ${deletedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })}`
    : '';
  return new ApiError(
    410,
    'claimant_deleted',
    `This claimant asked for everything about them to be deleted, and it was deleted${day}. Nothing about them is kept.`,
  );
}

/** Takes a tombstone off the coach's caseload (its row goes; nothing else was left). */
export async function removeTombstone(
  tx: Queryable,
  coachId: string,
  claimantId: string,
): Promise<void> {
  await tx.query(
    `delete from claimants
     where id = $1 and coach_id = $2 and deleted_reason = 'claimant_request'`,
    [claimantId, coachId],
  );
}
