/**
 * An in-memory stand-in for the sync server, for the engine's tests: the same protocol and the
 * same merge (domain/merge.ts), idempotent by mutation id, with a change sequence as cursor;
 * it can refuse mutations as the real server does, answering with the record it holds.
 * Test-only (imported by *.test.ts files).
 */
import { applyFields } from '../domain/merge';
import type { AnyRecord, RecordKind } from '../domain/records';
import {
  syncRequestSchema,
  type Mutation,
  type RecordChange,
  type SyncResponse,
} from '../domain/sync';
import type { Hlc } from '../domain/hlc';
import type { SyncTransport } from './engine';

/**
 * Decides whether the server refuses a mutation (like server/services/permissions.ts): the
 * reason, or undefined to apply it. `current` is the record as the server holds it.
 */
export type Refuser = (mutation: Mutation, current: AnyRecord | undefined) => string | undefined;

export class FakeSyncServer {
  readonly records = new Map<string, { kind: RecordKind; record: AnyRecord; seq: number }>();
  readonly applied = new Set<string>();
  /** Mutation ids refused, with the reason (a retry is refused again). */
  readonly refused = new Map<string, string>();
  applyCount = 0;
  private seq = 0;

  /**
   * `refuse`: which mutations to refuse; `withRecords` false answers as servers did before
   * refusals carried the record.
   */
  constructor(private readonly options: { refuse?: Refuser; withRecords?: boolean } = {}) {}

  write(kind: RecordKind, id: string, fields: Record<string, unknown>, hlc: Hlc): void {
    const key = `${kind}:${id}`;
    const current = this.records.get(key)?.record;
    let record = applyFields(current as never, {
      kind,
      id,
      fields: fields as never,
      hlc,
    }) as AnyRecord;
    if ((record as { sharing?: string }).sharing === 'private') {
      // Like the real server: a record made private keeps only a stub, no content.
      const { id: rid, created, updated, deleted, fieldClocks } = record;
      record = {
        id: rid,
        created,
        updated,
        deleted,
        sharing: 'private',
        fieldClocks: { sharing: fieldClocks.sharing },
      } as unknown as AnyRecord;
    }
    this.seq += 1;
    this.records.set(key, { kind, record, seq: this.seq });
  }

  handle(body: unknown): SyncResponse {
    const request = syncRequestSchema.parse(JSON.parse(JSON.stringify(body)));
    const acked: string[] = [];
    const refusals: { mutation: Mutation; reason: string }[] = [];
    for (const m of request.mutations) {
      const current = this.records.get(`${m.recordKind}:${m.recordId}`)?.record;
      const reason =
        this.refused.get(m.mutationId) ??
        (this.applied.has(m.mutationId) ? undefined : this.options.refuse?.(m, current));
      if (reason !== undefined) {
        this.refused.set(m.mutationId, reason);
        refusals.push({ mutation: m, reason });
        continue;
      }
      if (!this.applied.has(m.mutationId)) {
        this.write(m.recordKind, m.recordId, m.fields as Record<string, unknown>, m.hlc);
        this.applied.add(m.mutationId);
        this.applyCount += 1;
      }
      acked.push(m.mutationId);
    }
    const since = request.since === '' ? 0 : Number(request.since);
    const changes = [...this.records.values()]
      .filter((entry) => entry.seq > since)
      .sort((a, b) => a.seq - b.seq)
      .map((entry) => ({ recordKind: entry.kind, record: entry.record }) as RecordChange);
    const rejected = refusals.map(({ mutation, reason }) => {
      const held = this.records.get(`${mutation.recordKind}:${mutation.recordId}`);
      return held && this.options.withRecords !== false
        ? {
            mutationId: mutation.mutationId,
            reason,
            record: { recordKind: held.kind, record: held.record },
          }
        : { mutationId: mutation.mutationId, reason };
    });
    return JSON.parse(
      JSON.stringify({
        acked,
        ...(rejected.length > 0 ? { rejected } : {}),
        changes,
        cursor: String(this.seq),
      }),
    ) as SyncResponse;
  }

  /** A transport to this server; `faults` can drop the answer after the server applied it. */
  transport(faults: { loseNextAnswer?: boolean } = {}): SyncTransport {
    return {
      send: async (request) => {
        const answer = this.handle(request);
        if (faults.loseNextAnswer) {
          faults.loseNextAnswer = false;
          throw new Error('connection lost');
        }
        return answer;
      },
    };
  }
}
