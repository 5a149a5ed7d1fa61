/**
 * "Delete my data" at the claimant's request (POST /api/me/delete): everything the server holds
 * about the claimant goes in one transaction, the claimants row stays as a tombstone with only
 * the coach's label and when, the audit log keeps one entry saying only that it happened, the
 * phones' tokens stop working, asking again is safe, a device can only delete its own claimant,
 * bad bodies change nothing, the coach sees the tombstone and cannot read or write any more,
 * and anonymous feedback is not touched.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadEntryResponseSchema, caseloadResponseSchema } from '../../src/domain/caseload';
import type { Mutation } from '../../src/domain/sync';
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
  syncCoach,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';

const CONFIRM = { confirm: 'deleteEverything' };
const now = Date.now();

let j: Journal;
let coachId: string;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  j = await openJournal();
  coachId = (await addTestCoach(j, 'Deletion Office')).id;
  cookie = await coachCookie(j, coachId);
  otherCookie = await coachCookie(j, (await addTestCoach(j, 'Deletion Office')).id);
});
afterAll(() => j.close());

function deleteMe(device: PairedDevice | string, payload: unknown = CONFIRM) {
  const token = typeof device === 'string' ? device : device.deviceToken;
  return j.app.inject(
    asDevice(token, { method: 'POST', url: '/api/me/delete', payload: payload as never }),
  );
}

function asTheCoach(method: 'GET' | 'POST', url: string, payload?: unknown, as = cookie) {
  return j.app.inject(
    asCoach(as, { method, url, ...(payload === undefined ? {} : { payload: payload as never }) }),
  );
}

/** A claimant with two connected phones, one disconnected phone, an unused code and history. */
async function claimantWithHistory(secret: string) {
  const claimant = await pairedClaimant(j, cookie);
  const second = await pair(j, await newCode(j, cookie, claimant.id));
  const revoked = await pair(j, await newCode(j, cookie, claimant.id));
  await j.app.inject(
    asDevice(revoked.deviceToken, {
      method: 'POST',
      url: `/api/devices/${revoked.deviceId}/revoke`,
    }),
  );
  const stamp = (n: number) => hlc(now - 60_000 + n, 'phone');
  const phone: Mutation[] = [
    mutation('aboutMe', randomUUID(), { enjoy: secret, sharing: 'shared' }, stamp(1)),
    mutation('aboutMe', randomUUID(), { enjoy: `${secret} private`, sharing: 'private' }, stamp(2)),
    mutation(
      'checkIn',
      randomUUID(),
      { sharing: 'shared', status: 'done', feelingToday: secret },
      stamp(3),
    ),
    mutation('action', randomUUID(), { text: `${secret} action`, sharing: 'shared' }, stamp(4)),
    mutation('journalEntry', randomUUID(), { author: 'claimant', text: secret }, stamp(5)),
  ];
  expect((await syncDevice(j, claimant.device, phone)).statusCode).toBe(200);
  // A write refused by the permissions (a phone writing as the coach) is remembered too.
  const refused = await syncDevice(j, second, [
    mutation('journalEntry', randomUUID(), { author: 'coach', text: secret }, stamp(6)),
  ]);
  expect(refused.json().rejected).toHaveLength(1);
  // An anonymous feedback: it has no link to them, and stays.
  const feedback = randomUUID();
  await syncDevice(j, claimant.device, [
    mutation(
      'feedback',
      feedback,
      {
        about: 'course',
        helpful: 5,
        comment: `${secret} anonymous`,
        anonymous: true,
        status: 'sent',
        sentAt: new Date(now).toISOString(),
      },
      stamp(7),
    ),
  ]);
  // The coach writes, reads (audited, marks seen) and makes a new code.
  const write = await syncCoach(j, cookie, claimant.id, [
    mutation('journalEntry', randomUUID(), { author: 'coach', text: `${secret} note` }, stamp(8)),
    mutation(
      'appointment',
      randomUUID(),
      { at: new Date(now + 86_400_000).toISOString(), place: secret, source: 'coach' },
      stamp(9),
    ),
  ]);
  expect(write.json().acked).toHaveLength(2);
  expect((await asTheCoach('GET', `/api/coach/claimants/${claimant.id}/records`)).statusCode).toBe(
    200,
  );
  const unusedCode = await newCode(j, cookie, claimant.id);
  return { ...claimant, second, revoked, unusedCode };
}

