/**
 * Bad input never hurts (issue 7, suite 4): more than 10,000 malformed, oversized, wrongly
 * typed and hostile requests to every API route the app registers: random JSON, wrong types in
 * every field, sync payloads with bad clocks, unknown kinds, forged ids, huge strings, NUL
 * characters, prototype-pollution keys, deep nesting, broken JSON and wrong content types, as
 * an anonymous caller, with forged credentials, and with real ones. The server never answers
 * 5xx, every refusal is the JSON error envelope, the server keeps answering, and the database
 * is exactly as it was: a rejected request changes nothing.
 *
 * Real credentials are only used where the body decides (the body is always invalid there);
 * routes that act whatever the body says (sign out, new pairing code, revoke, reads that are
 * audited) get forged credentials and hostile path parameters instead.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../http/route-list';
import { testDatabaseKind } from '../test/db';
import {
  addTestCoach,
  asCoach,
  asDevice,
  coachCookie,
  hlc,
  mutation,
  openJournal,
  ORIGIN,
  pairedClaimant,
  snapshot,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';

/** Requests per route; with the extra sync cases the total is well over 10,000. */
const PER_ROUTE = 650;
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

type Auth = 'none' | 'device' | 'coach' | 'forged';
type BodyMode = 'hostile' | 'none';

interface FuzzRoute {
  method: 'GET' | 'POST';
  url: string;
  /** Callers whose requests are refused whatever they send (so the database cannot change). */
  auth: Auth[];
  body: BodyMode;
  /** Path parameters: hostile values stand in for them. */
  params?: string[];
  /** A public read that may answer 200 to anyone (it still must not change anything). */
  publicRead?: boolean;
}

const ROUTES: FuzzRoute[] = [
  { method: 'GET', url: '/api/health', auth: ['none', 'forged'], body: 'none', publicRead: true },
  { method: 'POST', url: '/api/pair', auth: ['none', 'forged'], body: 'hostile' },
  { method: 'POST', url: '/api/coach/login', auth: ['none', 'forged'], body: 'hostile' },
  { method: 'POST', url: '/api/sync', auth: ['device', 'forged', 'none'], body: 'hostile' },
  { method: 'GET', url: '/api/devices', auth: ['forged', 'none'], body: 'none' },
  // With the real token only a body that is never the confirmation: nothing may be deleted.
  { method: 'POST', url: '/api/me/delete', auth: ['device', 'forged', 'none'], body: 'hostile' },
  {
    method: 'POST',
    url: '/api/devices/:id/revoke',
    auth: ['device', 'forged', 'none'],
    body: 'hostile',
    params: ['id'],
  },
  { method: 'GET', url: '/api/coach/me', auth: ['forged', 'none'], body: 'none' },
  { method: 'POST', url: '/api/coach/logout', auth: ['forged', 'none'], body: 'hostile' },
  { method: 'GET', url: '/api/coach/claimants', auth: ['forged', 'none'], body: 'none' },
  { method: 'POST', url: '/api/coach/claimants', auth: ['coach', 'forged'], body: 'hostile' },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id',
    auth: ['coach', 'forged'],
    body: 'none',
    params: ['id'],
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/remove',
    auth: ['coach', 'forged', 'none'],
    body: 'hostile',
    params: ['id'],
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/pairing-codes',
    auth: ['coach', 'forged', 'none'],
    body: 'hostile',
    params: ['id'],
  },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id/devices',
    auth: ['coach', 'forged'],
    body: 'none',
    params: ['id'],
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/devices/:deviceId/revoke',
    auth: ['coach', 'forged'],
    body: 'hostile',
    params: ['id', 'deviceId'],
  },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id/records',
    auth: ['coach', 'forged'],
    body: 'none',
    params: ['id'],
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/sync',
    auth: ['coach', 'forged'],
    body: 'hostile',
    params: ['id'],
  },
  // With the coach's own cookie the query (never a valid period here) decides.
  { method: 'GET', url: '/api/coach/report', auth: ['coach', 'forged', 'none'], body: 'none' },
  { method: 'GET', url: '/api/coach/report.csv', auth: ['coach', 'forged', 'none'], body: 'none' },
];

const RECORD_KINDS = [
  'aboutMe',
  'values',
  'fourSteps',
  'action',
  'checkIn',
  'feedback',
  'appointment',
  'journalEntry',
];
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table records; --",
  '1 or 1=1',
  '../../etc/passwd',
  '%00',
  '\u202e\u202d',
  '\ud800',
  'x'.repeat(70_000),
  'null',
  'NaN',
  '__proto__',
  'constructor',
  '0000-00-00',
  '99999999-9999-9999-9999-999999999999',
];

/** Strings that are never a valid id, clock or code (random text rarely is; these never are). */
const junkString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }).map((x) => `~${x}`),
  fc.string({ unit: 'binary', maxLength: 40 }).map((x) => `~${x}`),
);
const hostileString = fc.oneof(junkString, fc.uuid());
const anyValue = fc.oneof(
  { depthSize: 'small' },
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
);

