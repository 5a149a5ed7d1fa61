/**
 * Coach sign-in and the Origin check: the session cookie's flags (Secure only over TLS), one
 * message for an unknown email and a wrong password, the login rate limit, logout, expired
 * sessions, and refusal of foreign or missing Origins on state-changing requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCookies } from '../http/cookies';
import { testDatabaseKind } from '../test/db';
import {
  addTestCoach,
  coachCookie,
  openJournal,
  ORIGIN,
  PASSWORD,
  snapshot,
} from '../test/journal';
import type { Journal } from '../test/journal';
import type { Coach } from '../services/coaches';

let j: Journal;
let coach: Coach;

beforeAll(async () => {
  j = await openJournal();
  coach = await addTestCoach(j);
});
afterAll(() => j.close());

const login = (journal: Journal, payload: unknown, headers: Record<string, string> = {}) =>
  journal.app.inject({
    method: 'POST',
    url: '/api/coach/login',
    headers: { origin: ORIGIN, ...headers },
    payload: payload as never,
  });

describe(`coach sign-in (${testDatabaseKind})`, () => {
  it('sets an HttpOnly, SameSite=Strict, Path=/ session cookie that is not Secure over plain HTTP', async () => {
    const response = await login(j, { email: coach.email.toUpperCase(), password: PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ coach: { id: coach.id, email: coach.email } });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^waymark_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/,
    );

    const cookie = setCookie.split(';')[0]!;
    const me = await j.app.inject({ method: 'GET', url: '/api/coach/me', headers: { cookie } });
    expect(me.json()).toEqual({ coach: { id: coach.id, email: coach.email } });
    const token = parseCookies(cookie).get('waymark_session')!;
    const stored = await j.db.query('select 1 from sessions where token_hash = $1', [token]);
    expect(stored.rowCount).toBe(0);
  });

  it('marks the cookie Secure when the request came over TLS', async () => {
    const tls = await openJournal(undefined, true);
    try {
      const c = await addTestCoach(tls);
      const response = await login(
        tls,
        { email: c.email, password: PASSWORD },
        {
          'x-forwarded-proto': 'https',
          host: 'waymark.example',
          origin: 'https://waymark.example',
        },
      );
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure$/);
    } finally {
      await tls.close();
    }
  });

  it('gives the same answer for an unknown email and a wrong password, and changes nothing', async () => {
    const before = await snapshot(j);
    const wrong = await login(j, { email: coach.email, password: 'not the password' });
    const unknown = await login(j, { email: 'nobody@example.org', password: PASSWORD });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    for (const payload of [
      null,
      {},
      { email: coach.email },
      { email: 1, password: 2 },
      { email: coach.email, password: 'x'.repeat(2000) },
    ]) {
      const response = await login(j, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await snapshot(j)).toEqual(before);
  });

  it('allows 5 sign-in attempts a minute per client by default', async () => {
    const limited = await openJournal({});
    try {
      const c = await addTestCoach(limited);
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (await login(limited, { email: c.email, password: 'wrong password' })).statusCode,
        );
      }
      const sixth = await login(limited, { email: c.email, password: PASSWORD });
      expect(codes).toEqual([401, 401, 401, 401, 401]);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json().error.code).toBe('rate_limited');
      expect(sixth.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('logout ends the session and clears the cookie', async () => {
    const cookie = await coachCookie(j, coach.id);
    const response = await j.app.inject({
      method: 'POST',
      url: '/api/coach/logout',
      headers: { cookie, origin: ORIGIN },
    });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toBe(
      'waymark_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict',
    );
    const after = await j.app.inject({ method: 'GET', url: '/api/coach/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses an expired session', async () => {
    const cookie = await coachCookie(j, coach.id, -1000);
    const response = await j.app.inject({
      method: 'GET',
      url: '/api/coach/claimants',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe(`the Origin check (${testDatabaseKind})`, () => {
  it('refuses a foreign Origin, a null Origin and a missing one on cookie POSTs; changes nothing', async () => {
    const cookie = await coachCookie(j, coach.id);
    const before = await snapshot(j);
    const post = (headers: Record<string, string>) =>
      j.app.inject({
        method: 'POST',
        url: '/api/coach/claimants',
        headers: { cookie, ...headers },
        payload: { label: 'x' },
      });
    const foreign = await post({ origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('bad_origin');
    expect((await post({ origin: 'null' })).statusCode).toBe(403);
    expect((await post({ origin: 'http://localhost:8080' })).statusCode).toBe(403);
    const missing = await post({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('origin_required');
    const logout = await j.app.inject({
      method: 'POST',
      url: '/api/coach/logout',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(logout.statusCode).toBe(403);
    expect(await snapshot(j)).toEqual(before);

    expect((await post({ origin: 'http://localhost:80' })).statusCode).toBe(201);
  });

  it('refuses a login from a foreign Origin but allows one without Origin', async () => {
    const foreign = await login(
      j,
      { email: coach.email, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    const bare = await j.app.inject({
      method: 'POST',
      url: '/api/coach/login',
      payload: { email: coach.email, password: PASSWORD },
    });
    expect(bare.statusCode).toBe(200);
  });

  it('lets GETs through without an Origin', async () => {
    const cookie = await coachCookie(j, coach.id);
    const response = await j.app.inject({
      method: 'GET',
      url: '/api/coach/claimants',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
  });
});