/** Every row of every table, as JSON text, that mentions `needle`. */
async function rowsMentioning(needle: string): Promise<string[]> {
  const tables = await j.db.query<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = await j.db.query<{ row: string }>(
      `select to_jsonb(t)::text as row from "${table}" t where to_jsonb(t)::text like $1`,
      [`%${needle}%`],
    );
    found.push(...rows.rows.map((r) => `${table}: ${r.row}`));
  }
  return found;
}

/** Rows per table that have a claimant_id column, for one claimant. */
async function rowsOfClaimant(claimantId: string): Promise<Record<string, number>> {
  const tables = await j.db.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = current_schema() and column_name = 'claimant_id' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables.rows) {
    const result = await j.db.query<{ n: number }>(
      `select count(*)::int as n from "${table}" where claimant_id = $1`,
      [claimantId],
    );
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

describe(`deleting a claimant's data at their request (${testDatabaseKind})`, () => {
  it('deletes everything held about them and keeps only a tombstone and one audit entry', async () => {
    const secret = `Secret-${randomUUID()}`;
    const x = await claimantWithHistory(secret);
    const bystander = await claimantWithHistory(`Bystander-${randomUUID()}`);
    const bystanderBefore = await rowsOfClaimant(bystander.id);
    const anonymousBefore = await j.db.query('select * from anonymous_feedback order by id');
    expect(await rowsMentioning(secret)).not.toEqual([]);

    const response = await deleteMe(x.device);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ deleted: true });

    // Nothing about them in any table with a claimant id but the one audit entry.
    const left = await rowsOfClaimant(x.id);
    expect(Object.keys(left)).toEqual(
      expect.arrayContaining(['records', 'devices', 'pairing_codes', 'claimant_sync_days']),
    );
    expect(left).toEqual(
      Object.fromEntries(Object.keys(left).map((t) => [t, t === 'audit_log' ? 1 : 0])),
    );
    // Nothing they or the coach wrote about them is anywhere, except the anonymous feedback.
    expect(await rowsMentioning(secret)).toEqual([
      expect.stringMatching(/^anonymous_feedback: .*anonymous/),
    ]);
    // Their id is only in the tombstone and the one audit entry; their phones' ids nowhere but
    // as the actor of that entry.
    expect((await rowsMentioning(x.id)).map((r) => r.split(':')[0])).toEqual(
      expect.arrayContaining(['claimants', 'audit_log']),
    );
    expect(await rowsMentioning(x.id)).toHaveLength(2);
    expect(await rowsMentioning(x.second.deviceId)).toEqual([]);
    expect(await rowsMentioning(x.revoked.deviceId)).toEqual([]);

    const tombstone = await j.db.query(
      'select label, coach_id, deleted_reason, deleted_at from claimants where id = $1',
      [x.id],
    );
    expect(tombstone.rows).toEqual([
      {
        label: 'A.B.',
        coach_id: coachId,
        deleted_reason: 'claimant_request',
        deleted_at: expect.any(Date),
      },
    ]);
    const audit = await j.db.query(
      `select actor_kind, actor_id, action, record_kind, record_id, detail from audit_log
       where claimant_id = $1 or actor_id = any($2::uuid[])`,
      [x.id, [x.device.deviceId, x.second.deviceId, x.revoked.deviceId]],
    );
    expect(audit.rows).toEqual([
      {
        actor_kind: 'device',
        actor_id: x.device.deviceId,
        action: 'claimant.delete',
        record_kind: null,
        record_id: null,
        detail: { reason: 'claimant_request' },
      },
    ]);

    // Other claimants and anonymous feedback are untouched.
    expect(await rowsOfClaimant(bystander.id)).toEqual(bystanderBefore);
    expect((await j.db.query('select * from anonymous_feedback order by id')).rows).toEqual(
      anonymousBefore.rows,
    );
    expect((await syncDevice(j, bystander.device, [])).json().changes).not.toEqual([]);
  });

  it('refuses every token of theirs afterwards, and answers a repeat with the same 200', async () => {
    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    expect((await deleteMe(x.device)).statusCode).toBe(200);

    for (const device of [x.device, x.second, x.revoked]) {
      expect((await syncDevice(j, device, [])).statusCode).toBe(401);
      const devices = await j.app.inject(
        asDevice(device.deviceToken, { method: 'GET', url: '/api/devices' }),
      );
      expect(devices.statusCode).toBe(401);
    }
    // The first answer lost on the way: asking again (from either connected phone) is done.
    const before = await snapshot(j);
    for (const device of [x.device, x.second]) {
      const again = await deleteMe(device);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toEqual({ deleted: true });
    }
    // A phone disconnected before is just not connected.
    expect((await deleteMe(x.revoked)).statusCode).toBe(401);
    // Asking again still needs the confirmation.
    expect((await deleteMe(x.device, {})).statusCode).toBe(400);
    expect(await snapshot(j)).toEqual(before);
    // Its unused pairing code cannot connect a phone to the tombstone.
    const paired = await j.app.inject({
      method: 'POST',
      url: '/api/pair',
      payload: { code: x.unusedCode },
    });
    expect(paired.statusCode).toBe(400);
    const count = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where claimant_id = $1`,
      [x.id],
    );
    expect(count.rows[0]!.n).toBe(1);
  });

  it("lets a device delete only its own claimant's data", async () => {
    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    const other = await pairedClaimant(j, otherCookie);
    const xBefore = await rowsOfClaimant(x.id);

    // Naming someone else in the body is refused, and changes nothing.
    const named = await deleteMe(other.device, { ...CONFIRM, claimantId: x.id });
    expect(named.statusCode).toBe(400);
    expect(await rowsOfClaimant(other.id)).toMatchObject({ devices: 1 });

    // Their own deletion touches only them.
    expect((await deleteMe(other.device)).statusCode).toBe(200);
    expect(await rowsOfClaimant(x.id)).toEqual(xBefore);
    expect((await syncDevice(j, x.device, [])).statusCode).toBe(200);
    const tombstones = await j.db.query<{ id: string }>(
      `select id from claimants where deleted_at is not null and id = any($1::uuid[])`,
      [[x.id, other.id]],
    );
    expect(tombstones.rows.map((r) => r.id)).toEqual([other.id]);
  });

  it('refuses bad bodies and missing or wrong tokens with 4xx, changing nothing', async () => {
    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    const before = await snapshot(j);
    const bodies: unknown[] = [
      {},
      { confirm: 'yes' },
      { confirm: 'DELETEEVERYTHING' },
      { confirm: true },
      { confirm: 'deleteEverything', extra: 1 },
      [CONFIRM],
      'deleteEverything',
      null,
      42,
    ];
    for (const body of bodies) {
      const response = await j.app.inject(
        asDevice(x.device.deviceToken, {
          method: 'POST',
          url: '/api/me/delete',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        }),
      );
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toEqual(expect.any(String));
    }
    const plain = await j.app.inject(
      asDevice(x.device.deviceToken, {
        method: 'POST',
        url: '/api/me/delete',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify(CONFIRM),
      }),
    );
    expect(plain.statusCode).toBe(415);
    const anonymous = await j.app.inject({
      method: 'POST',
      url: '/api/me/delete',
      payload: CONFIRM,
      headers: { origin: ORIGIN },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await deleteMe('f'.repeat(43))).statusCode).toBe(401);
    // A coach's session is not a device.
    expect((await asTheCoach('POST', '/api/me/delete', CONFIRM)).statusCode).toBe(401);
    expect(await snapshot(j)).toEqual(before);
  });

  it('shows the coach a tombstone and refuses reading or writing their journal', async () => {
    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    expect((await deleteMe(x.device)).statusCode).toBe(200);

    const one = await asTheCoach('GET', `/api/coach/claimants/${x.id}`);
    expect(one.statusCode).toBe(200);
    const entry = caseloadEntryResponseSchema.parse(one.json()).claimant;
    expect(entry).toEqual({
      id: x.id,
      label: 'A.B.',
      createdAt: expect.any(String),
      lastActivity: null,
      lastViewedAt: null,
      devices: 0,
      pairing: null,
      whatsNew: { count: 0, kinds: [] },
      deleted: { at: expect.any(String), reason: 'claimantRequest' },
    });
    const list = caseloadResponseSchema.parse(
      (await asTheCoach('GET', '/api/coach/claimants')).json(),
    );
    expect(list.claimants.find((c) => c.id === x.id)).toEqual(entry);

    const before = await snapshot(j);
    const base = `/api/coach/claimants/${x.id}`;
    for (const [method, url, body] of [
      ['GET', `${base}/records`, undefined],
      ['GET', `${base}/devices`, undefined],
      ['POST', `${base}/pairing-codes`, undefined],
      ['POST', `${base}/devices/${x.second.deviceId}/revoke`, undefined],
      ['POST', `${base}/sync`, { since: '', mutations: [] }],
      [
        'POST',
        `${base}/sync`,
        {
          since: '',
          mutations: [
            mutation('journalEntry', randomUUID(), { author: 'coach', text: 'Hi' }, hlc(now, 'c')),
          ],
        },
      ],
    ] as const) {
      const response = await asTheCoach(method, url, body);
      expect(response.statusCode, url).toBe(410);
      expect(response.json().error.code).toBe('claimant_deleted');
      expect(response.json().error.message).toMatch(
        /asked for everything about them to be deleted/,
      );
    }
    expect(await snapshot(j)).toEqual(before);

    // Another coach still learns nothing about it.
    const theirs = await asTheCoach('GET', base, undefined, otherCookie);
    expect(theirs.statusCode).toBe(404);
    const theirList = await asTheCoach('GET', '/api/coach/claimants', undefined, otherCookie);
    expect(theirList.body).not.toContain(x.id);
  });

  it('lets the coach take the tombstone off the caseload, and only a tombstone', async () => {
    const live = await pairedClaimant(j, cookie);
    const refused = await asTheCoach('POST', `/api/coach/claimants/${live.id}/remove`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('not_deleted');
    expect((await syncDevice(j, live.device, [])).statusCode).toBe(200);

    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    expect((await deleteMe(x.device)).statusCode).toBe(200);
    const url = `/api/coach/claimants/${x.id}/remove`;
    expect((await asTheCoach('POST', url, undefined, otherCookie)).statusCode).toBe(404);
    const removed = await asTheCoach('POST', url);
    expect(removed.statusCode).toBe(204);
    const list = caseloadResponseSchema.parse(
      (await asTheCoach('GET', '/api/coach/claimants')).json(),
    );
    expect(list.claimants.map((c) => c.id)).not.toContain(x.id);
    expect(list.claimants.map((c) => c.id)).toContain(live.id);
    expect((await asTheCoach('GET', `/api/coach/claimants/${x.id}`)).statusCode).toBe(404);
    expect((await asTheCoach('POST', url)).statusCode).toBe(404);
    // The label is gone; the audit log keeps that it was deleted, and that it was removed.
    expect(await rowsMentioning('A.B.')).not.toContainEqual(expect.stringContaining(x.id));
    const audit = await j.db.query<{ action: string; actor_id: string; detail: unknown }>(
      'select action, actor_id, detail from audit_log where claimant_id = $1 order by id',
      [x.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'claimant.delete',
        actor_id: x.device.deviceId,
        detail: { reason: 'claimant_request' },
      },
      { action: 'claimant.remove', actor_id: coachId, detail: null },
    ]);
  });

  it('leaves nothing behind when a sync and the deletion arrive together', async () => {
    const x = await claimantWithHistory(`Secret-${randomUUID()}`);
    const late = `Late-${randomUUID()}`;
    const [sync, erase] = await Promise.all([
      syncDevice(j, x.second, [
        mutation('aboutMe', randomUUID(), { enjoy: late, sharing: 'shared' }, hlc(now, 'p2')),
      ]),
      deleteMe(x.device),
      syncCoach(j, cookie, x.id, [
        mutation('journalEntry', randomUUID(), { author: 'coach', text: late }, hlc(now, 'c')),
      ]),
    ]);
    expect(erase.statusCode).toBe(200);
    expect([200, 401]).toContain(sync.statusCode);
    expect(await rowsMentioning(late)).toEqual([]);
    const left = await rowsOfClaimant(x.id);
    expect(Object.values(left).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('is rate-limited per device', async () => {
    const limited = await openJournal({ deleteMe: { max: 2, timeWindow: '1 minute' } });
    try {
      const coach = await addTestCoach(limited);
      const c = await coachCookie(limited, coach.id);
      const claimant = await pairedClaimant(limited, c);
      const ask = () =>
        limited.app.inject(
          asDevice(claimant.device.deviceToken, {
            method: 'POST',
            url: '/api/me/delete',
            payload: {},
          }),
        );
      expect((await ask()).statusCode).toBe(400);
      expect((await ask()).statusCode).toBe(400);
      const third = await ask();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
