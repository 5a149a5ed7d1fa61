/**
 * POST /api/sync (and the coach's own sync): idempotency, per-field merge by HLC across two
 * devices and a coach, write permissions, un-sharing, cursors and paging, clock drift, size
 * limits, and bad input that changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MUTATIONS_PER_REQUEST } from '../../src/domain/sync';
import { syncResponseSchema } from '../../src/domain/sync';
import { testDatabaseKind } from '../test/db';
import {
  addTestCoach,
  asDevice,
  coachCookie,
  hlc,
  mutation,
  newCode,
  openJournal,
  pair,
  pairedClaimant,
  snapshot,
  syncCoach,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';

let j: Journal;
let cookie: string;

beforeAll(async () => {
  j = await openJournal();
  const coach = await addTestCoach(j);
  cookie = await coachCookie(j, coach.id);
});
afterAll(() => j.close());

const now = Date.now();

async function serverRecord(id: string): Promise<Record<string, unknown>> {
  const result = await j.db.query<{ data: Record<string, unknown> }>(
    'select data from records where id = $1',
    [id],
  );
  return result.rows[0]!.data;
}

describe(`POST /api/sync (${testDatabaseKind})`, () => {
  it('applies a mutation once, acknowledges it every time, and returns valid changes', async () => {
    const { device } = await pairedClaimant(j, cookie);
    const id = randomUUID();
    const m = mutation('aboutMe', id, { enjoy: 'Gardening', sharing: 'shared' }, hlc(now, 'dev-a'));

    const first = await syncDevice(j, device, [m]);
    expect(first.statusCode).toBe(200);
    const body = syncResponseSchema.parse(first.json());
    expect(body.acked).toEqual([m.mutationId]);
    expect(body.changes).toHaveLength(1);
    expect(body.changes[0]!.record).toMatchObject({ id, enjoy: 'Gardening', sharing: 'shared' });

    const seqBefore = await j.db.query('select seq from records where id = $1', [id]);
    const again = await syncDevice(j, device, [m, m], body.cursor);
    expect(again.statusCode).toBe(200);
    expect(again.json().acked).toEqual([m.mutationId, m.mutationId]);
    expect(again.json().changes).toEqual([]);
    expect(again.json().cursor).toBe(body.cursor);
    const seqAfter = await j.db.query('select seq from records where id = $1', [id]);
    expect(seqAfter.rows).toEqual(seqBefore.rows);
    const applied = await j.db.query<{ n: number }>(
      'select count(*)::int as n from applied_mutations where mutation_id = $1',
      [m.mutationId],
    );
    expect(applied.rows[0]!.n).toBe(1);
    const audits = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'record.write' and record_id = $1
         and actor_kind = 'device' and actor_id = $2`,
      [id, device.deviceId],
    );
    expect(audits.rows[0]!.n).toBe(1);
  });

  it('merges per field by HLC: two devices and the coach, in any order and with repeats', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const second = await pair(j, await newCode(j, cookie, claimant.id));
    const id = randomUUID();
    const a1 = mutation(
      'action',
      id,
      { text: 'Call the college', proposedBy: 'claimant', status: 'toDo' },
      hlc(now, 'dev-a'),
    );
    const b1 = mutation('action', id, { text: 'Call the college today' }, hlc(now + 10, 'dev-b'));
    const c1 = mutation(
      'action',
      id,
      { requirement: 'agreedRequirement', due: '2026-12-01' },
      hlc(now + 5, 'coach-1'),
    );
    const a2 = mutation(
      'action',
      id,
      { status: 'inProgress', due: '2026-12-05' },
      hlc(now + 1, 'dev-a'),
    );
    // Same wall time and counter: the node id breaks the tie ('dev-b' > 'dev-a').
    const tieA = mutation('action', id, { statusReason: 'from a' }, hlc(now + 20, 'dev-a'));
    const tieB = mutation('action', id, { statusReason: 'from b' }, hlc(now + 20, 'dev-b'));

    expect((await syncDevice(j, second, [b1, tieB])).statusCode).toBe(200);
    expect((await syncCoach(j, cookie, claimant.id, [c1])).statusCode).toBe(200);
    expect((await syncDevice(j, claimant.device, [tieA, a2, a1])).statusCode).toBe(200);
    // Retries and a reordered duplicate change nothing.
    expect((await syncDevice(j, second, [a1, b1])).json().acked).toEqual([
      a1.mutationId,
      b1.mutationId,
    ]);

    const merged = await serverRecord(id);
    expect(merged).toMatchObject({
      text: 'Call the college today',
      requirement: 'agreedRequirement',
      status: 'inProgress',
      due: '2026-12-01',
      statusReason: 'from b',
      proposedBy: 'claimant',
    });
    expect(merged.updated).toBe(hlc(now + 20, 'dev-b'));

    // A second claimant database fed the same mutations in another order converges.
    const other = await pairedClaimant(j, cookie);
    const remap = (m: typeof a1) => ({ ...m, mutationId: randomUUID(), recordId: id2 });
    const id2 = randomUUID();
    await syncCoach(j, cookie, other.id, [remap(c1)]);
    await syncDevice(j, other.device, [a1, a2, b1, tieA, tieB].map(remap));
    const { id: _a, ...left } = merged;
    const { id: _b, ...right } = await serverRecord(id2);
    expect(right).toEqual(left);
  });

  it('pulls changes from other writers, in pages with a more flag', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const ids = Array.from({ length: 7 }, () => randomUUID());
    const mutations = ids.map((id, i) =>
      mutation('journalEntry', id, { author: 'coach', text: `note ${i}` }, hlc(now + i, 'coach-1')),
    );
    expect((await syncCoach(j, cookie, claimant.id, mutations)).statusCode).toBe(200);
    const pulled = await syncDevice(j, claimant.device, []);
    expect(pulled.json().changes.map((c: { record: { id: string } }) => c.record.id)).toEqual(ids);
    expect(pulled.json().more).toBe(false);
    const nothing = await syncDevice(j, claimant.device, [], pulled.json().cursor);
    expect(nothing.json()).toMatchObject({
      changes: [],
      cursor: pulled.json().cursor,
      more: false,
    });
  });

  it('refuses, per mutation, what a device may not write, and applies the rest', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const action = randomUUID();
    const appointment = randomUUID();
    const ok = mutation('action', action, { text: 'CV', requirement: 'voluntary' }, hlc(now, 'd'));
    const agreed = mutation(
      'action',
      action,
      { requirement: 'agreedRequirement' },
      hlc(now + 1, 'd'),
    );
    const coachAppt = mutation(
      'appointment',
      appointment,
      { at: '2026-12-01T10:00:00Z', source: 'coach' },
      hlc(now, 'coach-1'),
    );
    expect((await syncCoach(j, cookie, claimant.id, [coachAppt])).json().acked).toEqual([
      coachAppt.mutationId,
    ]);
    const move = mutation(
      'appointment',
      appointment,
      { at: '2026-12-02T10:00:00Z' },
      hlc(now + 5, 'd'),
    );
    const adjust = mutation(
      'appointment',
      appointment,
      { adjustments: ['Quiet room'] },
      hlc(now + 6, 'd'),
    );

    const response = await syncDevice(j, claimant.device, [ok, agreed, move, adjust]);
    expect(response.statusCode).toBe(200);
    const body = syncResponseSchema.parse(response.json());
    expect(body.acked).toEqual([ok.mutationId, adjust.mutationId]);
    expect(body.rejected?.map((r) => r.mutationId)).toEqual([agreed.mutationId, move.mutationId]);
    expect(body.rejected?.[0]?.reason).toMatch(/agreed requirement/);
    expect(await serverRecord(action)).toMatchObject({ requirement: 'voluntary' });
    expect(await serverRecord(appointment)).toMatchObject({
      at: '2026-12-01T10:00:00Z',
      adjustments: ['Quiet room'],
    });
    // A retried refusal stays refused.
    const retry = await syncDevice(j, claimant.device, [agreed]);
    expect(retry.json().rejected).toEqual([
      {
        mutationId: agreed.mutationId,
        reason: body.rejected![0]!.reason,
        record: { recordKind: 'action', record: await serverRecord(action) },
      },
    ]);
    const refusals = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'record.write_refused' and record_id = $1`,
      [action],
    );
    expect(refusals.rows[0]!.n).toBe(1);
  });

  it('answers each refusal with the record as the server holds it, and never another claimant’s', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const other = await pairedClaimant(j, cookie);
    const action = randomUUID();
    const theirs = randomUUID();
    const coachAction = mutation(
      'action',
      action,
      { text: 'Walk to the shop twice a week', proposedBy: 'coach', requirement: 'voluntary' },
      hlc(now, 'coach-1'),
    );
    await syncCoach(j, cookie, claimant.id, [coachAction]);
    const pulled = await syncDevice(j, claimant.device, []);
    // Offline, the claimant hides it; meanwhile the coach makes it an agreed requirement.
    const hide = mutation('action', action, { sharing: 'private' }, hlc(now + 2, 'd'));
    const remove = mutation('action', action, { deleted: true }, hlc(now + 3, 'd'));
    await syncCoach(j, cookie, claimant.id, [
      mutation('action', action, { requirement: 'agreedRequirement' }, hlc(now + 1, 'coach-1')),
    ]);
    await syncDevice(j, other.device, [
      mutation('aboutMe', theirs, { enjoy: 'Secret', sharing: 'shared' }, hlc(now, 'e')),
    ]);
    const hijack = mutation('aboutMe', theirs, { enjoy: 'Mine now' }, hlc(now + 9, 'd'));
    const wrongKind = mutation('values', action, { status: 'done' }, hlc(now + 9, 'd'));

    const response = await syncDevice(
      j,
      claimant.device,
      [hide, remove, hijack, wrongKind],
      pulled.json().cursor,
    );
    expect(response.statusCode).toBe(200);
    const body = syncResponseSchema.parse(response.json());
    const held = await serverRecord(action);
    expect(held).toMatchObject({
      requirement: 'agreedRequirement',
      sharing: 'shared',
      deleted: false,
    });
    const asPulled = { recordKind: 'action', record: held };
    expect(body.changes).toContainEqual(asPulled);
    expect(body.rejected).toEqual([
      { mutationId: hide.mutationId, reason: expect.any(String), record: asPulled },
      { mutationId: remove.mutationId, reason: expect.any(String), record: asPulled },
      { mutationId: hijack.mutationId, reason: 'There is no such record.' },
      { mutationId: wrongKind.mutationId, reason: 'There is no such record.' },
    ]);
    expect(response.body).not.toContain('Secret');
    // A retry of a refusal that revealed nothing still reveals nothing.
    const again = await syncDevice(j, claimant.device, [hijack]);
    expect(again.json().rejected).toEqual([
      { mutationId: hijack.mutationId, reason: 'There is no such record.' },
    ]);
  });

  it('answers a refusal about a private record with its stub only', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const action = randomUUID();
    await syncDevice(j, claimant.device, [
      mutation('action', action, { text: 'Private words', proposedBy: 'claimant' }, hlc(now, 'd')),
      mutation('action', action, { sharing: 'private' }, hlc(now + 1, 'd')),
    ]);
    const edit = mutation('action', action, { due: '2027-01-01' }, hlc(now + 2, 'coach-1'));
    const response = await syncCoach(j, cookie, claimant.id, [edit]);
    const body = syncResponseSchema.parse(response.json());
    expect(response.json().rejected).toEqual([
      {
        mutationId: edit.mutationId,
        reason: expect.any(String),
        record: { recordKind: 'action', record: await serverRecord(action) },
      },
    ]);
    expect(body.rejected?.[0]?.record?.record).not.toHaveProperty('text');
    expect(response.body).not.toContain('Private words');
  });

  it('refuses what a coach may not write: About Me, sharing, the claimant’s journal entries', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const mine = randomUUID();
    await syncDevice(j, claimant.device, [
      mutation('journalEntry', mine, { author: 'claimant', text: 'Hello' }, hlc(now, 'd')),
    ]);
    const attempts = [
      mutation('aboutMe', randomUUID(), { enjoy: 'x' }, hlc(now, 'coach-1')),
      mutation('action', randomUUID(), { text: 'x', sharing: 'private' }, hlc(now, 'coach-1')),
      mutation('journalEntry', mine, { text: 'edited' }, hlc(now + 1, 'coach-1')),
      mutation(
        'journalEntry',
        randomUUID(),
        { author: 'claimant', text: 'x' },
        hlc(now, 'coach-1'),
      ),
    ];
    const before = await snapshot(j);
    const response = await syncCoach(j, cookie, claimant.id, attempts);
    expect(response.statusCode).toBe(200);
    expect(response.json().acked).toEqual([]);
    expect(response.json().rejected).toHaveLength(4);
    const after = await snapshot(j);
    expect(after.records).toEqual(before.records);
  });

  it('un-sharing strips the server copy to a private stub, and other devices learn of it', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const second = await pair(j, await newCode(j, cookie, claimant.id));
    const id = randomUUID();
    await syncDevice(j, claimant.device, [
      mutation(
        'aboutMe',
        id,
        { enjoy: 'Walking', goodAt: 'Fixing', sharing: 'shared' },
        hlc(now, 'd'),
      ),
    ]);
    const coachView = await j.app.inject({
      method: 'GET',
      url: `/api/coach/claimants/${claimant.id}/records`,
      headers: { cookie },
    });
    expect(coachView.json().records).toHaveLength(1);

    const unshare = mutation('aboutMe', id, { sharing: 'private' }, hlc(now + 1, 'd'));
    const late = mutation('aboutMe', id, { enjoy: 'Swimming' }, hlc(now + 2, 'd'));
    expect((await syncDevice(j, claimant.device, [unshare, late])).json().acked).toHaveLength(2);
    const stub = await serverRecord(id);
    expect(stub).toEqual({
      id,
      created: expect.any(String),
      updated: hlc(now + 2, 'd'),
      deleted: false,
      sharing: 'private',
      fieldClocks: { sharing: hlc(now + 1, 'd') },
    });
    const pulled = (await syncDevice(j, second, [])).json();
    expect(syncResponseSchema.safeParse(pulled).success).toBe(true);
    expect(pulled.changes.map((c: { record: unknown }) => c.record)).toEqual([stub]);
    const afterUnshare = await j.app.inject({
      method: 'GET',
      url: `/api/coach/claimants/${claimant.id}/records`,
      headers: { cookie },
    });
    expect(afterUnshare.json().records).toEqual([]);
    const audit = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'record.unshare' and record_id = $1`,
      [id],
    );
    expect(audit.rows[0]!.n).toBe(2);
  });

  it('refuses a timestamp more than a day ahead with 400, changing nothing', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const before = await snapshot(j);
    const ahead = hlc(Date.now() + 25 * 60 * 60 * 1000, 'd');
    const response = await syncDevice(j, claimant.device, [
      mutation('aboutMe', randomUUID(), { enjoy: 'ok' }, hlc(now, 'd')),
      mutation('aboutMe', randomUUID(), { enjoy: 'future' }, ahead),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('clock_drift');
    expect(await snapshot(j)).toEqual(before);
  });

  it('answers 401 for a revoked device, a bad token or none', async () => {
    const claimant = await pairedClaimant(j, cookie);
    await j.app.inject(
      asDevice(claimant.device.deviceToken, {
        method: 'POST',
        url: `/api/devices/${claimant.device.deviceId}/revoke`,
      }),
    );
    const revoked = await syncDevice(j, claimant.device, []);
    expect(revoked.statusCode).toBe(401);
    const bad: PairedDevice = { ...claimant.device, deviceToken: 'x'.repeat(43) };
    expect((await syncDevice(j, bad, [])).statusCode).toBe(401);
    const none = await j.app.inject({
      method: 'POST',
      url: '/api/sync',
      payload: { deviceId: claimant.device.deviceId, since: '', mutations: [] },
    });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
  });

  it(`refuses ${MAX_MUTATIONS_PER_REQUEST + 1} mutations and bodies over 1 MB, changing nothing`, async () => {
    const { device } = await pairedClaimant(j, cookie);
    const before = await snapshot(j);
    const many = Array.from({ length: MAX_MUTATIONS_PER_REQUEST + 1 }, () =>
      mutation('journalEntry', randomUUID(), { author: 'claimant', text: 'x' }, hlc(now, 'd')),
    );
    const tooMany = await syncDevice(j, device, many);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe('validation_failed');

    const big = Array.from({ length: 60 }, () =>
      mutation(
        'journalEntry',
        randomUUID(),
        { author: 'claimant', text: 'y'.repeat(19_000) },
        hlc(now, 'd'),
      ),
    );
    const tooBig = await syncDevice(j, device, big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
    expect(await snapshot(j)).toEqual(before);
  });

  it('applies a full batch of 500 in one request', async () => {
    const { device } = await pairedClaimant(j, cookie);
    const many = Array.from({ length: MAX_MUTATIONS_PER_REQUEST }, (_, i) =>
      mutation('journalEntry', randomUUID(), { author: 'claimant', text: `n${i}` }, hlc(now, 'd')),
    );
    const response = await syncDevice(j, device, many);
    expect(response.statusCode).toBe(200);
    expect(response.json().acked).toHaveLength(MAX_MUTATIONS_PER_REQUEST);
    expect(response.json().changes).toHaveLength(MAX_MUTATIONS_PER_REQUEST);
  });

  it('pages changes: at most 500 per answer, with more: true until the rest is fetched', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const many = Array.from({ length: MAX_MUTATIONS_PER_REQUEST + 1 }, (_, i) =>
      mutation(
        'journalEntry',
        randomUUID(),
        { author: 'coach', text: `m${i}` },
        hlc(now, 'coach-1'),
      ),
    );
    await syncCoach(j, cookie, claimant.id, many.slice(0, MAX_MUTATIONS_PER_REQUEST));
    await syncCoach(j, cookie, claimant.id, many.slice(MAX_MUTATIONS_PER_REQUEST));
    const first = await syncDevice(j, claimant.device, []);
    expect(first.json().changes).toHaveLength(MAX_MUTATIONS_PER_REQUEST);
    expect(first.json().more).toBe(true);
    const rest = await syncDevice(j, claimant.device, [], first.json().cursor);
    expect(rest.json().changes.map((c: { record: { text: string } }) => c.record.text)).toEqual([
      `m${MAX_MUTATIONS_PER_REQUEST}`,
    ]);
    expect(rest.json().more).toBe(false);
  });

  it('refuses a mutation for a record id that belongs to another claimant, revealing nothing', async () => {
    const mine = await pairedClaimant(j, cookie);
    const theirs = await pairedClaimant(j, cookie);
    const id = randomUUID();
    await syncDevice(j, mine.device, [
      mutation('aboutMe', id, { enjoy: 'Mine', sharing: 'shared' }, hlc(now, 'd')),
    ]);
    const before = await serverRecord(id);
    const hijack = mutation('aboutMe', id, { enjoy: 'Theirs' }, hlc(now + 9, 'e'));
    const wrongKind = mutation('values', id, { status: 'done' }, hlc(now + 9, 'd'));
    const response = await syncDevice(j, theirs.device, [hijack]);
    expect(response.json()).toMatchObject({
      acked: [],
      rejected: [{ mutationId: hijack.mutationId, reason: 'There is no such record.' }],
      changes: [],
    });
    expect((await syncDevice(j, mine.device, [wrongKind])).json().rejected).toHaveLength(1);
    // Reusing another claimant's mutation id is refused too, not acknowledged.
    const reuse = { ...hijack, recordId: randomUUID() };
    const first = mutation(
      'journalEntry',
      randomUUID(),
      { author: 'claimant', text: 'x' },
      hlc(now, 'd'),
    );
    await syncDevice(j, mine.device, [first]);
    const replay = await syncDevice(j, theirs.device, [{ ...first }, reuse]);
    expect(replay.json().acked).toEqual([]);
    expect(await serverRecord(id)).toEqual(before);
  });

  it('refuses text with a NUL character with 400, not a database error', async () => {
    const { device } = await pairedClaimant(j, cookie);
    const before = await snapshot(j);
    const response = await syncDevice(j, device, [
      mutation('aboutMe', randomUUID(), { enjoy: 'a\u0000b' }, hlc(now, 'd')),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_characters');
    const label = await j.app.inject({
      method: 'POST',
      url: '/api/coach/claimants',
      headers: { cookie, origin: 'http://localhost' },
      payload: { label: 'x\u0000' },
    });
    expect(label.statusCode).toBe(400);
    expect(await snapshot(j)).toEqual(before);
  });

  it('rate-limits per device, not per address', async () => {
    const limited = await openJournal({ sync: { max: 2, timeWindow: '1 minute' } });
    try {
      const c = await coachCookie(limited, (await addTestCoach(limited)).id);
      const one = (await pairedClaimant(limited, c)).device;
      const two = (await pairedClaimant(limited, c)).device;
      const codes = [];
      for (const device of [one, one, two, two, one]) {
        codes.push((await syncDevice(limited, device, [])).statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('never answers 5xx to bad input, and bad input changes nothing', async () => {
    const { device } = await pairedClaimant(j, cookie);
    const id = randomUUID();
    const good = mutation('aboutMe', id, { enjoy: 'a' }, hlc(now, 'd'));
    const bodies: unknown[] = [
      null,
      [],
      'text',
      {},
      { deviceId: device.deviceId, since: '', mutations: 'no' },
      { deviceId: device.deviceId, since: 'abc', mutations: [good] },
      { deviceId: device.deviceId, since: '-1', mutations: [] },
      { deviceId: device.deviceId, since: '9'.repeat(40), mutations: [] },
      { deviceId: randomUUID(), since: '', mutations: [good] },
      { deviceId: 'not-a-uuid', since: '', mutations: [] },
      { deviceId: device.deviceId, since: '', mutations: [{ ...good, recordKind: 'secret' }] },
      { deviceId: device.deviceId, since: '', mutations: [{ ...good, hlc: 'yesterday' }] },
      { deviceId: device.deviceId, since: '', mutations: [{ ...good, fields: {} }] },
      { deviceId: device.deviceId, since: '', mutations: [{ ...good, fields: { id: 'x' } }] },
      {
        deviceId: device.deviceId,
        since: '',
        mutations: [{ ...good, fields: { fieldClocks: {} } }],
      },
      { deviceId: device.deviceId, since: '', mutations: [{ ...good, extra: 1 }] },
      { deviceId: device.deviceId, since: '', mutations: [good], extra: true },
    ];
    const before = await snapshot(j);
    for (const payload of bodies) {
      const response = await j.app.inject(
        asDevice(device.deviceToken, {
          method: 'POST',
          url: '/api/sync',
          payload: payload as never,
        }),
      );
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, JSON.stringify(payload)).toBeLessThan(500);
      expect(response.json().error.message).toEqual(expect.any(String));
    }
    const raw = await j.app.inject(
      asDevice(device.deviceToken, {
        method: 'POST',
        url: '/api/sync',
        headers: { 'content-type': 'application/json' },
        payload: '{"deviceId": ',
      }),
    );
    expect(raw.statusCode).toBe(400);
    expect(await snapshot(j)).toEqual(before);
  });
});
