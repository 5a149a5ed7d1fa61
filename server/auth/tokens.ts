/**
 * Random secrets and their hashes: 256-bit bearer tokens (device tokens, session tokens) and
 * pairing codes like `7KQM-4XPD`. Only SHA-256 hashes are stored; a token is shown once.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A new random 256-bit token, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a secret, hex: what the database keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** No 0/O, 1/I/L: nothing that reads as something else. 31 characters, 8 of them ~ 39.6 bits. */
export const PAIRING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PAIRING_CODE_LENGTH = 8;

/** A new code, shown as `XXXX-XXXX`. */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) {
    code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The code as typed or pasted, made canonical: case does not matter, and dashes and spaces are
 * ignored. Undefined when it cannot be a code (wrong length or a character not in the alphabet).
 */
export function normalisePairingCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PAIRING_CODE_LENGTH) return undefined;
  for (const ch of code) if (!PAIRING_ALPHABET.includes(ch)) return undefined;
  return code;
}
