/**
 * The coach's caseload at a glance (src/domain/caseload.ts): per claimant, last activity, active
 * devices, an open pairing code's expiry and what's new since this coach last looked, all in one
 * query for the whole caseload. And the "looked" marker itself: reading a claimant's records or
 * syncing as their coach marks everything up to the change number the coach has seen.
 */
import type { Queryable } from '../db';
import type { CaseloadEntry } from '../../src/domain/caseload';
import { RECORD_KINDS } from '../../src/domain/records';
import type { RecordKind } from '../../src/domain/records';
import { isUuid } from './claimants';

interface Row {
  id: string;
  label: string;
  created_at: Date;
  viewed_at: Date | null;
  last_activity: Date | null;
  devices: number;
  pairing_expires_at: Date | null;
  new_count: number;
  new_kinds: RecordKind[];
  deleted_at: Date | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const byKindOrder = (a: RecordKind, b: RecordKind): number =>
  RECORD_KINDS.indexOf(a) - RECORD_KINDS.indexOf(b);

function toEntry(r: Row): CaseloadEntry {
  return {
    id: r.id,
    label: r.label,
    createdAt: r.created_at.toISOString(),
    lastActivity: iso(r.last_activity),
    lastViewedAt: iso(r.viewed_at),
    devices: r.devices,
    pairing: r.pairing_expires_at ? { expiresAt: r.pairing_expires_at.toISOString() } : null,
    whatsNew: { count: r.new_count, kinds: [...r.new_kinds].sort(byKindOrder) },
    deleted: r.deleted_at ? { at: r.deleted_at.toISOString(), reason: 'claimantRequest' } : null,
  };
}

// Each lateral subquery reads one claimant's rows through an index on claimant_id; "new" means
// shared, not deleted, and changed by the claimant after the change number this coach has seen.
// A claimant deleted at their own request is listed as a tombstone (no rows left to read).
const CASELOAD_SQL = `
  select c.id, c.label, c.created_at, c.deleted_at, v.viewed_at,
    greatest(d.last_seen, r.last_change) as last_activity,
    coalesce(d.active, 0) as devices,
    p.expires_at as pairing_expires_at,
    coalesce(r.new_count, 0) as new_count,
    coalesce(r.new_kinds, '[]'::jsonb) as new_kinds
  from claimants c
  left join coach_claimant_views v on v.coach_id = c.coach_id and v.claimant_id = c.id
  left join lateral (
    select (count(*) filter (where dv.revoked_at is null))::int as active,
      max(dv.last_seen) as last_seen
    from devices dv where dv.claimant_id = c.id
  ) d on true
  left join lateral (
    select max(pc.expires_at) as expires_at from pairing_codes pc
    where pc.claimant_id = c.id and pc.used_at is null and pc.expires_at > now()
  ) p on true
  left join lateral (
    select max(rec.claimant_changed_at) as last_change,
      (count(*) filter (where rec.is_new))::int as new_count,
      jsonb_agg(distinct rec.kind) filter (where rec.is_new) as new_kinds
    from (
      select kind, claimant_changed_at,
        shared and not deleted and claimant_seq > coalesce(v.seen_seq, 0) as is_new
      from records where claimant_id = c.id
    ) rec
  ) r on true
  where c.coach_id = $1 and (c.deleted_at is null or c.deleted_reason = 'claimant_request')
    and ($2::uuid is null or c.id = $2::uuid)
  order by c.created_at, c.id`;

/** The coach's whole caseload, oldest first. */
export async function listCaseload(db: Queryable, coachId: string): Promise<CaseloadEntry[]> {
  const result = await db.query<Row>(CASELOAD_SQL, [coachId, null]);
  return result.rows.map(toEntry);
}

/** One claimant of this coach's caseload (a tombstone too); undefined for anyone else's or a bad id. */
export async function caseloadEntry(
  db: Queryable,
  coachId: string,
  claimantId: string,
): Promise<CaseloadEntry | undefined> {
  if (!isUuid(claimantId)) return undefined;
  const result = await db.query<Row>(CASELOAD_SQL, [coachId, claimantId]);
  const row = result.rows[0];
  return row ? toEntry(row) : undefined;
}

/**
 * Records that this coach has now seen the claimant's journal up to change number `upTo` (a sync
 * cursor; omitted: everything there is now), never beyond the claimant's latest change and never
 * backwards. `at` is when they looked (default now).
 */
export async function markViewed(
  db: Queryable,
  coachId: string,
  claimantId: string,
  options: { upTo?: string; at?: Date } = {},
): Promise<void> {
  await db.query(
    `insert into coach_claimant_views (coach_id, claimant_id, viewed_at, seen_seq)
     select $1, $2, coalesce($4::timestamptz, now()),
       least(coalesce($3::bigint, latest.seq), latest.seq)
     from (select coalesce(max(seq), 0) as seq from records where claimant_id = $2) latest
     on conflict (coach_id, claimant_id) do update set viewed_at = excluded.viewed_at,
       seen_seq = greatest(coach_claimant_views.seen_seq, excluded.seen_seq)`,
    [coachId, claimantId, options.upTo === '' ? '0' : (options.upTo ?? null), options.at ?? null],
  );
}
