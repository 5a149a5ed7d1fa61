/**
 * Typed errors the data layer throws, so the app can tell "that answer is not valid" (nothing
 * was written) from "this phone is out of space" (show it, never swallow it).
 */
import type { FieldIssue, RecordKind } from '../domain/records';
import type { SaveErrorKind } from './saveStatus';

/** The fields did not pass the domain schema; nothing was written. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly kind: RecordKind,
    readonly issues: FieldIssue[],
  ) {
    super(
      `Invalid ${kind} change: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
  }
}

/** The browser refused the write because storage is full; nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super('There is no space left to save on this device', options);
  }
}

/**
 * True for a quota error from IndexedDB (a DOMException named QuotaExceededError), Dexie's
 * QuotaExceededError, or a Dexie error (for example an AbortError) whose inner cause is one.
 */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = inner;
  }
  return false;
}

/** Why a write failed, in the words the status line and forms use. */
export function saveErrorKind(error: unknown): SaveErrorKind {
  if (error instanceof ValidationError) return 'invalid';
  if (error instanceof StorageFullError || isQuotaError(error)) return 'storageFull';
  return 'unknown';
}
