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
 *
 * When a write fails (the phone is out of space), what failed stays queued, on screen and in
 * the copy, and is tried again by itself after 1, 2, 4, 8 then every 15 seconds while the form
 * is open, so it saves as soon as there is room. `problem()` says why the last write failed,
 * so a form can keep the person on the page and tell them instead of moving on.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FieldsByKind, RecordKind } from '../domain/records';
import { preloadValidation, repository as defaultRepository, type Repository } from './repository';
import { clearBackup, writeBackup } from './unsavedBackup';
import { ValidationError, saveErrorKind } from './errors';
import { saveStatus, type SaveErrorKind, type SaveStatusStore } from './saveStatus';

export const AUTOSAVE_DELAY_MS = 300;
/** How long to wait before trying a failed write again; the last delay then repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

export interface Autosaver<K extends RecordKind> {
  /** Queues fields to save; later values for the same field replace earlier ones. */
  update(fields: FieldsByKind[K]): void;
  /** Writes whatever is queued now; resolves when it (and any write before it) committed. */
  flush(): Promise<void>;
  /** True while changes are queued or being written. */
  pending(): boolean;
  /** Why the last write failed, until a write succeeds; undefined when nothing failed. */
  problem(): SaveErrorKind | undefined;
  /** Calls `listener` whenever problem() changes. */
  subscribe(listener: () => void): () => void;
  /** Writes what is queued and stops trying again (the form is closing). */
  close(): Promise<void>;
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
    /** Told about changes the repository refused as not valid (it reports every other end). */
    status?: Pick<SaveStatusStore, 'fail'>;
    retryDelaysMs?: readonly number[];
  } = {},
): Autosaver<K> {
  const repo = options.repository ?? defaultRepository;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const status = options.status ?? saveStatus;
  let queued: Record<string, unknown> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let failures = 0;
  let problem: SaveErrorKind | undefined;
  let closed = false;
  const backup = options.backup ?? true;
  const listeners = new Set<() => void>();
  const setProblem = (next: SaveErrorKind | undefined) => {
    if (next === problem) return;
    problem = next;
    for (const listener of [...listeners]) listener();
  };

  const retryLater = () => {
    if (closed || retryTimer || retryDelays.length === 0) return;
    const wait = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 0;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, wait);
  };

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
            failures = 0;
            setProblem(undefined);
            if (backup) clearBackup(kind, id, fields);
          },
          (error: unknown) => {
            // Keep what failed queued (unless newer values replaced it) so it is tried again.
            queued = { ...fields, ...queued };
            failures += 1;
            setProblem(saveErrorKind(error));
            // A change the rules refuse will not pass by itself: it waits for the next edit.
            if (error instanceof ValidationError) status.fail(`${kind}:${id}`, 'invalid');
            else retryLater();
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
      closed = false; // someone is typing: the form is open (again, after a StrictMode remount)
      queued = { ...queued, ...(fields as Record<string, unknown>) };
      if (backup) writeBackup(kind, id, fields as Record<string, unknown>);
      // The first keystroke starts loading the save's schemas, so the save 300 ms on needn't wait.
      preloadValidation().catch(() => undefined);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    pending: () => queued !== undefined || inFlight > 0,
    problem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = undefined;
      return flush();
    },
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
      void saver.close();
    };
  }, [saver]);
  return useMemo(
    () =>
      saver ?? {
        update: () => undefined,
        flush: () => Promise.resolve(),
        pending: () => false,
        problem: () => undefined,
        subscribe: () => () => undefined,
        close: () => Promise.resolve(),
      },
    [saver],
  );
}

/** Why the autosaver's last write failed (re-rendering when that changes), or undefined. */
export function useSaveProblem(saver: Pick<Autosaver<RecordKind>, 'problem' | 'subscribe'>) {
  return useSyncExternalStore(saver.subscribe, saver.problem, saver.problem);
}
