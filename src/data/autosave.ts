/**
 * Autosave for forms: every change is queued and written to IndexedDB (record + outbox, one
 * transaction, through the repository) 300 ms after typing stops, and at once when the page is
 * hidden or closed, the form unmounts, or the caller flushes before navigating. Writes for one
 * record are serialised, so a slow write never lets an older value land after a newer one.
 * The "Saved on this phone" status comes from the repository, only after the write commits.
 *
 * Never lose a keystroke: IndexedDB writes are asynchronous, so a reload or a closed tab can
 * cut one off. Each queued change is therefore also copied, synchronously, to localStorage
 * (`waymark.unsaved.<kind>.<id>`) and removed once its write has committed; on the next start
 * `recoverUnsaved()` writes whatever is left through the repository (see unsavedBackup.ts).
 */
import { useEffect, useMemo } from 'react';
import type { FieldsByKind, RecordKind } from '../domain/records';
import { repository as defaultRepository, type Repository } from './repository';
import { clearBackup, writeBackup } from './unsavedBackup';

export const AUTOSAVE_DELAY_MS = 300;

export interface Autosaver<K extends RecordKind> {
  /** Queues fields to save; later values for the same field replace earlier ones. */
  update(fields: FieldsByKind[K]): void;
  /** Writes whatever is queued now; resolves when it (and any write before it) committed. */
  flush(): Promise<void>;
  /** True while changes are queued or being written. */
  pending(): boolean;
}

export function createAutosaver<K extends RecordKind>(
  kind: K,
  id: string,
  options: {
    repository?: Pick<Repository, 'saveFields'>;
    delayMs?: number;
    onError?: (error: unknown) => void;
    /** Copy queued changes to localStorage until written (default true; off in some tests). */
    backup?: boolean;
  } = {},
): Autosaver<K> {
  const repo = options.repository ?? defaultRepository;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let queued: Record<string, unknown> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;
  const backup = options.backup ?? true;

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const fields = queued;
    queued = undefined;
    if (fields) {
      inFlight += 1;
      writing = writing
        .then(() => repo.saveFields(kind, id, fields as FieldsByKind[K]))
        .then(
          () => {
            if (backup && queued === undefined && inFlight === 1) clearBackup(kind, id);
          },
          (error: unknown) => {
            // Keep what failed queued (unless newer values replaced it) so the next change or
            // flush tries again; the status line has already told the person.
            queued = { ...fields, ...queued };
            options.onError?.(error);
          },
        )
        .finally(() => {
          inFlight -= 1;
        });
    }
    return writing;
  };

  return {
    update(fields) {
      queued = { ...queued, ...(fields as Record<string, unknown>) };
      if (backup) writeBackup(kind, id, fields as Record<string, unknown>);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    pending: () => queued !== undefined || inFlight > 0,
  };
}

/**
 * An autosaver for one record, flushed when the page is hidden or closed and on unmount.
 * Pass `id` undefined until the record exists; updates before then are ignored.
 */
export function useAutosaver<K extends RecordKind>(kind: K, id: string | undefined): Autosaver<K> {
  const saver = useMemo(
    () =>
      id
        ? createAutosaver(kind, id, { onError: (e) => console.error('Autosave failed', e) })
        : undefined,
    [kind, id],
  );
  useEffect(() => {
    if (!saver) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void saver.flush();
    };
  }, [saver]);
  return useMemo(
    () =>
      saver ?? { update: () => undefined, flush: () => Promise.resolve(), pending: () => false },
    [saver],
  );
}
