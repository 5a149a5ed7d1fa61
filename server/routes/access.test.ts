/**
 * Who may call what: every API route the app registers, called by every kind of caller
 * (anonymous, the claimant's device, another claimant's device, a revoked device, the coach,
 * another coach, an expired session). The table below must list every route, so a new route
 * cannot be added without deciding who may call it. Refusals change nothing.
 */
import { randomUUID } from 'node:crypto';
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
  newCode,
  openJournal,
  ORIGIN,
  pair,
  pairedClaimant,
  snapshot,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';

const ROLES = [
  'anonymous',
  'claimant',
  'otherClaimant',
  'revokedDevice',
  'coach',
  'otherCoach',
  'expiredSession',
] as const;
type Role = (typeof ROLES)[number];

interface World {
  coachId: string;
  otherCoachId: string;
  claimantId: string;
  device: PairedDevice;
  otherDevice: PairedDevice;
  revoked: PairedDevice;
  /** Devices of the claimant that the revoke routes may revoke. */
  spareForClaimant: PairedDevice;
  spareForCoach: PairedDevice;
  /** Phones of two more claimants (of the coach and of the other coach), for "delete my data". */
  doomed: PairedDevice;
  otherDoomed: PairedDevice;
  /** A claimant of the coach's whose data was deleted at their request. */
  tombstoneId: string;
}

/**
 * Who the route is for, and whose data it touches: 'own' (the caller's own data, so every
 * caller of the right kind succeeds) or 'claimant' (the test claimant's, so only their device
 * or their coach succeeds and the others get 404).
 */
type Access =
  | { kind: 'public'; status: number }
  | { kind: 'device' | 'coach'; scope: 'own' | 'claimant'; ok: number };

interface RouteCase {
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  path?: (w: World) => string;
  body?: (w: World, role: Role) => unknown;
  /** Other phones for the device roles, when the route must not act on the test claimant. */
  device?: (w: World, role: Role) => PairedDevice | undefined;
}

const deviceOf = (w: World, role: Role): PairedDevice | undefined =>
  role === 'claimant'
    ? w.device
    : role === 'otherClaimant'
      ? w.otherDevice
      : role === 'revokedDevice'
        ? w.revoked
        : undefined;

const ROUTES: RouteCase[] = [
  { method: 'GET', url: '/api/health', access: { kind: 'public', status: 200 } },
  {
    method: 'POST',
    url: '/api/pair',
    access: { kind: 'public', status: 400 },
    body: () => ({ code: 'ABCD-EFGH' }),
  },
  {
    method: 'POST',
    url: '/api/coach/login',
    access: { kind: 'public', status: 401 },
    body: () => ({ email: 'nobody@example.org', password: 'wrong password' }),
  },
  {
    method: 'POST',
    url: '/api/sync',
    access: { kind: 'device', scope: 'own', ok: 200 },
    body: (w, role) => ({
      deviceId: deviceOf(w, role)?.deviceId ?? randomUUID(),
      since: '',
      mutations: [],
    }),
  },
  { method: 'GET', url: '/api/devices', access: { kind: 'device', scope: 'own', ok: 200 } },
  {
    method: 'POST',
    url: '/api/me/delete',
    access: { kind: 'device', scope: 'own', ok: 200 },
    body: () => ({ confirm: 'deleteEverything' }),
    // It deletes the caller's own claimant: claimants of their own, so the others stay.
    device: (w, role) =>
      role === 'claimant' ? w.doomed : role === 'otherClaimant' ? w.otherDoomed : deviceOf(w, role),
  },
  {
    method: 'POST',
    url: '/api/devices/:id/revoke',
    access: { kind: 'device', scope: 'claimant', ok: 200 },
    path: (w) => `/api/devices/${w.spareForClaimant.deviceId}/revoke`,
  },
  { method: 'GET', url: '/api/coach/me', access: { kind: 'coach', scope: 'own', ok: 200 } },
  { method: 'POST', url: '/api/coach/logout', access: { kind: 'coach', scope: 'own', ok: 204 } },
  { method: 'GET', url: '/api/coach/claimants', access: { kind: 'coach', scope: 'own', ok: 200 } },
  {
    method: 'POST',
    url: '/api/coach/claimants',
    access: { kind: 'coach', scope: 'own', ok: 201 },
    body: () => ({ label: 'New' }),
  },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id',
    access: { kind: 'coach', scope: 'claimant', ok: 200 },
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/remove',
    access: { kind: 'coach', scope: 'claimant', ok: 204 },
    path: (w) => `/api/coach/claimants/${w.tombstoneId}/remove`,
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/pairing-codes',
    access: { kind: 'coach', scope: 'claimant', ok: 201 },
  },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id/devices',
    access: { kind: 'coach', scope: 'claimant', ok: 200 },
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/devices/:deviceId/revoke',
    access: { kind: 'coach', scope: 'claimant', ok: 200 },
    path: (w) => `/api/coach/claimants/${w.claimantId}/devices/${w.spareForCoach.deviceId}/revoke`,
  },
  {
    method: 'GET',
    url: '/api/coach/claimants/:id/records',
    access: { kind: 'coach', scope: 'claimant', ok: 200 },
  },
  {
    method: 'POST',
    url: '/api/coach/claimants/:id/sync',
    access: { kind: 'coach', scope: 'claimant', ok: 200 },
    body: () => ({ since: '', mutations: [] }),
  },
  {
    method: 'GET',
    url: '/api/coach/report',
    access: { kind: 'coach', scope: 'own', ok: 200 },
    path: () => '/api/coach/report?from=2026-01-01&to=2026-03-31',
  },
  {
    method: 'GET',
    url: '/api/coach/report.csv',
    access: { kind: 'coach', scope: 'own', ok: 200 },
    path: () => '/api/coach/report.csv?from=2026-01-01&to=2026-03-31',
  },
];

