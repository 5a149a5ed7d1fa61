/**
 * A coach's claimants: add one, and find one only if it is on this coach's caseload (anything
 * else is "not found", so nothing about other coaches' claimants is revealed). The caseload
 * list, with what's new, is services/caseload.ts.
 */
import type { Queryable } from '../db';

export interface Claimant {
  id: string;
  label: string;
  createdAt: Date;
}

interface Row {
  id: string;
  label: string;
  created_at: Date;
}

const toClaimant = (r: Row): Claimant => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
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
     returning id, label, created_at`,
    [label, coach.id, coach.officeId],
  );
  return toClaimant(result.rows[0]!);
}

/** The claimant if it is this coach's; undefined for anyone else's, a deleted one or a bad id. */
export async function findOwnClaimant(
  db: Queryable,
  coachId: string,
  claimantId: string,
): Promise<Claimant | undefined> {
  if (!isUuid(claimantId)) return undefined;
  const result = await db.query<Row>(
    `select c.id, c.label, c.created_at from claimants c
     where c.id = $1 and c.coach_id = $2 and c.deleted_at is null`,
    [claimantId, coachId],
  );
  const row = result.rows[0];
  return row ? toClaimant(row) : undefined;
}
