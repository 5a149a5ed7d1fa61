/**
 * A coach's caseload: list, add, and find one claimant only if it is on this coach's caseload
 * (anything else is "not found", so nothing about other coaches' claimants is revealed).
 */
import type { Queryable } from '../db';

export interface Claimant {
  id: string;
  label: string;
  createdAt: Date;
  lastActivity: Date | null;
}

interface Row {
  id: string;
  label: string;
  created_at: Date;
  last_activity: Date | null;
}

const toClaimant = (r: Row): Claimant => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  lastActivity: r.last_activity,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

export async function listCaseload(db: Queryable, coachId: string): Promise<Claimant[]> {
  const result = await db.query<Row>(
    `select c.id, c.label, c.created_at,
       (select max(d.last_seen) from devices d where d.claimant_id = c.id) as last_activity
     from claimants c where c.coach_id = $1 and c.deleted_at is null
     order by c.created_at, c.id`,
    [coachId],
  );
  return result.rows.map(toClaimant);
}

export async function addClaimant(
  db: Queryable,
  coach: { id: string; officeId: string },
  label: string,
): Promise<Claimant> {
  const result = await db.query<Row>(
    `insert into claimants (label, coach_id, office_id) values ($1, $2, $3)
     returning id, label, created_at, null::timestamptz as last_activity`,
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
    `select c.id, c.label, c.created_at, null::timestamptz as last_activity from claimants c
     where c.id = $1 and c.coach_id = $2 and c.deleted_at is null`,
    [claimantId, coachId],
  );
  const row = result.rows[0];
  return row ? toClaimant(row) : undefined;
}