/** A clock value that is wrong: malformed, or more than a day ahead. */
const badClock = fc.oneof(
  junkString,
  fc.constant(hlc(Date.now() + 3 * 24 * 3600 * 1000, 'evil')),
  fc.constant('999999999999999-zzzz-x'),
  fc.constant(`${'0'.repeat(15)}-0000-${'n'.repeat(65)}`),
);

/** A mutation that the schema refuses (so the whole request is refused before any change). */
const badMutation = fc.oneof(
  fc.record({
    mutationId: fc.uuid(),
    recordKind: fc.oneof(junkString, fc.constantFrom('admin', 'coach', 'records', 'AboutMe')),
    recordId: fc.uuid(),
    fields: fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 3 }),
    hlc: fc.constant(hlc(Date.now(), 'fuzz')),
  }),
  fc.record({
    mutationId: fc.oneof(junkString, fc.integer()),
    recordKind: fc.constantFrom(...RECORD_KINDS),
    recordId: fc.uuid(),
    fields: fc.constant({ deleted: true }),
    hlc: fc.constant(hlc(Date.now(), 'fuzz')),
  }),
  fc.record({
    mutationId: fc.uuid(),
    recordKind: fc.constantFrom(...RECORD_KINDS),
    recordId: fc.oneof(junkString, fc.integer()),
    fields: fc.constant({ deleted: true }),
    hlc: fc.constant(hlc(Date.now(), 'fuzz')),
  }),
  fc.record({
    mutationId: fc.uuid(),
    recordKind: fc.constantFrom(...RECORD_KINDS),
    recordId: fc.uuid(),
    fields: fc.constant({ deleted: true }),
    hlc: badClock,
  }),
  fc.record({
    mutationId: fc.uuid(),
    recordKind: fc.constant('aboutMe'),
    recordId: fc.uuid(),
    // Unknown fields, wrong types, over-long text, a NUL character.
    fields: fc.oneof(
      fc.constant({}),
      fc.constant({ enjoy: 'x'.repeat(20_001) }),
      fc.constant({ enjoy: 'nul \u0000 here' }),
      fc.constant({ sharing: 'public' }),
      fc.constant({ isAdmin: true }),
      fc.record({
        enjoy: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 })),
      }),
    ),
    hlc: fc.constant(hlc(Date.now(), 'fuzz')),
  }),
);

function deepNesting(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A body no route accepts (for sync routes built around `deviceId` when one is given). */
function hostileBody(deviceId: string | undefined) {
  const syncShaped = fc.record({
    deviceId: fc.oneof(fc.constant(deviceId ?? randomUUID()), hostileString),
    since: fc.oneof(fc.constant(''), hostileString, fc.integer(), fc.constant('x'.repeat(300))),
    mutations: fc.oneof(
      fc.array(badMutation, { minLength: 1, maxLength: 3 }),
      anyValue,
      fc.constant(Array.from({ length: 501 }, () => ({}))),
    ),
  });
  return fc.oneof(
    anyValue,
    syncShaped,
    fc.record({ code: anyValue, label: anyValue }),
    fc.record({ email: anyValue, password: anyValue }),
    fc.record({ label: fc.oneof(fc.constant(''), fc.constant('x'.repeat(101)), fc.integer()) }),
    fc.constant(deepNesting(2_000)),
    fc.constant({ __proto__: { isAdmin: true } }),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "label": "x"}') as unknown),
    fc.constant({ constructor: { prototype: { polluted: true } } }),
  );
}

/** A raw payload: JSON text (sometimes broken), under or over the 1 MB limit. */
const rawPayload = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,2', 'undefined', "{'a':1}", '\u0000', '{"a":"\\u0000"}'),
  fc.constant(`{"label":"${'x'.repeat(1_100_000)}"}`),
  fc.string({ maxLength: 50 }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
);

let j: Journal;
let device: PairedDevice;
let coachCookieHeader: string;
let claimantId: string;

beforeAll(async () => {
  j = await openJournal();
  const coach = await addTestCoach(j);
  coachCookieHeader = await coachCookie(j, coach.id);
  const claimant = await pairedClaimant(j, coachCookieHeader);
  claimantId = claimant.id;
  device = claimant.device;
  await syncDevice(j, device, [
    mutation(
      'aboutMe',
      randomUUID(),
      { enjoy: 'Gardening', sharing: 'shared' },
      hlc(Date.now(), 'd'),
    ),
  ]);
});
afterAll(() => j.close());

function headersFor(auth: Auth, forged: string): Record<string, string> {
  switch (auth) {
    case 'none':
      return { origin: ORIGIN };
    case 'device':
      return asDevice(device.deviceToken, { headers: { origin: ORIGIN } }).headers as Record<
        string,
        string
      >;
    case 'coach':
      return asCoach(coachCookieHeader, { headers: {} }).headers as Record<string, string>;
    case 'forged':
      return forged.length % 2
        ? { origin: ORIGIN, authorization: `Bearer ${forged}` }
        : { origin: ORIGIN, cookie: `waymark_session=${encodeURIComponent(forged)}` };
  }
}

