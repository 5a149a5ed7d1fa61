/** scrypt password hashes: a per-user salt, verification, and refusal of anything malformed. */
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts each hash differently', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('refuses malformed stored hashes without throwing', async () => {
    for (const stored of ['', 'plain', 'scrypt$1$8$1$AA==$AA==', 'bcrypt$16384$8$1$AA==$AA==']) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });
});
