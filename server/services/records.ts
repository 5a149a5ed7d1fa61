/**
 * The synced records: apply a batch of mutations for one claimant (idempotent by mutation id,
 * merged per field by HLC with the domain's applyFields, checked by permissions.ts), and read
 * the changes since a cursor. Call both inside one transaction that has locked the claimant
 * (lockClaimant), so change numbers become visible in order and a cursor never skips one.
 *
 * Un-sharing: when a merged record is no longer shareable (sharing 'private', or feedback back
 * to 'draft'), the server keeps only a stub: the envelope plus the field that says it is
 * private, with that field's clock. Everything the claimant wrote is gone from the server, and
 * the claimant's other devices still learn (through the stub) that it was made private. Later
 * mutations for a private record are merged and stripped again; sharing it again needs the
 * device to send its content again.
 *
 * Anonymous feedback (issue 6): a feedback that ends a batch sent ('sent') with `anonymous`
 * true is not kept in `records` at all. It goes to `anonymous_feedback` with only the office,
 * the kind of support, the answers, the comment and the day (anonymous.ts), and its mutation
 * ids are remembered with no claimant, device, record or time of day, so a retry is
 * acknowledged without storing it twice. It is never audited with a claimant or record id.
 * A copy already in `records` (sent with the name first, or a stub) is deleted.
 */
import type { Queryable } from '../db';
import { isShareable } from '../../src/domain/sharing';
import { hlcWallTime } from '../../src/domain/hlc';
import { applyFields, sameValue } from '../../src/domain/merge';
import type { AnyRecord, RecordKind } from '../../src/domain/records';
import type { Mutation, RecordChange } from '../../src/domain/sync';
import { MAX_MUTATIONS_PER_REQUEST } from '../../src/domain/sync';
import { ApiError } from '../http/errors';
import { audit } from './audit';
import type { Actor } from './audit';
import { checkWrite } from './permissions';
import type { Role } from './permissions';
import { isAnonymousFeedback, storeAnonymousFeedback } from './anonymous';

/** The most changes one answer carries; `more` tells the client to ask again. */
export const CHANGES_PER_RESPONSE = MAX_MUTATIONS_PER_REQUEST;

export interface Writer {
  role: Role;
  claimantId: string;
  actor: Actor;
}

export interface Refusal {
  mutationId: string;
  reason: string;
  /**
   * The record as the server holds it now (as `changes` carries it), so the phone can put its
   * refused edit back; absent when there is no such record of this claimant's.
   */
  record?: RecordChange;
}

export interface ApplyResult {
  acked: string[];
  rejected: Refusal[];
}

type Loose = Record<string, unknown> & { fieldClocks: Record<string, string> };

/** The field that decides whether a kind's record is shared, if it has one. */
/**
 * The fields that decide whether a kind's record is shared, if it has any. A feedback's stub
 * keeps `anonymous` too: when its mutations arrive split over two requests, the second must
 * still know it is to be sent without the name.
 */
const SHARING_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  aboutMe: ['sharing'],
  values: ['sharing'],
  fourSteps: ['sharing'],
  checkIn: ['sharing'],
  action: ['sharing'],
  feedback: ['status', 'anonymous'],
  // Who made it decides who may change it (services/permissions.ts), so the stub keeps it.
  appointment: ['sharing', 'source'],
  appointmentPack: ['sharing'],
};

/** What the server keeps of a record that is not shared: its envelope and its sharing field. */
export function privateStub(kind: RecordKind, record: AnyRecord): AnyRecord {
  const r = record as unknown as Loose;
  const stub: Loose = {
    id: r.id,
    created: r.created,
    updated: r.updated,
    deleted: r.deleted,
    fieldClocks: {},
  };
  for (const field of SHARING_FIELDS[kind] ?? []) {
    if (r[field] === undefined) continue;
    stub[field] = r[field];
    const clock = r.fieldClocks[field];
    if (clock !== undefined) stub.fieldClocks[field] = clock;
  }
  return stub as unknown as AnyRecord;
}

/**
 * What the server keeps of a merged record: all of it when it is shared, else its stub. An
 * anonymous feedback is never kept whole with the claimant's id, whatever its status.
 */