/** A path parameter that names nothing of the caller's: junk, a random id, or someone else's. */
const hostileParam = fc.oneof(
  fc.uuid(),
  fc.constantFrom('..', '%2e%2e', 'null', '0', '-1', 'x'.repeat(300), "1'--", '%00'),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
);

describe(`bad input to every route (${testDatabaseKind}, seed ${SEED})`, () => {
  it('the fuzz table covers every API route', () => {
    const actual = registeredRoutes(j.app)
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(actual).toEqual(ROUTES.map((r) => `${r.method} ${r.url}`).sort());
  });

  it(`never answers 5xx and changes nothing (${PER_ROUTE} requests per route and more)`, async () => {
    const before = await snapshot(j);
    let sent = 0;
    const statuses = new Map<number, number>();
    const check = async (options: InjectOptions, label: string, publicRead = false) => {
      const response = await j.app.inject(options);
      sent += 1;
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (publicRead && response.statusCode === 200) return;
      if (response.statusCode >= 500 || response.statusCode < 400) {
        throw new Error(`${label} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      }
      const error = (response.json() as { error?: { code?: unknown; message?: unknown } }).error;
      if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
        throw new Error(
          `${label} answered without the error envelope: ${response.body.slice(0, 200)}`,
        );
      }
    };

    for (const [index, route] of ROUTES.entries()) {
      const requests = fc.sample(
        fc.record({
          auth: fc.constantFrom(...route.auth),
          forged: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), hostileString),
          params: fc.array(hostileParam, { minLength: 2, maxLength: 2 }),
          body: hostileBody(device.deviceId),
          raw: fc.option(fc.tuple(rawPayload, contentType), { freq: 4 }),
          query: fc.option(fc.string({ maxLength: 20 }), { freq: 3 }),
        }),
        { numRuns: PER_ROUTE, seed: SEED + index },
      );
      for (const r of requests) {
        let url = route.url;
        (route.params ?? []).forEach((name, i) => {
          url = url.replace(`:${name}`, encodeURIComponent(r.params[i] ?? 'x'));
        });
        if (r.query !== null) url += `?${encodeURIComponent(r.query)}=1`;
        const headers = headersFor(r.auth, r.forged);
        const options: InjectOptions = { method: route.method, url, headers };
        if (route.method === 'POST' && route.body === 'hostile') {
          if (r.raw) {
            options.payload = r.raw[0];
            if (r.raw[1]) headers['content-type'] = r.raw[1];
          } else {
            options.payload = JSON.stringify(r.body) ?? 'null';
            headers['content-type'] = 'application/json';
          }
        }
        await check(options, `${route.method} ${url.slice(0, 120)} as ${r.auth}`, route.publicRead);
      }
    }

    // The sync routes once more, with the real credentials and a well-formed envelope around
    // one bad mutation: the commonest way a buggy or hostile client could try to slip through.
    const syncCases = fc.sample(fc.array(badMutation, { minLength: 1, maxLength: 4 }), {
      numRuns: 1_000,
      seed: SEED - 1,
    });
    for (const mutations of syncCases) {
      await check(
        asDevice(device.deviceToken, {
          method: 'POST',
          url: '/api/sync',
          payload: { deviceId: device.deviceId, since: '', mutations } as never,
        }),
        'device sync',
      );
      await check(
        asCoach(coachCookieHeader, {
          method: 'POST',
          url: `/api/coach/claimants/${claimantId}/sync`,
          payload: { since: '', mutations } as never,
        }),
        'coach sync',
      );
    }

    // The report with the real cookie and a hostile period: junk, impossible dates, dates in
    // the wrong order or too far apart, repeated parameters.
    const badDay = fc.oneof(
      junkString,
      fc.constantFrom(
        '2026-02-30',
        '2026-13-01',
        '0000-00-00',
        '2026-1-1',
        '20260101',
        '9999-99-99',
      ),
    );
    const periods = fc.sample(
      fc.oneof(
        fc.record({ from: badDay, to: fc.constant('2026-03-31') }),
        fc.record({ from: fc.constant('2026-01-01'), to: badDay }),
        fc.constant({ from: '2026-04-01', to: '2026-03-31' }),
        fc.constant({ from: '1900-01-01', to: '2026-03-31' }),
        fc.constant({ from: ['2026-01-01', '2026-02-01'], to: '2026-03-31' }),
      ),
      { numRuns: 300, seed: SEED - 2 },
    );
    for (const p of periods) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(p)) {
        for (const v of [value].flat()) query.append(key, String(v));
      }
      for (const path of ['/api/coach/report', '/api/coach/report.csv']) {
        await check(
          asCoach(coachCookieHeader, { method: 'GET', url: `${path}?${query.toString()}` }),
          `report ${query.toString().slice(0, 80)}`,
        );
      }
    }

    expect(sent).toBeGreaterThanOrEqual(10_000);
    console.log(
      `fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    const health = await j.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(await snapshot(j)).toEqual(before);
  }, 600_000);
});
