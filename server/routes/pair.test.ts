/**
 * POST /api/pair: a code from the coach becomes a device token, once; case and dashes do not
 * matter; unknown and used codes get the same answer; expired codes say so; a new code replaces
 * the unused one; rate-limited; only hashes are stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, PAIRING_ALPHABET } from '../auth/tokens';
import { createPairingCode } from '../services/pairing';
import { testDatabaseKind } from '../test/db';
import {
  addTestClaimant,
  addTestCoach,
  asDevice,
  coachCookie,
  newCode,
  openJournal,
  snapshot,
} from '../test/journal';
import type { Journal } from '../test/journal';

let j: Journal;
let cookie: string;
let coachId: string;

beforeAll(async () => {
  j = await openJournal();
  const coach = await addTestCoach(j);
  coachId = coach.id;
  cookie = await coachCookie(j, coach.id);
});
afterAll(() => j.close());

const pairWith = (payload: unknown) =>
  j.app.inject({ method: 'POST', url: '/api/pair', payload: payload as never });

describe(`POST /api/pair (${testDatabaseKind})`, () => {
  it('gives a coach a code like 7KQM-4XPD without look-alike characters, and a link', async () => {
    const response = await j.app.inject({
      method: 'POST',
      url: '/api/coach/claimants',
      headers: { cookie, origin: 'http://localhost' },
      payload: { label: '  J.S. Tuesday  ' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.claimant).toMatchObject({ label: 'J.S. Tuesday', id: expect.any(String) });
    expect(body.pairing.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(body.pairing.link).toBe(`/pair?code=${body.pairing.code}`);
    const days = (Date.parse(body.pairing.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
    for (const ch of '01OIL') expect(PAIRING_ALPHABET).not.toContain(ch);
  });

  it('exchanges a code (any case, dash optional) for a device token, once', async () => {
    const claimant = await addTestClaimant(j, cookie);
    const typed = claimant.code.replace('-', '').toLowerCase();
    const response = await pairWith({ code: ` ${typed} `, label: 'My phone' });
    expect(response.statusCode).toBe(201);
    const { deviceId, deviceToken } = response.json();
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await j.db.query<{ token_hash: string; label: string }>(
      'select token_hash, label from devices where id = $1',
      [deviceId],
    );
    expect(stored.rows[0]).toEqual({ token_hash: hashSecret(deviceToken), label: 'My phone' });
    const codes = await j.db.query<{ code_hash: string; used_at: Date | null }>(
      'select code_hash, used_at from pairing_codes where claimant_id = $1',
      [claimant.id],
    );
    expect(codes.rows).toEqual([
      { code_hash: hashSecret(claimant.code.replace('-', '')), used_at: expect.any(Date) },
    ]);
    const devices = await j.app.inject(
      asDevice(deviceToken, { method: 'GET', url: '/api/devices' }),
    );
    expect(devices.json().devices).toMatchObject([{ id: deviceId, current: true }]);
    const audit = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'device.pair' and actor_id = $1`,
      [deviceId],
    );
    expect(audit.rows[0]!.n).toBe(1);

    const before = await snapshot(j);
    const used = await pairWith({ code: claimant.code });
    const unknown = await pairWith({ code: 'ABCD-EFGH' });
    expect(used.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(used.json()).toEqual(unknown.json());
    expect(used.json().error.code).toBe('invalid_code');
    expect(await snapshot(j)).toEqual(before);
  });

  it('refuses an expired code with its own message', async () => {
    const claimant = await addTestClaimant(j, cookie);
    const { code } = await createPairingCode(j.db, claimant.id, coachId, -1000);
    const before = await snapshot(j);
    const response = await pairWith({ code });
    expect(response.statusCode).toBe(410);
    expect(response.json().error.code).toBe('code_expired');
    expect(await snapshot(j)).toEqual(before);
  });

  it('a new code replaces the unused one; each pairs one more device', async () => {
    const claimant = await addTestClaimant(j, cookie);
    const fresh = await newCode(j, cookie, claimant.id);
    expect((await pairWith({ code: claimant.code })).statusCode).toBe(410);
    expect((await pairWith({ code: fresh })).statusCode).toBe(201);
  });

  it('answers bad input with 4xx and changes nothing', async () => {
    const before = await snapshot(j);
    for (const payload of [
      null,
      {},
      { code: 7 },
      { code: '' },
      { code: 'x'.repeat(65) },
      { code: 'ABCD-EFGH', extra: 1 },
      { code: 'ABCD-EFGH', label: 'x'.repeat(101) },
      { code: 'O0O0-1I1L' },
    ]) {
      const response = await pairWith(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, JSON.stringify(payload)).toBeLessThan(500);
    }
    expect(await snapshot(j)).toEqual(before);
  });

  it('is rate-limited per client', async () => {
    const limited = await openJournal({ pair: { max: 3, timeWindow: '1 minute' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/pair',
              payload: { code: 'ABCD-EFGH' },
            })
          ).statusCode,
        );
      }
      expect(codes).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });

  it('by default allows 10 tries a minute', async () => {
    const limited = await openJournal({});
    try {
      const codes = [];
      for (let i = 0; i < 11; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/pair',
              payload: { code: 'ABCD-EFGH' },
            })
          ).statusCode,
        );
      }
      expect(codes.slice(0, 10).every((c) => c === 400)).toBe(true);
      expect(codes[10]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