export function storedForm(kind: RecordKind, record: AnyRecord): AnyRecord {
  const anonymous = kind === 'feedback' && (record as { anonymous?: unknown }).anonymous === true;
  return isShareable(kind, record as never) && !anonymous ? record : privateStub(kind, record);
}

/** Takes the claimant's row lock for this transaction; false when there is no such claimant. */
export async function lockClaimant(tx: Queryable, claimantId: string): Promise<boolean> {
  const result = await tx.query(
    'select id from claimants where id = $1 and deleted_at is null for update',
    [claimantId],
  );
  return result.rowCount > 0;
}

interface StoredRecord {
  kind: RecordKind;
  claimantId: string;
  data: AnyRecord;
  dirty: boolean;
  /** The latest wall time (ms) of the claimant's mutations applied to it in this batch. */
  claimantWall?: number;
}

const NOT_FOUND = 'There is no such record.';

export async function applyMutations(
  tx: Queryable,
  writer: Writer,
  mutations: readonly Mutation[],
): Promise<ApplyResult> {
  const result: ApplyResult = { acked: [], rejected: [] };
  if (mutations.length === 0) return result;

  const seen = new Map<
    string,
    { claimantId: string | null; outcome: string; reason: string | null }
  >();
  const previously = await tx.query<{
    mutation_id: string;
    claimant_id: string | null;
    outcome: string;
    reason: string | null;
  }>(
    `select mutation_id, claimant_id, outcome, reason from applied_mutations
     where mutation_id = any($1::uuid[])`,
    [mutations.map((m) => m.mutationId)],
  );
  for (const row of previously.rows) {
    seen.set(row.mutation_id, {
      claimantId: row.claimant_id,
      outcome: row.outcome,
      reason: row.reason,
    });
  }

  const records = new Map<string, StoredRecord>();
  const stored = await tx.query<{
    id: string;
    claimant_id: string;
    kind: RecordKind;
    data: AnyRecord;
  }>('select id, claimant_id, kind, data from records where id = any($1::uuid[]) for update', [
    [...new Set(mutations.map((m) => m.recordId))],
  ]);
  for (const row of stored.rows) {
    records.set(row.id, {
      kind: row.kind,
      claimantId: row.claimant_id,
      data: row.data,
      dirty: false,
    });
  }

  const outcomes: {
    mutation_id: string;
    record_id: string;
    outcome: 'applied' | 'rejected';
    reason: string | null;
  }[] = [];
  const entries: Parameters<typeof audit>[1] = [];

  for (const m of mutations) {
    const before = seen.get(m.mutationId);
    if (before) {
      if (before.claimantId === null) {
        result.acked.push(m.mutationId); // an anonymous feedback's, stored once already
      } else if (before.claimantId !== writer.claimantId) {
        result.rejected.push({ mutationId: m.mutationId, reason: NOT_FOUND });
      } else if (before.outcome === 'applied') {
        result.acked.push(m.mutationId);
      } else {
        result.rejected.push({ mutationId: m.mutationId, reason: before.reason ?? NOT_FOUND });
      }
      continue;
    }
    const current = records.get(m.recordId);
    let reason: string | undefined;
    if (current && (current.claimantId !== writer.claimantId || current.kind !== m.recordKind)) {
      reason = NOT_FOUND;
    } else {
      reason = checkWrite(
        writer.role,
        m.recordKind,
        current?.data as Record<string, unknown> | undefined,
        m.fields,
      );
    }
    seen.set(m.mutationId, {
      claimantId: writer.claimantId,
      outcome: reason ? 'rejected' : 'applied',
      reason: reason ?? null,
    });
    outcomes.push({
      mutation_id: m.mutationId,
      record_id: m.recordId,
      outcome: reason ? 'rejected' : 'applied',
      reason: reason ?? null,
    });
    const base = { actor: writer.actor, claimantId: writer.claimantId, recordKind: m.recordKind };
    if (reason) {
      result.rejected.push({ mutationId: m.mutationId, reason });
      entries.push({
        ...base,
        action: 'record.write_refused',
        recordId: m.recordId,
        detail: { mutationId: m.mutationId, reason },
      });
      continue;
    }
    // The whole merged record is kept while the batch is applied (what is stored is decided
    // once, at the end), so a feedback's answers sent in mutations before the one that sends it
    // are not stripped on the way.
    const merged = applyFields(current?.data as never, {
      kind: m.recordKind,
      id: m.recordId,
      fields: m.fields,
      hlc: m.hlc,
    }) as AnyRecord;
    const kept = storedForm(m.recordKind, merged);
    const shared = kept === merged;
    // A claimant's mutation is their change only if it set a field (that field's clock moves);
    // one whose every field already had a newer value changed nothing.
    const clocks = (r: AnyRecord) => (r as unknown as Loose).fieldClocks;
    const claimantWall =
      writer.role === 'claimant' &&
      (current === undefined ||
        !sameValue(clocks(storedForm(m.recordKind, current.data)), clocks(kept)))
        ? Math.max(current?.claimantWall ?? 0, hlcWallTime(m.hlc))
        : current?.claimantWall;
    records.set(m.recordId, {
      kind: m.recordKind,
      claimantId: writer.claimantId,
      data: merged,
      dirty: true,
      ...(claimantWall === undefined ? {} : { claimantWall }),
    });
    result.acked.push(m.mutationId);
    entries.push({
      ...base,
      action: shared ? 'record.write' : 'record.unshare',
      recordId: m.recordId,
      detail: { mutationId: m.mutationId, fields: Object.keys(m.fields) },
    });
  }

  const seqs = new Map<string, string>();
  const anonymous = new Set<string>();
  for (const [id, record] of records) {
    if (!record.dirty) continue;
    if (isAnonymousFeedback(record.kind, record.data)) {
      anonymous.add(id);
      await storeAnonymousFeedback(tx, record.claimantId, record.data);
      // A copy sent with the name before, or a stub from an earlier request, goes.
      await tx.query('delete from records where id = $1 and claimant_id = $2', [
        id,
        record.claimantId,
      ]);
      continue;
    }
    const data = storedForm(record.kind, record.data) as unknown as Loose;
    // One change number per write; when the claimant made it, it is also the claimant's
    // (claimant_seq, for the coach's "what's new"), with the device's time, capped at now.
    const byClaimant = record.claimantWall !== undefined;
    const saved = await tx.query<{ seq: string }>(
      `with n as (select nextval('record_seq') as seq)
       insert into records (id, claimant_id, kind, data, updated, shared, deleted, seq,
         claimant_seq, claimant_changed_at)
       select $1, $2, $3, $4::jsonb, $5, $6, $7, n.seq,
         case when $8::boolean then n.seq end,
         case when $8::boolean then least($9::timestamptz, now()) end
       from n
       on conflict (id) do update set data = excluded.data, updated = excluded.updated,
         shared = excluded.shared, deleted = excluded.deleted, seq = excluded.seq,
         claimant_seq = coalesce(excluded.claimant_seq, records.claimant_seq),
         claimant_changed_at = greatest(excluded.claimant_changed_at, records.claimant_changed_at)
       returning seq`,
      [
        id,
        record.claimantId,
        record.kind,
        JSON.stringify(data),
        data.updated,
        storedForm(record.kind, record.data) === record.data,
        data.deleted === true,
        byClaimant,
        byClaimant ? new Date(record.claimantWall!) : null,
      ],
    );
    seqs.set(id, saved.rows[0]!.seq);
  }

  if (outcomes.length > 0) {
    // An anonymous feedback's mutation ids are kept with nothing else: no claimant, device,
    // record or change number, and the day rather than the time.
    const rows = outcomes.map((o) =>
      anonymous.has(o.record_id)
        ? { mutation_id: o.mutation_id, outcome: 'applied', anonymous: true }
        : {
            ...o,
            anonymous: false,
            claimant_id: writer.claimantId,
            device_id: writer.actor.kind === 'device' ? writer.actor.id : null,
            coach_id: writer.actor.kind === 'coach' ? writer.actor.id : null,
            applied_seq: o.outcome === 'applied' ? (seqs.get(o.record_id) ?? null) : null,
          },
    );
    await tx.query(
      `insert into applied_mutations (mutation_id, claimant_id, device_id, coach_id, record_id,
         outcome, reason, applied_seq, applied_at)
       select mutation_id, claimant_id, device_id, coach_id, record_id, outcome, reason,
         applied_seq, case when anonymous then date_trunc('day', now()) else now() end
       from jsonb_to_recordset($1::jsonb) as x(mutation_id uuid, claimant_id uuid, device_id uuid,
         coach_id uuid, record_id uuid, outcome text, reason text, applied_seq bigint,
         anonymous boolean)`,
      [JSON.stringify(rows)],
    );
  }
  await audit(
    tx,
    entries.filter((e) => !e.recordId || !anonymous.has(e.recordId)),
  );
  return result;
}

