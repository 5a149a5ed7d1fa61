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
 * plus the un-share itself (so the server deletes its copy). Mutations of private records stay
 * in the outbox, so sharing later sends the whole history of the record.
 *
 * The engine is an instance with an injected transport and database: no module state, no
 * React, no fetch (see transport.ts for HTTP).
 */
import type { Table } from 'dexie';
import { mergeRecords, sameValue } from '../domain/merge';
import type { AnyRecord, RecordKind } from '../domain/records';
import { isShareable } from '../domain/sharing';
import {
  MAX_MUTATIONS_PER_REQUEST,
  batchSize,
  syncResponseSchema,
  type Mutation,
  type SyncRequest,
  type SyncResponse,
} from '../domain/sync';
import { TABLE_FOR_KIND, type OutboxEntry, type SyncConflict, type WaymarkDB } from '../data/db';
import { readMeta, receiveIn } from '../data/deviceClock';

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

/** A record's own fields (answers and settings), without the envelope. */
function contentOf(record: AnyRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([field, value]) => !ENVELOPE.has(field) && value !== undefined),
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
    if (sharing === 'private') ready.push(mutation as Mutation);
    else if (record && isShareable(mutation.recordKind, record as never)) {
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

  async function apply(response: SyncResponse): Promise<number> {
    let conflicts = 0;
    const scope = [...tablesOf(db), db.outbox, db.meta, db.conflicts, db.sent];
    await db.transaction('rw', scope, async () => {
      const at = now();
      const refused = new Set((response.rejected ?? []).map((r) => r.mutationId));
      const ackedIds = new Set(response.acked);
      // The outbox as it was before this answer: every local edit the server had not
      // confirmed, including those it acknowledges now (a pulled change may still beat them).
      const before = (await db.outbox.toArray()).filter((entry) => !refused.has(entry.mutationId));
      const acked = before.filter((entry) => ackedIds.has(entry.mutationId));
      const done = [...response.acked, ...refused];
      if (done.length > 0) await db.outbox.where('mutationId').anyOf(done).delete();
      for (const rejected of response.rejected ?? []) {
        console.warn('The server refused a change', rejected.mutationId, rejected.reason);
      }
      const unsent = new Map<string, Set<string>>();
      for (const entry of before) {
        const key = `${entry.recordKind}:${entry.recordId}`;
        const fields = unsent.get(key) ?? new Set<string>();
        Object.keys(entry.fields)
          .filter((field) => !NEVER_CONFLICTS.has(field))
          .forEach((field) => fields.add(field));
        unsent.set(key, fields);
      }
      for (const change of response.changes) {
        const kind: RecordKind = change.recordKind;
        const remote = change.record as AnyRecord;
        const table = db.recordTable(kind) as unknown as Table<AnyRecord, string>;
        const local = await table.get(remote.id);
        // A record this phone keeps private never takes changes from the server.
        if (local && !isShareable(kind, local as never)) continue;
        try {
          await receiveIn(db, remote.updated);
        } catch (error) {
          console.warn('Ignoring a far-future clock from the server', error);
        }
        if (!local) {
          await table.put(remote);
          continue;
        }
        const merged = mergeRecords(local, remote) as Loose;
        const mine = local as Loose;
        const replaced = (field: string) =>
          merged.fieldClocks[field] !== mine.fieldClocks[field] &&
          !sameValue(mine[field], merged[field]);
        const edited = unsent.get(`${kind}:${remote.id}`) ?? new Set<string>();
        for (const field of edited) {
          if (!replaced(field)) continue;
          const conflict: SyncConflict = {
            id: `${kind}:${remote.id}:${field}`,
            recordKind: kind,
            recordId: remote.id,
            field,
            localValue: mine[field],
            remoteValue: merged[field],
            remoteHlc: merged.fieldClocks[field],
            foundAt: at,
          };
          await db.conflicts.put(conflict);
          conflicts += 1;
        }
        // An open conflict whose other side changed again shows the newest other value.
        for (const open of await db.conflicts.where('recordId').equals(remote.id).toArray()) {
          if (open.recordKind !== kind || edited.has(open.field) || !replaced(open.field)) continue;
          await db.conflicts.put({
            ...open,
            remoteValue: merged[open.field],
            remoteHlc: merged.fieldClocks[open.field],
          });
        }
        await table.put(merged);
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
      const conflicts = await apply(parsed.data);
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
