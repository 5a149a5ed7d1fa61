/**
 * One claimant's shared records as the console holds them: what the sync answers carried,
 * latest copy per record, minus private stubs and deleted ones (the coach sees only what is
 * shared now). Pure functions, tested beside this file.
 */
import type { RecordChange } from '../../domain/sync';
import type { RecordByKind, RecordKind } from '../../domain/records';
import { RECORD_KINDS } from '../../domain/records';
import { isShareable } from '../../domain/sharing';

export type RecordsByKind = { [K in RecordKind]: RecordByKind[K][] };

export type RecordStore = ReadonlyMap<string, RecordChange>;

const keyOf = (change: RecordChange) => `${change.recordKind}:${change.record.id}`;

/** The store with each change in place of the copy it replaces. */
export function applyChanges(store: RecordStore, changes: readonly RecordChange[]): RecordStore {
  if (changes.length === 0) return store;
  const next = new Map(store);
  for (const change of changes) next.set(keyOf(change), change);
  return next;
}

/** Visible records by kind: shared and not deleted. */
export function visibleRecords(store: RecordStore): RecordsByKind {
  const byKind = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as {
    [K in RecordKind]: unknown[];
  };
  for (const change of store.values()) {
    const { recordKind, record } = change;
    if (record.deleted) continue;
    if (!isShareable(recordKind, record as never)) continue;
    byKind[recordKind].push(record);
  }
  return byKind as RecordsByKind;
}
