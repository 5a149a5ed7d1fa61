/**
 * The claimant's sync engine: one round trip of DESIGN.md's protocol. It sends the outbox
 * (oldest first, within the request bounds), then, in ONE Dexie transaction, removes what the
 * server acknowledged, merges the pulled records field by field, keeps any unsent local edit
 * the server's copy replaced as a visible conflict, advances the device clock and stores the
 * new cursor. If anything fails nothing is half-applied: the outbox stays, and the same
 * mutations go again (the server acknowledges a mutation id it has seen without applying it).
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
    await db.transaction('rw', [...tablesOf(db), db.outbox, db.meta, db.conflicts], async () => {
      const done = [...response.acked, ...(response.rejected ?? []).map((r) => r.mutationId)];
      if (done.length > 0) await db.outbox.where('mutationId').anyOf(done).delete();
      for (const rejected of response.rejected ?? []) {
        console.warn('The server refused a change', rejected.mutationId, rejected.reason);
      }
      // Fields edited on this phone that the server has not acknowledged yet.
      const unsent = new Map<string, Set<string>>();
      for (const entry of await db.outbox.toArray()) {
        const key = `${entry.recordKind}:${entry.recordId}`;
        const fields = unsent.get(key) ?? new Set<string>();
        Object.keys(entry.fields).forEach((field) => fields.add(field));
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
        for (const field of unsent.get(`${kind}:${remote.id}`) ?? []) {
          if (merged.fieldClocks[field] === mine.fieldClocks[field]) continue;
          if (sameValue(mine[field], merged[field])) continue;
          const conflict: SyncConflict = {
            id: `${kind}:${remote.id}:${field}`,
            recordKind: kind,
            recordId: remote.id,
            field,
            localValue: mine[field],
            remoteValue: merged[field],
            foundAt: now(),
          };
          await db.conflicts.put(conflict);
          conflicts += 1;
        }
        await table.put(merged);
      }
      await db.meta.put({ key: 'syncCursor', value: response.cursor });
      await db.meta.put({ key: 'lastSyncedAt', value: now() });
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
