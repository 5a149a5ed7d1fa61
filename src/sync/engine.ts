/**
 * The claimant's sync engine: one round trip of DESIGN.md's protocol. It sends the outbox
 * (oldest first, within the request bounds), then, in ONE Dexie transaction, removes what the
 * server acknowledged, merges the pulled records field by field, keeps any unsent local edit
 * the server's copy replaced as a visible conflict, advances the device clock and stores the
 * new cursor, and notes when each record's changes reached the server (table `sent`). A local
 * edit counts as "not yet agreed" until this answer, so an edit sent in this very request that
 * the server's later value beat is kept as a conflict too; a conflict is settled when the
 * person writes that answer again and the server takes it. If anything fails nothing is
 * half-applied: the outbox stays, and the same mutations go again (the server acknowledges a
 * mutation id it has seen without applying it).
 *
 * What leaves the phone: only mutations of records that may be shared (domain/sharing.ts),
 * plus the un-share itself (so the server deletes its copy), without any content saved with it.
 * Mutations of private records stay in the outbox, so sharing later sends the whole history of
 * the record.
 *
 * A record this phone keeps private still takes pulled changes, merged field by field like any
 * other: when the claimant shared it again on another of their devices (a later `sharing`), it
 * is shared here too (an un-share of this phone's own that lost is a conflict). Whenever a
 * pulled record is shared and this phone holds fields of it the server's copy lacks (the server
 * kept only a stub while it was private, and the device that shared it again did not have
 * them), this phone sends them, each with the clock it was written with, so nothing newer
 * anywhere is overwritten.
 *
 * The engine is an instance with an injected transport and database: no module state, no
 * React, no fetch (see transport.ts for HTTP).
 */
import type { Table } from 'dexie';
import { compareHlc } from '../domain/hlc';
import { mergeRecords, sameValue } from '../domain/merge';
import type { AnyRecord, RecordKind } from '../domain/records';
import { isShareable } from '../domain/sharing';
import { refusalCode, type RefusedChange } from '../domain/refusals';
import {
  MAX_MUTATIONS_PER_REQUEST,
  batchSize,
  syncResponseSchema,
  type Mutation,
  type Refusal,
  type SyncRequest,
  type SyncResponse,
} from '../domain/sync';
import { TABLE_FOR_KIND, type OutboxEntry, type SyncConflict, type WaymarkDB } from '../data/db';
import { readMeta, receiveIn, type ClockSource } from '../data/deviceClock';
import { noteRefusedChanges } from '../data/refusedChanges';

export type SyncErrorKind = 'unpaired' | 'offline' | 'unauthorized' | 'rejected' | 'server';

/** Why a round trip failed, and whether trying again later can help. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

/** Sends one request with the device token; resolves with the parsed JSON body. */
export interface SyncTransport {
  send(request: SyncRequest, token: string): Promise<unknown>;
}

export interface SyncOutcome {
  sent: number;
  acked: number;
  received: number;
  conflicts: number;
  /** True when more is waiting (outbox or server changes): run again straight away. */
  more: boolean;
}

export interface SyncEngineOptions {
  db: WaymarkDB;
  transport: SyncTransport;
  /**
   * The server's id for this device and its token, from pairing; undefined when this phone is
   * not connected to a coach.
   */
  credentials: () => Promise<{ deviceId: string; token: string } | undefined>;
  now?: () => number;
  /**
   * The device's clock, as the repository's (RepositoryOptions): the hybrid logical clock moves
   * past pulled changes with it. Defaults to Date.now.
   */
  clock?: ClockSource;
}

export interface SyncEngine {
  syncOnce(): Promise<SyncOutcome>;
}

type Loose = AnyRecord & Record<string, unknown>;

function tablesOf(db: WaymarkDB): Table[] {
  return Object.values(TABLE_FOR_KIND).map((name) => db.table(name));
}

const ENVELOPE = new Set(['id', 'created', 'updated', 'deleted', 'fieldClocks']);

/**
 * Fields a claimant never chooses after creating a record: only a coach can make an action an
 * agreed requirement, and who proposed it never changes. The server's value simply stands.
 */
const NEVER_CONFLICTS = new Set(['requirement', 'proposedBy']);

/**
 * What this phone has of a shared record that the server's copy lacks or holds older: fields
 * where this phone's clock is newer, as mutations that keep those clocks (one per clock),
 * leaving out what the outbox already carries. Only fields stripped while the record was
 * private get here (the server's copy is otherwise never behind this phone's). An agreed
 * requirement is the coach's to set (the server refuses it from the claimant, and never strips
 * it: an agreed requirement cannot be made private).
 */
