/**
 * The audit log: who (a coach, a device, or the command line) read or changed what, for which
 * claimant and record. Written in the same transaction as the change it describes.
 */
import type { Queryable } from '../db';

export type Actor = { kind: 'coach'; id: string } | { kind: 'device'; id: string };

export interface AuditEntry {
  actor: Actor | { kind: 'system'; id?: undefined };
  action: string;
  claimantId?: string | null;
  recordKind?: string | null;
  recordId?: string | null;
  detail?: Record<string, unknown> | null;
}

export async function audit(db: Queryable, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const rows = list.map((e) => ({
    actor_kind: e.actor.kind,
    actor_id: e.actor.id ?? null,
    action: e.action,
    claimant_id: e.claimantId ?? null,
    record_kind: e.recordKind ?? null,
    record_id: e.recordId ?? null,
    detail: e.detail ?? null,
  }));
  await db.query(
    `insert into audit_log (actor_kind, actor_id, action, claimant_id, record_kind, record_id, detail)
     select actor_kind, actor_id, action, claimant_id, record_kind, record_id, detail
     from jsonb_to_recordset($1::jsonb) as x(actor_kind text, actor_id uuid, action text,
       claimant_id uuid, record_kind text, record_id uuid, detail jsonb)`,
    [JSON.stringify(rows)],
  );
}
