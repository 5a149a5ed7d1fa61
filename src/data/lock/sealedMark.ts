/**
 * How a sealed row or text is recognised, with no crypto in it, so code on the first screen
 * (homeData.ts) can tell whether it needs the codec (lock/codec.ts) before loading it.
 *
 * A sealed row keeps its primary key and indexed fields in the clear and holds everything else
 * in one AES-GCM ciphertext under SEALED_FIELD: `{ id, updated, status, 'wm:sealed': { iv, data } }`.
 * A sealed text (a localStorage value) is SEALED_TEXT_PREFIX followed by base64(IV + ciphertext).
 */
export const SEALED_FIELD = 'wm:sealed';
export const SEALED_TEXT_PREFIX = 'wm:sealed:1:';

/** The ciphertext of a sealed row: a fresh 12-byte IV and AES-GCM's output (with its tag). */
export interface SealedPart {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export function isSealedRow(row: unknown): boolean {
  return typeof row === 'object' && row !== null && SEALED_FIELD in row;
}

export function isSealedText(text: unknown): text is string {
  return typeof text === 'string' && text.startsWith(SEALED_TEXT_PREFIX);
}

/** True when any row of any store is sealed. */
export function hasSealedRows(contents: Record<string, readonly unknown[]>): boolean {
  return Object.values(contents).some((rows) => rows.some(isSealedRow));
}
