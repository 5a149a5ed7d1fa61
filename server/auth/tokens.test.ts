/** Tokens, hashes and pairing codes: sizes, alphabet, and forgiving normalisation. */
import { describe, expect, it } from 'vitest';
import {
  hashSecret,
  newPairingCode,
  newToken,
  normalisePairingCode,
  PAIRING_ALPHABET,
} from './tokens';

describe('tokens', () => {
  it('makes 256-bit base64url tokens that differ every time', () => {
    const a = newToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(newToken());
  });

  it('hashes with SHA-256 (hex)', () => {
    expect(hashSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('pairing codes', () => {
  it('uses no look-alike characters', () => {
    for (const ch of '01OIL') expect(PAIRING_ALPHABET).not.toContain(ch);
    expect(new Set(PAIRING_ALPHABET).size).toBe(PAIRING_ALPHABET.length);
  });

  it('looks like 7KQM-4XPD and uses every character of the alphabet over many codes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = newPairingCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      for (const ch of code.replace('-', '')) seen.add(ch);
    }
    expect(seen.size).toBe(PAIRING_ALPHABET.length);
  });

  it('ignores case, dashes and spaces', () => {
    expect(normalisePairingCode('7kqm-4xpd')).toBe('7KQM4XPD');
    expect(normalisePairingCode(' 7KQM 4XPD ')).toBe('7KQM4XPD');
    expect(normalisePairingCode('7KQM4XPD')).toBe('7KQM4XPD');
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    for (const bad of ['', '7KQM-4XP', '7KQM-4XPDD', 'OKQM-4XPD', '7KQM-4XP1', '7KQM_4XPD']) {
      expect(normalisePairingCode(bad), bad).toBeUndefined();
    }
  });
});