function missingOnServer(
  kind: RecordKind,
  local: Loose,
  remote: Loose,
  outbox: readonly OutboxEntry[],
): Mutation[] {
  const byClock = new Map<string, Record<string, unknown>>();
  for (const [field, clock] of Object.entries(local.fieldClocks)) {
    const theirs = remote.fieldClocks[field];
    if (theirs !== undefined && compareHlc(theirs, clock) >= 0) continue;
    if (field === 'requirement' && local[field] === 'agreedRequirement') continue;
    const queued = outbox.some(
      (entry) => entry.recordId === local.id && entry.hlc === clock && field in entry.fields,
    );
    if (queued) continue;
    byClock.set(clock, { ...byClock.get(clock), [field]: local[field] });
  }
  return [...byClock].map(
    ([hlc, fields]) =>
      ({
        mutationId: crypto.randomUUID(),
        recordKind: kind,
        recordId: local.id,
        fields,
        hlc,
      }) as Mutation,
  );
}

/**
 * What an un-share tells the server: that the record is private, and for an appointment who
 * made it (the server needs `source` to know whose a record is, even one it never saw), never
 * its content, even when the same save changed some (an action written and kept private at once).
 */
function unshareOf(
  fields: Record<string, unknown>,
  record: AnyRecord | undefined,
): Record<string, unknown> {
  const source = (record as { source?: unknown } | undefined)?.source;
  return { sharing: fields.sharing, ...(source === undefined ? {} : { source }) };
}

/**
 * A record's own fields (answers and settings), without the envelope, to send with sharing it
 * again. Not whether an action is an agreed requirement: that is the coach's to say, and the
 * server refuses the whole change when it carries it for an action the coach has made one (even
 * unchanged). When the server's copy lacks it, missingOnServer sends it, with its own clock.
 */
function contentOf(record: AnyRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([field, value]) => !ENVELOPE.has(field) && field !== 'requirement' && value !== undefined,
    ),
  );
}

/**
 * Mutations that may leave the phone now, oldest first. Sharing a record (again) carries its
 * whole current content: the server keeps only a stub of a record that was made private.
 */
async function sendable(db: WaymarkDB, outbox: OutboxEntry[]): Promise<Mutation[]> {
  const records = new Map<string, AnyRecord | undefined>();
  for (const entry of outbox) {
    const key = `${entry.recordKind}:${entry.recordId}`;
    if (!records.has(key)) {
      records.set(key, await db.recordTable(entry.recordKind).get(entry.recordId));
    }
  }
  const ready: Mutation[] = [];
  for (const { seq: _seq, ...mutation } of outbox) {
    const record = records.get(`${mutation.recordKind}:${mutation.recordId}`);
    const sharing = (mutation.fields as { sharing?: string }).sharing;
    if (sharing === 'private') {
      ready.push({ ...mutation, fields: unshareOf(mutation.fields, record) } as Mutation);
    } else if (record && isShareable(mutation.recordKind, record as never)) {
      ready.push(
        (sharing === 'shared'
          ? { ...mutation, fields: { ...contentOf(record), ...mutation.fields } }
          : mutation) as Mutation,
      );
    }
  }
  return ready;
}