function expected(access: Access, role: Role): number {
  if (access.kind === 'public') return access.status;
  const mine = access.kind === 'device' ? 'claimant' : 'coach';
  const other = access.kind === 'device' ? 'otherClaimant' : 'otherCoach';
  if (role === mine) return access.ok;
  if (role === other) return access.scope === 'own' ? access.ok : 404;
  return 401;
}

let j: Journal;
let w: World;

/** A claimant of this coach whose phone asked for everything to be deleted. */
async function tombstone(cookie: string): Promise<string> {
  const claimant = await pairedClaimant(j, cookie);
  const deleted = await j.app.inject(
    asDevice(claimant.device.deviceToken, {
      method: 'POST',
      url: '/api/me/delete',
      payload: { confirm: 'deleteEverything' },
    }),
  );
  expect(deleted.statusCode).toBe(200);
  return claimant.id;
}

beforeAll(async () => {
  j = await openJournal();
  const coach = await addTestCoach(j);
  const otherCoach = await addTestCoach(j, 'Another Office');
  const cookie = await coachCookie(j, coach.id);
  const otherCookie = await coachCookie(j, otherCoach.id);
  const claimant = await pairedClaimant(j, cookie);
  const other = await pairedClaimant(j, otherCookie);
  const revoked = await pair(j, await newCode(j, cookie, claimant.id));
  await j.app.inject(
    asCoach(cookie, {
      method: 'POST',
      url: `/api/coach/claimants/${claimant.id}/devices/${revoked.deviceId}/revoke`,
    }),
  );
  w = {
    coachId: coach.id,
    otherCoachId: otherCoach.id,
    claimantId: claimant.id,
    device: claimant.device,
    otherDevice: other.device,
    revoked,
    spareForClaimant: await pair(j, await newCode(j, cookie, claimant.id)),
    spareForCoach: await pair(j, await newCode(j, cookie, claimant.id)),
    doomed: (await pairedClaimant(j, cookie)).device,
    otherDoomed: (await pairedClaimant(j, otherCookie)).device,
    tombstoneId: await tombstone(cookie),
  };
  await syncDevice(j, w.device, [
    mutation('aboutMe', randomUUID(), { enjoy: 'Secret', sharing: 'shared' }, hlc(Date.now(), 'd')),
  ]);
});
afterAll(() => j.close());

async function headersFor(role: Role, route?: RouteCase): Promise<Record<string, string>> {
  const base = { origin: ORIGIN };
  const device = route?.device ? route.device(w, role) : deviceOf(w, role);
  if (device)
    return asDevice(device.deviceToken, { headers: base }).headers as Record<string, string>;
  if (role === 'coach') return { ...base, cookie: await coachCookie(j, w.coachId) };
  if (role === 'otherCoach') return { ...base, cookie: await coachCookie(j, w.otherCoachId) };
  if (role === 'expiredSession') return { ...base, cookie: await coachCookie(j, w.coachId, -1) };
  return base;
}

/** The role that succeeds on a 'claimant' route goes last, so a revoke happens after the refusals. */
function rolesInOrder(access: Access): Role[] {
  if (access.kind === 'public') return [...ROLES];
  const owner: Role = access.kind === 'device' ? 'claimant' : 'coach';
  return [...ROLES.filter((r) => r !== owner), owner];
}

