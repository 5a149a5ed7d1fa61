/**
 * Sync protocol (DESIGN.md "Sync protocol"): one POST /api/sync round trip carries the device's
 * outbox mutations up and the records changed since its cursor down. Shared by the client sync
 * engine and the server, so both validate exactly the same shapes and bounds.
 *
 * Cursor: an opaque string issued by the server (for example a decimal change sequence number).
 * The client stores it and sends it back unchanged; INITIAL_CURSOR ('') means "from the start".
 */
import { z } from 'zod';
import { RECORD_KINDS, fieldsSchemas, hlcSchema, recordSchemas, type RecordKind } from './records';

export const MAX_MUTATIONS_PER_REQUEST = 500;
export const MAX_BODY_BYTES = 1_048_576;
export const MAX_CURSOR_LENGTH = 256;
export const INITIAL_CURSOR = '';

export const cursorSchema = z.string().max(MAX_CURSOR_LENGTH);
export type Cursor = z.infer<typeof cursorSchema>;

function mutationFor<K extends RecordKind>(kind: K) {
  return z.strictObject({
    mutationId: z.uuid('mutationId must be a UUID'),
    recordKind: z.literal(kind),
    recordId: z.uuid('recordId must be a UUID'),
    fields: fieldsSchemas[kind],
    hlc: hlcSchema,
  });
}

export const mutationSchema = z.discriminatedUnion(
  'recordKind',
  [
    mutationFor('aboutMe'),
    mutationFor('values'),
    mutationFor('fourSteps'),
    mutationFor('action'),
    mutationFor('checkIn'),
    mutationFor('feedback'),
    mutationFor('appointment'),
    mutationFor('appointmentPack'),
    mutationFor('journalEntry'),
  ],
  { error: `recordKind must be one of: ${RECORD_KINDS.join(', ')}` },
);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationOf<K extends RecordKind> = Extract<Mutation, { recordKind: K }>;

export const syncRequestSchema = z.strictObject({
  /** The device's id; also its HLC node id. */
  deviceId: z.uuid('deviceId must be a UUID'),
  since: cursorSchema,
  mutations: z
    .array(mutationSchema)
    .max(MAX_MUTATIONS_PER_REQUEST, `Send at most ${MAX_MUTATIONS_PER_REQUEST} mutations at once`),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

function changeFor<K extends RecordKind>(kind: K) {
  return z.object({ recordKind: z.literal(kind), record: recordSchemas[kind] });
}

/** A whole record as the server holds it (with fieldClocks), to merge with mergeRecords. */
export const recordChangeSchema = z.discriminatedUnion('recordKind', [
  changeFor('aboutMe'),
  changeFor('values'),
  changeFor('fourSteps'),
  changeFor('action'),
  changeFor('checkIn'),
  changeFor('feedback'),
  changeFor('appointment'),
  changeFor('appointmentPack'),
  changeFor('journalEntry'),
]);
export type RecordChange = z.infer<typeof recordChangeSchema>;

/**
 * One refused mutation. `record` (optional: older servers leave it out) is the record as the
 * server holds it and as this device may see it, shaped like a pulled change; absent when there
 * is no such record of theirs (then nothing about it is revealed).
 */
export const refusalSchema = z.object({
  mutationId: z.uuid(),
  reason: z.string().max(500),
  record: recordChangeSchema.optional(),
});
export type Refusal = z.infer<typeof refusalSchema>;

export const syncResponseSchema = z.object({
  /** Mutation ids now stored by the server (including ones it had already seen). */
  acked: z.array(z.uuid()).max(MAX_MUTATIONS_PER_REQUEST),
  /**
   * Optional: mutations the server will never accept (for example a field only a coach may set),
   * with a plain reason. The client drops them from the outbox, puts back the server's copy of
   * what they set and tells the person.
   */
  rejected: z.array(refusalSchema).max(MAX_MUTATIONS_PER_REQUEST).optional(),
  changes: z.array(recordChangeSchema),
  cursor: cursorSchema,
  /** Optional: true when more changes are waiting; the client asks again with the new cursor. */
  more: z.boolean().optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/** Bytes of a string in UTF-8, without TextEncoder (domain/ is runtime-neutral). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * How many of `mutations` (a prefix, in outbox order) fit in one request within both bounds.
 * Returns at least 1 when there is any mutation, since every valid mutation fits on its own
 * (fields are bounded well under MAX_BODY_BYTES).
 */
export function batchSize(
  request: Omit<SyncRequest, 'mutations'>,
  mutations: readonly Mutation[],
  maxBytes = MAX_BODY_BYTES,
): number {
  // '{"deviceId":..,"since":..,"mutations":[]}' plus one comma between items.
  let bytes = utf8Length(JSON.stringify({ ...request, mutations: [] }));
  let count = 0;
  for (const m of mutations) {
    if (count >= MAX_MUTATIONS_PER_REQUEST) break;
    const size = utf8Length(JSON.stringify(m)) + (count > 0 ? 1 : 0);
    if (count > 0 && bytes + size > maxBytes) break;
    bytes += size;
    count++;
  }
  return count;
}
