/**
 * Per-field last-writer-wins merge by hybrid logical clock. Each field remembers the timestamp
 * of the write that set it (fieldClocks); a write wins only with a greater timestamp, so applying
 * the same mutations in any order, any number of times, gives the same record on every replica.
 * `created` is the earliest write's wall time and `updated` the latest timestamp, for the same
 * reason (no replica's "now" leaks into the result).
 */
import { compareHlc, hlcWallTime, maxHlc, type Hlc } from './hlc';
import { ENVELOPE_FIELDS, RECORD_DEFAULTS } from './recordKinds';
import type { AnyRecord, RecordByKind, RecordKind } from './records';

export interface FieldChange<K extends RecordKind = RecordKind> {
  kind: K;
  id: string;
  /** Already validated with fieldsSchema(kind). */
  fields: Readonly<Record<string, unknown>>;
  hlc: Hlc;
}

type Loose = Record<string, unknown> & {
  id: string;
  created: string;
  updated: Hlc;
  deleted: boolean;
  fieldClocks: Record<string, Hlc>;
};

const envelope = new Set<string>(ENVELOPE_FIELDS);

function earlierIso(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function isoFromHlc(hlc: Hlc): string {
  return new Date(hlcWallTime(hlc)).toISOString();
}

/** A new, empty record of a kind, as if created by the write stamped `hlc`. */
export function emptyRecord<K extends RecordKind>(kind: K, id: string, hlc: Hlc): RecordByKind[K] {
  const record: Loose = {
    id,
    created: isoFromHlc(hlc),
    updated: hlc,
    deleted: false,
    fieldClocks: {},
    ...RECORD_DEFAULTS[kind],
  };
  return record as unknown as RecordByKind[K];
}

/** Applies one mutation's fields to a record (or creates it); returns a new record. */
export function applyFields<K extends RecordKind>(
  record: RecordByKind[K] | undefined,
  change: FieldChange<K>,
): RecordByKind[K] {
  const { kind, id, fields, hlc } = change;
  const current = (record ?? emptyRecord(kind, id, hlc)) as unknown as Loose;
  if (current.id !== id) throw new Error(`Mutation for ${id} applied to record ${current.id}`);
  const next: Loose = {
    ...current,
    fieldClocks: { ...current.fieldClocks },
    created: earlierIso(current.created, isoFromHlc(hlc)),
    updated: maxHlc(current.updated, hlc),
  };
  for (const [field, value] of Object.entries(fields)) {
    if (envelope.has(field)) throw new Error(`A mutation cannot set ${field}`);
    if (value === undefined) continue;
    const clock = next.fieldClocks[field];
    if (clock === undefined || compareHlc(hlc, clock) > 0) {
      next[field] = value;
      next.fieldClocks[field] = hlc;
    }
  }
  return next as unknown as RecordByKind[K];
}

/** Merges two copies of the same record (for example, local and pulled), field by field. */
export function mergeRecords<R extends AnyRecord>(a: R, b: R): R {
  const x = a as unknown as Loose;
  const y = b as unknown as Loose;
  if (x.id !== y.id) throw new Error(`Cannot merge record ${x.id} with ${y.id}`);
  const next: Loose = {
    ...x,
    fieldClocks: { ...x.fieldClocks },
    created: earlierIso(x.created, y.created),
    updated: maxHlc(x.updated, y.updated),
  };
  for (const [field, clock] of Object.entries(y.fieldClocks)) {
    const mine = next.fieldClocks[field];
    if (mine === undefined || compareHlc(clock, mine) > 0) {
      next[field] = y[field];
      next.fieldClocks[field] = clock;
    }
  }
  return next as unknown as R;
}

export interface FieldConflict {
  field: string;
  /** The local value the pulled change replaced. */
  localValue: unknown;
  remoteValue: unknown;
  localHlc: Hlc;
  remoteHlc: Hlc;
}

/**
 * Fields where a pulled record overwrites a local edit made since the two sides last agreed
 * (`lastAgreed`: the timestamp of the last state both had, for example from the last sync; omit
 * to treat every local edit as unagreed). Equal values are not a conflict.
 */
export function detectConflicts<R extends AnyRecord>(
  local: R,
  remote: R,
  lastAgreed?: Hlc,
): FieldConflict[] {
  const x = local as unknown as Loose;
  const y = remote as unknown as Loose;
  const conflicts: FieldConflict[] = [];
  for (const [field, remoteHlc] of Object.entries(y.fieldClocks)) {
    const localHlc = x.fieldClocks[field];
    if (localHlc === undefined || compareHlc(remoteHlc, localHlc) <= 0) continue;
    if (lastAgreed !== undefined && compareHlc(localHlc, lastAgreed) <= 0) continue;
    if (sameValue(x[field], y[field])) continue;
    conflicts.push({ field, localValue: x[field], remoteValue: y[field], localHlc, remoteHlc });
  }
  return conflicts;
}

/** Structural equality for JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}