describe(`every API route for every caller (${testDatabaseKind})`, () => {
  it('the table lists exactly the API routes the app has', () => {
    const actual = registeredRoutes(j.app)
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(actual).toEqual(ROUTES.map((r) => `${r.method} ${r.url}`).sort());
  });

  for (const route of ROUTES) {
    it(`${route.method} ${route.url}`, async () => {
      for (const role of rolesInOrder(route.access)) {
        const headers = await headersFor(role, route);
        const url = route.path?.(w) ?? route.url.replace(':id', w.claimantId);
        const before = await snapshot(j);
        const body = route.body?.(w, role);
        const response = await j.app.inject({
          method: route.method,
          url,
          headers,
          ...(body === undefined ? {} : { payload: body as never }),
        });
        const want = expected(route.access, role);
        expect(response.statusCode, `${role}: ${response.body}`).toBe(want);
        if (want >= 400) {
          expect(response.json().error.code, role).toEqual(expect.any(String));
          expect(await snapshot(j), `${role} changed something`).toEqual(before);
        }
      }
    });
  }

  it('shows nothing of one claimant to another claimant or another coach', async () => {
    const otherCaseload = await j.app.inject({
      method: 'GET',
      url: '/api/coach/claimants',
      headers: await headersFor('otherCoach'),
    });
    expect(JSON.stringify(otherCaseload.json())).not.toContain(w.claimantId);
    const theirDevices = await j.app.inject(
      asDevice(w.otherDevice.deviceToken, { method: 'GET', url: '/api/devices' }),
    );
    expect(theirDevices.json().devices.map((d: { id: string }) => d.id)).toEqual([
      w.otherDevice.deviceId,
    ]);
    const theirSync = await syncDevice(j, w.otherDevice, []);
    expect(theirSync.json().changes).toEqual([]);
    const mine = await syncDevice(j, w.device, []);
    expect(mine.json().changes).toHaveLength(1);
    const caseload = await j.app.inject({
      method: 'GET',
      url: '/api/coach/claimants',
      headers: await headersFor('coach'),
    });
    expect(caseload.json().claimants.map((c: { id: string }) => c.id)).toContain(w.claimantId);
  });

  it('lets a claimant disconnect this phone, after which its token stops working', async () => {
    const me = await pair(j, await newCode(j, await coachCookie(j, w.coachId), w.claimantId));
    const response = await j.app.inject(
      asDevice(me.deviceToken, { method: 'POST', url: `/api/devices/${me.deviceId}/revoke` }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().device.revokedAt).toEqual(expect.any(String));
    const after = await j.app.inject(
      asDevice(me.deviceToken, { method: 'GET', url: '/api/devices' }),
    );
    expect(after.statusCode).toBe(401);
    const audit = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'device.revoke' and actor_id = $1`,
      [me.deviceId],
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('records the coach reading shared records in the audit log', async () => {
    const before = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'record.read' and actor_id = $1`,
      [w.coachId],
    );
    const response = await j.app.inject({
      method: 'GET',
      url: `/api/coach/claimants/${w.claimantId}/records`,
      headers: await headersFor('coach'),
    });
    expect(response.json().records).toMatchObject([
      { recordKind: 'aboutMe', record: { enjoy: 'Secret' } },
    ]);
    const after = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'record.read' and actor_id = $1`,
      [w.coachId],
    );
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
  });

  it('treats a malformed claimant or device id as not found', async () => {
    const headers = await headersFor('coach');
    for (const url of [
      '/api/coach/claimants/not-a-uuid',
      `/api/coach/claimants/${randomUUID()}`,
      '/api/coach/claimants/not-a-uuid/devices',
      `/api/coach/claimants/${randomUUID()}/records`,
      `/api/coach/claimants/${w.claimantId}/devices/not-a-uuid/revoke`,
      `/api/coach/claimants/${w.claimantId}/devices/${w.otherDevice.deviceId}/revoke`,
    ]) {
      const method = url.endsWith('revoke') ? 'POST' : 'GET';
      const response = await j.app.inject({ method, url, headers });
      expect(response.statusCode, url).toBe(404);
    }
    const device = await j.app.inject(
      asDevice(w.device.deviceToken, {
        method: 'POST',
        url: '/api/devices/nope/revoke',
        headers: { origin: ORIGIN },
      }),
    );
    expect(device.statusCode).toBe(404);
  });
});