/**
 * The refusals with the record each one was about, as the server holds it after the batch and
 * exactly as a pull would carry it (a private record's stub; an anonymous feedback is not kept,
 * so it has none). Only this claimant's records, of the kind the mutation named: a refusal
 * because the record is not theirs (NOT_FOUND) carries nothing, so it reveals nothing.
 */
export async function withRefusedRecords(
  tx: Queryable,
  claimantId: string,
  mutations: readonly Mutation[],
  rejected: readonly Refusal[],
): Promise<Refusal[]> {
  if (rejected.length === 0) return [];
  const byId = new Map(mutations.map((m) => [m.mutationId, m]));
  const wanted = rejected.flatMap((r) => {
    const m = byId.get(r.mutationId);
    return m && r.reason !== NOT_FOUND ? [m.recordId] : [];
  });
  const rows =
    wanted.length === 0
      ? []
      : (
          await tx.query<{ id: string; kind: RecordKind; data: AnyRecord }>(
            `select id, kind, data from records where claimant_id = $1 and id = any($2::uuid[])`,
            [claimantId, [...new Set(wanted)]],
          )
        ).rows;
  const held = new Map(rows.map((row) => [row.id, row]));
  return rejected.map(({ mutationId, reason }) => {
    const m = byId.get(mutationId);
    const row = m && reason !== NOT_FOUND ? held.get(m.recordId) : undefined;
    return row && row.kind === m?.recordKind
      ? { mutationId, reason, record: { recordKind: row.kind, record: row.data } as RecordChange }
      : { mutationId, reason };
  });
}

