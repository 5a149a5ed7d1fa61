/**
 * A synchronous safety copy of changes that are queued for IndexedDB but not yet written
 * (see autosave.ts): kept in localStorage under `waymark.unsaved.<kind>.<id>` as the fields'
 * latest values, each field removed once a write of that value commits, and written on the
 * next start by recoverUnsaved() if the page went away first (reload, closed tab, crash) or the
 * write failed (the phone was out of space).
 *
 * While a PIN is set the copy is sealed, never plain text at rest: lock/privateStorage.ts keeps
 * it in this tab's memory and stores it sealed; the lock opens it again before recovery runs.
 */
import { RECORD_KINDS } from '../domain/recordKinds';
import type { FieldsByKind, RecordKind } from '../domain/records';
import type { Repository } from './repository';
import { ValidationError } from './errors';
import { privateStorage, type TextStorage } from './lock/privateStorage';
import { dataKey, pinIsSet } from './lock/session';

import { UNSAVED_PREFIX as PREFIX } from './unsavedFlag';

function keyOf(kind: RecordKind, id: string): string {
  return `${PREFIX}${kind}.${id}`;
}

export function writeBackup(kind: RecordKind, id: string, fields: Record<string, unknown>): void {
  try {
    const key = keyOf(kind, id);
    const previous = JSON.parse(privateStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    privateStorage.setItem(key, JSON.stringify({ ...previous, ...fields }));
  } catch {
    // Storage full or refused: the IndexedDB write is still on its way.
  }
}

/**
 * Forgets the copy of `kind` `id` once it is written: only the fields given (when given) and
 * only where the copy still holds the value that was written, so a newer keystroke, or an
 * older change that failed and was not part of this write, stays until it is written too.
 */
export function clearBackup(kind: RecordKind, id: string, written?: Record<string, unknown>): void {
  try {
    const key = keyOf(kind, id);
    if (!written) {
      privateStorage.removeItem(key);
      return;
    }
    const stored = privateStorage.getItem(key);
    if (stored === null) return;
    const left = JSON.parse(stored) as Record<string, unknown>;
    for (const [field, value] of Object.entries(written)) {
      if (field in left && JSON.stringify(left[field]) === JSON.stringify(value)) {
        delete left[field];
      }
    }
    if (Object.keys(left).length === 0) privateStorage.removeItem(key);
    else privateStorage.setItem(key, JSON.stringify(left));
  } catch {
    // Nothing to clear.
  }
}

/** Writes every leftover change through the app's repository (used at start). */
export async function recoverUnsavedChanges(): Promise<number> {
  const { repository } = await import('./repository');
  return recoverUnsaved(repository);
}

/**
 * Writes every leftover change through the repository (record + outbox, one transaction each)
 * and removes it. A leftover that is not valid any more is dropped with a warning, so one bad
 * copy never blocks the rest; one that could not be written (the phone is out of space) is
 * kept for the next start. Returns how many records were recovered.
 */
export async function recoverUnsaved(
  repository: Pick<Repository, 'saveFields'>,
  storage: TextStorage = privateStorage,
): Promise<number> {
  // Locked: the copies are sealed and stay so until the PIN opens them (and recovery runs then).
  if (pinIsSet() && !dataKey()) return 0;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let recovered = 0;
  for (const key of keys) {
    const [kind, id] = key.slice(PREFIX.length).split('.');
    let keep = false;
    try {
      if (!kind || !id || !(RECORD_KINDS as readonly string[]).includes(kind)) {
        throw new Error(`not a record: ${key}`);
      }
      const fields = JSON.parse(storage.getItem(key) ?? '{}') as FieldsByKind[RecordKind];
      try {
        await repository.saveFields(kind as RecordKind, id, fields);
      } catch (error) {
        // Not written, but still good: keep it for next time rather than lose it.
        keep = !(error instanceof ValidationError);
        throw error;
      }
      recovered += 1;
    } catch (error) {
      console.warn(
        keep ? 'Could not recover unsaved changes yet' : 'Could not recover unsaved changes',
        key,
        error,
      );
    }
    if (!keep) storage.removeItem(key);
  }
  return recovered;
}
