/**
 * The one codec for everything the PIN lock keeps sealed (the design is in lock/pin.ts): rows in
 * IndexedDB (written through Dexie by lock/middleware.ts, read raw by homeData.ts) and texts in
 * localStorage (lock/privateStorage.ts). AES-GCM with the data key, a fresh random 12-byte IV
 * for every seal, and the place the ciphertext belongs to (a table's name, a storage key) as
 * additional data, so a ciphertext moved to another table or key does not open.
 *
 * A row keeps the fields it is found by (its primary key and indexed fields) in the clear and
 * every other field in one ciphertext of their JSON. Waymark's rows hold only JSON values
 * (strings, numbers, booleans, arrays, plain objects); a field whose value is `undefined` reads
 * back as absent, which the app treats the same.
 */
import { SEALED_FIELD, SEALED_TEXT_PREFIX, isSealedRow, type SealedPart } from './sealedMark';

export { SEALED_FIELD, isSealedRow, isSealedText } from './sealedMark';

/** Reading or writing personal data while Waymark is locked (no key in memory). */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor() {
    super('Waymark is locked: unlock it with the PIN first');
  }
}

/** True for a LockedError, also when a database library wrapped it. */
export function isLockedError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    if (e instanceof LockedError || (e as { name?: unknown }).name === 'LockedError') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const IV_BYTES = 12;

function additionalData(context: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`waymark:${context}`);
}

export async function sealBytes(
  plain: Uint8Array<ArrayBuffer>,
  key: CryptoKey,
  context: string,
): Promise<SealedPart> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(context) },
    key,
    plain,
  );
  return { iv, data: new Uint8Array(data) };
}

/** The plain bytes; throws (OperationError) for a wrong key, place or a damaged ciphertext. */
export async function openBytes(
  part: SealedPart,
  key: CryptoKey,
  context: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(part.iv), additionalData: additionalData(context) },
    key,
    new Uint8Array(part.data),
  );
  return new Uint8Array(plain);
}

type Row = Record<string, unknown>;

/** The row with every field not in `clear` sealed into one ciphertext (a sealed row as it is). */
export async function sealRow(
  row: Row,
  clear: ReadonlySet<string>,
  key: CryptoKey,
  context: string,
): Promise<Row> {
  if (isSealedRow(row)) return row;
  const visible: Row = {};
  const hidden: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (clear.has(name)) visible[name] = value;
    else hidden[name] = value;
  }
  visible[SEALED_FIELD] = await sealBytes(encoder.encode(JSON.stringify(hidden)), key, context);
  return visible;
}

/** The row as it was before sealing (a plain row as it is); LockedError without a key. */
export async function openRow<T>(row: T, key: CryptoKey | undefined, context: string): Promise<T> {
  if (!isSealedRow(row)) return row;
  if (!key) throw new LockedError();
  const { [SEALED_FIELD]: part, ...visible } = row as Row;
  const hidden = JSON.parse(
    decoder.decode(await openBytes(part as SealedPart, key, context)),
  ) as Row;
  return { ...visible, ...hidden } as T;
}

/** Every row opened (all at once); the same array when none is sealed. */
export async function openRows<T>(
  rows: readonly T[],
  key: CryptoKey | undefined,
  context: string,
): Promise<T[]> {
  if (!rows.some(isSealedRow)) return rows as T[];
  return Promise.all(rows.map((row) => openRow(row, key, context)));
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A text sealed for localStorage under `context` (its storage key). */
export async function sealText(text: string, key: CryptoKey, context: string): Promise<string> {
  const { iv, data } = await sealBytes(encoder.encode(text), key, context);
  const joined = new Uint8Array(iv.length + data.length);
  joined.set(iv);
  joined.set(data, iv.length);
  return SEALED_TEXT_PREFIX + toBase64(joined);
}

/** The text sealed by sealText (a plain text as it is); LockedError without a key. */
export async function openText(
  text: string,
  key: CryptoKey | undefined,
  context: string,
): Promise<string> {
  if (!text.startsWith(SEALED_TEXT_PREFIX)) return text;
  if (!key) throw new LockedError();
  const joined = fromBase64(text.slice(SEALED_TEXT_PREFIX.length));
  const part = { iv: joined.slice(0, IV_BYTES), data: joined.slice(IV_BYTES) };
  return decoder.decode(await openBytes(part, key, context));
}
