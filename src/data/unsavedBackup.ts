/**
 * A synchronous safety copy of changes that are queued for IndexedDB but not yet written
 * (see autosave.ts): kept in localStorage under `waymark.unsaved.<kind>.<id>` as the fields'
 * latest values, removed once the write commits, and written on the next start by
 * recoverUnsaved() if the page went away first (reload, closed tab, crash).
 */
import { RECORD_KINDS, type FieldsByKind, type RecordKind } from '../domain/records';
import type { Repository } from './repository';

import { UNSAVED_PREFIX as PREFIX } from './unsavedFlag';

function keyOf(kind: RecordKind, id: string): string {
  return `${PREFIX}${kind}.${id}`;
}

export function writeBackup(kind: RecordKind, id: string, fields: Record<string, unknown>): void {
  try {
    const key = keyOf(kind, id);
    const previous = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...previous, ...fields }));
  } catch {
    // Storage full or refused: the IndexedDB write is still on its way.
  }
}

export function clearBackup(kind: RecordKind, id: string): void {
  try {
    localStorage.removeItem(keyOf(kind, id));
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
 * copy never blocks the rest. Returns how many records were recovered.
 */
export async function recoverUnsaved(
  repository: Pick<Repository, 'saveFields'>,
  storage: Storage = localStorage,
): Promise<number> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let recovered = 0;
  for (const key of keys) {
    const [kind, id] = key.slice(PREFIX.length).split('.');
    try {
      if (!kind || !id || !(RECORD_KINDS as readonly string[]).includes(kind)) {
        throw new Error(`not a record: ${key}`);
      }
      const fields = JSON.parse(storage.getItem(key) ?? '{}') as FieldsByKind[RecordKind];
      await repository.saveFields(kind as RecordKind, id, fields);
      recovered += 1;
    } catch (error) {
      console.warn('Could not recover unsaved changes', key, error);
    }
    storage.removeItem(key);
  }
  return recovered;
}