/** How many changes are waiting to leave the phone (private records' changes do not count). */
export async function countSendable(db: WaymarkDB): Promise<number> {
  return (await sendable(db, await db.outbox.orderBy('seq').toArray())).length;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport } = options;
  const now = options.now ?? (() => Date.now());

  /**
   * Puts back the server's copy of what refused mutations set (see putBack), and notes for the
   * person each record whose value on screen changed. Runs inside apply's transaction, before
   * pulled changes are merged, so that nothing refused is offered to the server again.
   */
  async function takeBackRefused(
    refusals: readonly Refusal[],
    entries: ReadonlyMap<string, OutboxEntry>,
    sent: ReadonlyMap<string, Mutation>,
    at: number,
  ): Promise<void> {
    const waiting = await db.outbox.toArray();
    const notices: RefusedChange[] = [];
    for (const refusal of refusals) {
      const entry = entries.get(refusal.mutationId);
      const server = refusal.record;
      if (!entry || !server) {
        // Nothing to put back: the server holds no such record of ours (or is older).
        console.warn('The server refused a change', refusal.mutationId, refusal.reason);
        continue;
      }
      if (server.recordKind !== entry.recordKind || server.record.id !== entry.recordId) continue;
      const judged = sent.get(entry.mutationId)?.fields ?? entry.fields;
      const fields = Object.keys(entry.fields).filter((field) => field in judged);
      try {
        await receiveIn(db, server.record.updated, options.clock);
      } catch (error) {
        console.warn('Ignoring a far-future clock from the server', error);
      }
      const changed = await putBack(entry, fields, server.record as Loose, waiting);
      if (changed) {
        const remote = server.record as Loose;
        notices.push({
          recordKind: entry.recordKind,
          recordId: entry.recordId,
          code: refusalCode(entry.recordKind, judged, remote),
          at,
        });
      }
    }
    await noteRefusedChanges(db, notices);
  }

  /**
   * For each of `fields` that a refused mutation set: the server's value and field clock take
   * its place, unless a newer local edit of that field still waits in the outbox (it will be
   * sent and judged on its own). A field a private record's stub does not hold stays as it is
   * (the server keeps no copy of it). An open conflict on a field put back is over: the
   * server's value stands. Returns true when a value the person sees changed.
   */
  async function putBack(
    entry: OutboxEntry,
    fields: readonly string[],
    remote: Loose,
    waiting: readonly OutboxEntry[],
  ): Promise<boolean> {
    const table = db.recordTable(entry.recordKind) as unknown as Table<AnyRecord, string>;
    const local = (await table.get(entry.recordId)) as Loose | undefined;
    if (!local) return false;
    const stub = !isShareable(entry.recordKind, remote as never);
    const next: Loose = { ...local, fieldClocks: { ...local.fieldClocks } };
    let changed = false;
    let touched = false;
    for (const field of fields) {
      const newer = waiting.some(
        (other) =>
          other.recordKind === entry.recordKind &&
          other.recordId === entry.recordId &&
          field in other.fields &&
          compareHlc(other.hlc, entry.hlc) > 0,
      );
      const clock = remote.fieldClocks[field];
      if (newer || (stub && clock === undefined)) continue;
      if (!sameValue(next[field], remote[field])) changed = true;
      if (remote[field] === undefined) delete next[field];
      else next[field] = remote[field];
      if (clock === undefined) delete next.fieldClocks[field];
      else next.fieldClocks[field] = clock;
      touched = true;
      await db.conflicts.delete(`${entry.recordKind}:${entry.recordId}:${field}`);
    }
    if (touched) await table.put(next);
    return changed;
  }

  async function apply(response: SyncResponse, sentNow: readonly Mutation[]): Promise<number> {
    let conflicts = 0;
    const scope = [...tablesOf(db), db.outbox, db.meta, db.conflicts, db.sent];
    await db.transaction('rw', scope, async () => {
      const at = now();
      const refusals = response.rejected ?? [];
      const refused = new Set(refusals.map((r) => r.mutationId));
      const ackedIds = new Set(response.acked);
      const all = await db.outbox.toArray();
      const sent = new Map(sentNow.map((m) => [m.mutationId, m]));
      const entries = new Map(
        all.filter((entry) => refused.has(entry.mutationId)).map((e) => [e.mutationId, e]),
      );
      // A refused un-share went without the content saved with it: that content was never
      // judged, so it waits again (under a new mutation id: the server remembers the old one as
      // refused), to be sent like any other edit once the record is shared.
      const unjudged: OutboxEntry[] = [];
      for (const entry of entries.values()) {
        const judged = sent.get(entry.mutationId)?.fields;
        if (!judged) continue;
        const rest = Object.entries(entry.fields).filter(([field]) => !(field in judged));
        if (rest.length === 0) continue;
        unjudged.push({
          mutationId: crypto.randomUUID(),
          recordKind: entry.recordKind,
          recordId: entry.recordId,
          fields: Object.fromEntries(rest),
          hlc: entry.hlc,
        } as OutboxEntry);
      }
      // The outbox as it was before this answer: every local edit the server had not
      // confirmed, including those it acknowledges now (a pulled change may still beat them).
      const before = [...all.filter((entry) => !refused.has(entry.mutationId)), ...unjudged];
      const acked = before.filter((entry) => ackedIds.has(entry.mutationId));
      const done = [...response.acked, ...refused];
      if (done.length > 0) await db.outbox.where('mutationId').anyOf(done).delete();
      if (unjudged.length > 0) await db.outbox.bulkAdd(unjudged);
      await takeBackRefused(refusals, entries, sent, at);
      // The person's own latest value of each field they changed that the server had not
      // confirmed, from the outbox (the record may already show someone else's value there,
      // from an earlier conflict).
      const unsent = new Map<string, Map<string, { value: unknown; hlc: string }>>();
      for (const entry of before) {
        const key = `${entry.recordKind}:${entry.recordId}`;
        const fields = unsent.get(key) ?? new Map<string, { value: unknown; hlc: string }>();
        for (const [field, value] of Object.entries(entry.fields)) {
          if (!NEVER_CONFLICTS.has(field)) fields.set(field, { value, hlc: entry.hlc });
        }
        unsent.set(key, fields);
      }
      for (const change of response.changes) {
        const kind: RecordKind = change.recordKind;
        const remote = change.record as AnyRecord;
        const table = db.recordTable(kind) as unknown as Table<AnyRecord, string>;
        const local = await table.get(remote.id);
        try {
          await receiveIn(db, remote.updated, options.clock);
        } catch (error) {
          console.warn('Ignoring a far-future clock from the server', error);
        }
        if (!local) {
          await table.put(remote);
          continue;
        }
        const merged = mergeRecords(local, remote) as Loose;
        const mine = local as Loose;
        const changedNow = (field: string) => merged.fieldClocks[field] !== mine.fieldClocks[field];
        const edited = unsent.get(`${kind}:${remote.id}`) ?? new Map();
        // Whether the person's own latest value of a field is what is in place now.
        const standing = (field: string, own: { value: unknown; hlc: string }) =>
          merged.fieldClocks[field] === own.hlc || sameValue(merged[field], own.value);
        const fresh = new Set<string>();
        for (const [field, own] of edited) {
          if (!changedNow(field) || standing(field, own)) continue;
          const conflict: SyncConflict = {
            id: `${kind}:${remote.id}:${field}`,
            recordKind: kind,
            recordId: remote.id,
            field,
            localValue: own.value,
            remoteValue: merged[field],
            remoteHlc: merged.fieldClocks[field],
            foundAt: at,
          };
          await db.conflicts.put(conflict);
          fresh.add(conflict.id);
          conflicts += 1;
        }
        // Open conflicts stay true to what is now in place: one whose other side changed again
        // shows the newest other value, "mine" is the person's latest own value, and one is
        // settled once the value in place is that (they wrote it again, or the other side came
        // round to it): there is nothing left to choose, and keeping an older "mine" would
        // offer to undo their own edit.
        for (const open of await db.conflicts.where('recordId').equals(remote.id).toArray()) {
          if (open.recordKind !== kind || fresh.has(open.id)) continue;
          const field = open.field;
          const own = edited.get(field);
          const localValue = own ? own.value : open.localValue;
          if (sameValue(localValue, merged[field])) {
            await db.conflicts.delete(open.id);
          } else if (changedNow(field) || !sameValue(localValue, open.localValue)) {
            await db.conflicts.put({
              ...open,
              localValue,
              remoteValue: merged[field],
              remoteHlc: merged.fieldClocks[field],
            });
          }
        }
        await table.put(merged);
        if (isShareable(kind, merged as never)) {
          const pending = before.filter((entry) => !ackedIds.has(entry.mutationId));
          const resend = missingOnServer(kind, mine, remote as Loose, pending);
          if (resend.length > 0) await db.outbox.bulkAdd(resend as OutboxEntry[]);
        }
      }
      // The person wrote a field again after a conflict on it, and the server took that newer
      // value: their latest choice settles it, so the conflict is no longer open.
      // (Conflicts are few, so they are read once, not once per acknowledged mutation.)
      const open = acked.length > 0 ? await db.conflicts.toArray() : [];
      for (const conflict of open) {
        const edits = acked.filter(
          (entry) =>
            entry.recordKind === conflict.recordKind &&
            entry.recordId === conflict.recordId &&
            conflict.field in entry.fields,
        );
        if (edits.length === 0) continue;
        const record = (await db.recordTable(conflict.recordKind).get(conflict.recordId)) as
          Loose | undefined;
        const clock = record?.fieldClocks[conflict.field];
        if (edits.some((entry) => entry.hlc === clock)) await db.conflicts.delete(conflict.id);
      }
      // "Sent to your work coach at …": when each record's changes were acknowledged.
      const sentKeys = new Set(acked.map((entry) => `${entry.recordKind}:${entry.recordId}`));
      if (sentKeys.size > 0) await db.sent.bulkPut([...sentKeys].map((key) => ({ key, at })));
      await db.meta.put({ key: 'syncCursor', value: response.cursor });
      await db.meta.put({ key: 'lastSyncedAt', value: at });
    });
    return conflicts;
  }

  return {
    async syncOnce() {
      const credentials = await options.credentials();
      if (!credentials) {
        throw new SyncError('unpaired', 'This phone is not connected to a work coach.');
      }
      const { deviceId, token } = credentials;
      const since = (await readMeta(db, 'syncCursor')) ?? '';
      const waiting = await db.outbox.orderBy('seq').limit(MAX_MUTATIONS_PER_REQUEST).toArray();
      const ready = await sendable(db, waiting);
      const mutations = ready.slice(0, batchSize({ deviceId, since }, ready));
      const raw = await transport.send({ deviceId, since, mutations }, token);
      const parsed = syncResponseSchema.safeParse(raw);
      if (!parsed.success)
        throw new SyncError('server', 'The server sent an answer we could not read.');
      const conflicts = await apply(parsed.data, mutations);
      const moreToSend =
        ready.length > mutations.length ||
        (waiting.length === MAX_MUTATIONS_PER_REQUEST && mutations.length > 0);
      return {
        sent: mutations.length,
        acked: parsed.data.acked.length,
        received: parsed.data.changes.length,
        conflicts,
        more: Boolean(parsed.data.more) || moreToSend,
      };
    },
  };
}