/** '' (from the start) or a change number; anything else is refused. */
export function parseCursor(cursor: string): string {
  if (cursor === '') return '0';
  if (!/^\d{1,18}$/.test(cursor)) {
    throw new ApiError(400, 'bad_cursor', 'The cursor is not one this server gave out.');
  }
  return cursor;
}

export interface Changes {
  changes: RecordChange[];
  cursor: string;
  more: boolean;
}

/** Records of this claimant changed after the cursor, oldest first, at most `limit`. */
export async function changesSince(
  tx: Queryable,
  claimantId: string,
  since: string,
  limit = CHANGES_PER_RESPONSE,
): Promise<Changes> {
  const after = parseCursor(since);
  const result = await tx.query<{ kind: RecordKind; data: AnyRecord; seq: string }>(
    `select kind, data, seq from records where claimant_id = $1 and seq > $2::bigint
     order by seq limit $3`,
    [claimantId, after, limit + 1],
  );
  const more = result.rows.length > limit;
  const rows = more ? result.rows.slice(0, limit) : result.rows;
  const last = rows[rows.length - 1];
  return {
    changes: rows.map((r) => ({ recordKind: r.kind, record: r.data }) as RecordChange),
    cursor: last ? last.seq : since,
    more,
  };
}

/** The claimant's shared, not deleted records, for the coach to read. */
export async function sharedRecords(tx: Queryable, claimantId: string): Promise<RecordChange[]> {
  const result = await tx.query<{ kind: RecordKind; data: AnyRecord }>(
    `select kind, data from records where claimant_id = $1 and shared and not deleted
     order by seq`,
    [claimantId],
  );
  return result.rows.map((r) => ({ recordKind: r.kind, record: r.data }) as RecordChange);
}
