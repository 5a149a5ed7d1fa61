/**
 * The caseload at a glance (GET /api/coach/claimants and GET /api/coach/claimants/:id): the
 * shape, devices, the open pairing code, last activity, and "what's new": the claimant's own
 * changes since this coach last read the journal, not the coach's, reset by reading or syncing,
 * and nothing of it for any other coach.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseloadEntryResponseSchema,
  caseloadResponseSchema,
  caseloadEntrySchema,
} from '../../src/domain/caseload';
import type { CaseloadEntry } from '../../src/domain/caseload';
import type { Mutation } from '../../src/domain/sync';
import { createPairingCode } from '../services/pairing';
import { applyMutations, lockClaimant } from '../services/records';
import { testDatabaseKind } from '../test/db';
import {
  addTestClaimant,
  addTestCoach,
  asCoach,
  coachCookie,
  hlc,
  mutation,
  newCode,
  openJournal,
  pair,
  pairedClaimant,
  syncCoach,
  syncDevice,
} from '../test/journal';
import type { Journal } from '../test/journal';

let j: Journal;
let coachId: string;
let cookie: string;
let otherCoachId: string;
let otherCookie: string;

beforeAll(async () => {
  j = await openJournal();
  coachId = (await addTestCoach(j)).id;
  cookie = await coachCookie(j, coachId);
  otherCoachId = (await addTestCoach(j, 'Another Office')).id;
  otherCookie = await coachCookie(j, otherCoachId);
});
afterAll(() => j.close());

const now = Date.now();
const DAY = 86_400_000;

async function entry(claimantId: string, as = cookie): Promise<CaseloadEntry> {
  const response = await j.app.inject(
    asCoach(as, { method: 'GET', url: `/api/coach/claimants/${claimantId}` }),
  );
  expect(response.statusCode, response.body).toBe(200);
  const one = caseloadEntryResponseSchema.parse(response.json()).claimant;
  const list = await j.app.inject(asCoach(as, { method: 'GET', url: '/api/coach/claimants' }));
  const all = caseloadResponseSchema.parse(list.json()).claimants;
  expect(all.find((c) => c.id === claimantId)).toEqual(one);
  return one;
}

async function readRecords(claimantId: string, as = cookie): Promise<number> {
  const response = await j.app.inject(
    asCoach(as, { method: 'GET', url: `/api/coach/claimants/${claimantId}/records` }),
  );
  return response.statusCode;
}

/** A coach's write without reading anything back, as the coach's sync applies it. */
async function coachWrites(claimantId: string, mutations: Mutation[]): Promise<void> {
  await j.db.transaction(async (tx) => {
    expect(await lockClaimant(tx, claimantId)).toBe(true);
    const result = await applyMutations(
      tx,
      { role: 'coach', claimantId, actor: { kind: 'coach', id: coachId } },
      mutations,
    );
    expect(result.rejected).toEqual([]);
  });
}

const shared = (kind: 'aboutMe' | 'checkIn', fields: Record<string, unknown>, at = now) =>
  mutation(kind, randomUUID(), { ...fields, sharing: 'shared' }, hlc(at, 'phone'));

describe(`the caseload at a glance (${testDatabaseKind})`, () => {
  it('describes a new claimant: no devices, an open pairing code, nothing new', async () => {
    const response = await j.app.inject(
      asCoach(cookie, { method: 'POST', url: '/api/coach/claimants', payload: { label: 'R.T.' } }),
    );
    expect(response.statusCode).toBe(201);
    const created = caseloadEntrySchema.parse(response.json().claimant);
    expect(created).toMatchObject({
      label: 'R.T.',
      lastActivity: null,
      lastViewedAt: null,
      devices: 0,
      whatsNew: { count: 0, kinds: [] },
    });
    expect(created.pairing!.expiresAt).toBe(response.json().pairing.expiresAt);
    expect(JSON.stringify(created)).not.toContain(response.json().pairing.code);
    expect(await entry(created.id)).toEqual(created);
  });

  it('counts active devices, and shows a pairing code only while it is unused and unexpired', async () => {
    const claimant = await addTestClaimant(j, cookie);
    const phone = await pair(j, claimant.code);
    let seen = await entry(claimant.id);
    expect(seen.devices).toBe(1);
    expect(seen.pairing).toBeNull();

    await pair(j, await newCode(j, cookie, claimant.id));
    await j.app.inject(
      asCoach(cookie, {
        method: 'POST',
        url: `/api/coach/claimants/${claimant.id}/devices/${phone.deviceId}/revoke`,
      }),
    );
    expect((await entry(claimant.id)).devices).toBe(1);

    await newCode(j, cookie, claimant.id);
    seen = await entry(claimant.id);
    expect(Date.parse(seen.pairing!.expiresAt) - Date.now()).toBeGreaterThan(13.9 * DAY);

    await createPairingCode(j.db, claimant.id, coachId, -1000);
    expect((await entry(claimant.id)).pairing).toBeNull();
  });

  it("takes last activity from the latest sync or the claimant's own latest change", async () => {
    const { id, device } = await pairedClaimant(j, cookie);
    expect((await entry(id)).lastActivity).toBeNull();
    const threeDaysAgo = now - 3 * DAY;
    await syncDevice(j, device, [shared('aboutMe', { enjoy: 'Walking' }, threeDaysAgo)]);
    const afterSync = Date.parse((await entry(id)).lastActivity!);
    expect(afterSync).toBeGreaterThan(now - 60_000);

    // Without the device's last sync, the change itself: when the phone made it.
    await j.db.query('update devices set last_seen = null where claimant_id = $1', [id]);
    expect((await entry(id)).lastActivity).toBe(new Date(threeDaysAgo).toISOString());

    // A coach's change is not the claimant's activity.
    await coachWrites(id, [
      mutation('journalEntry', randomUUID(), { author: 'coach', text: 'Hello' }, hlc(now, 'c')),
    ]);
    expect((await entry(id)).lastActivity).toBe(new Date(threeDaysAgo).toISOString());
  });

  it("counts the claimant's shared changes, not the coach's, and not private or deleted ones", async () => {
    const { id, device } = await pairedClaimant(j, cookie);
    const coachAction = randomUUID();
    await coachWrites(id, [
      mutation(
        'action',
        coachAction,
        { text: 'Ring the housing team', proposedBy: 'coach' },
        hlc(now - 1000, 'c'),
      ),
      mutation('journalEntry', randomUUID(), { author: 'coach', text: 'Hi' }, hlc(now, 'c')),
    ]);
    expect((await entry(id)).whatsNew).toEqual({ count: 0, kinds: [] });

    const gone = randomUUID();
    const response = await syncDevice(j, device, [
      shared('checkIn', { feelingToday: 'Tired' }),
      shared('aboutMe', { enjoy: 'Music' }),
      mutation('aboutMe', randomUUID(), { enjoy: 'Private' }, hlc(now, 'phone')),
      mutation('journalEntry', gone, { author: 'claimant', text: 'Oops' }, hlc(now, 'phone')),
      mutation('journalEntry', gone, { deleted: true }, hlc(now + 1, 'phone')),
      mutation('action', coachAction, { status: 'inProgress' }, hlc(now + 2, 'phone')),
    ]);
    expect(response.json().rejected).toBeUndefined();
    expect((await entry(id)).whatsNew).toEqual({
      count: 3,
      kinds: ['aboutMe', 'action', 'checkIn'],
    });

    // The coach changing the claimant's change afterwards does not hide it.
    await coachWrites(id, [mutation('action', coachAction, { status: 'done' }, hlc(now + 3, 'c'))]);
    expect((await entry(id)).whatsNew.count).toBe(3);
  });

  it('resets when the coach reads the records or syncs, then counts only later changes', async () => {
    const { id, device } = await pairedClaimant(j, cookie);
    await syncDevice(j, device, [shared('aboutMe', { enjoy: 'Cooking' })]);
    expect((await entry(id)).whatsNew.count).toBe(1);

    expect(await readRecords(id)).toBe(200);
    const looked = await entry(id);
    expect(looked.whatsNew).toEqual({ count: 0, kinds: [] });
    expect(Date.parse(looked.lastViewedAt!)).toBeGreaterThan(now - 60_000);

    const entryId = randomUUID();
    await syncDevice(j, device, [
      mutation('journalEntry', entryId, { author: 'claimant', text: 'Hi' }, hlc(now, 'phone')),
    ]);
    expect((await entry(id)).whatsNew).toEqual({ count: 1, kinds: ['journalEntry'] });

    const sync = await syncCoach(j, cookie, id, []);
    expect(sync.statusCode).toBe(200);
    expect((await entry(id)).whatsNew.count).toBe(0);

    // A check-in that arrives late, made on the phone's clock before the coach looked, is new;
    // a stale edit that changes nothing (the field already has a newer value) is not.
    await syncDevice(j, device, [
      mutation('journalEntry', entryId, { text: 'Hi again' }, hlc(now - DAY, 'phone', 1)),
      shared('checkIn', { feelingToday: 'Better' }, now - DAY),
    ]);
    expect((await entry(id)).whatsNew).toEqual({ count: 1, kinds: ['checkIn'] });
  });

  it('marks a coach sync as seen only up to the changes it returned', async () => {
    const { id, device } = await pairedClaimant(j, cookie);
    await syncDevice(j, device, [shared('aboutMe', { enjoy: 'Reading' })]);
    const first = await syncCoach(j, cookie, id, []);
    const cursor = first.json().cursor as string;
    await syncDevice(j, device, [shared('checkIn', { feelingToday: 'OK' })]);
    await j.db.query(
      `update coach_claimant_views set seen_seq = 0 where coach_id = $1 and claimant_id = $2`,
      [coachId, id],
    );
    // Asking again from the old cursor returns the new check-in, so it is seen.
    expect((await syncCoach(j, cookie, id, [], cursor)).json().changes).toHaveLength(1);
    expect((await entry(id)).whatsNew.count).toBe(0);
    // A cursor from nowhere marks nothing beyond what there is.
    await syncDevice(j, device, [shared('aboutMe', { enjoy: 'Films' })]);
    const latest = await j.db.query<{ seq: string }>(
      'select max(seq)::text as seq from records where claimant_id = $1',
      [id],
    );
    await syncCoach(j, cookie, id, [], '999999999');
    const view = await j.db.query<{ seen: string }>(
      'select seen_seq::text as seen from coach_claimant_views where coach_id = $1 and claimant_id = $2',
      [coachId, id],
    );
    expect(view.rows[0]!.seen).toBe(latest.rows[0]!.seq);
  });

  it('shows nothing to another coach, and one coach looking does not reset it for another', async () => {
    const mine = await pairedClaimant(j, cookie);
    const theirs = await pairedClaimant(j, otherCookie);
    await syncDevice(j, mine.device, [shared('aboutMe', { enjoy: 'Swimming' })]);
    await syncDevice(j, theirs.device, [shared('aboutMe', { enjoy: 'Chess' })]);

    const other = await j.app.inject(
      asCoach(otherCookie, { method: 'GET', url: `/api/coach/claimants/${mine.id}` }),
    );
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
    const list = await j.app.inject(
      asCoach(otherCookie, { method: 'GET', url: '/api/coach/claimants' }),
    );
    const ids = caseloadResponseSchema.parse(list.json()).claimants.map((c) => c.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(mine.id);
    expect(await readRecords(mine.id, otherCookie)).toBe(404);
    expect((await entry(mine.id)).whatsNew.count).toBe(1);

    expect(await readRecords(theirs.id, otherCookie)).toBe(200);
    expect((await entry(theirs.id, otherCookie)).whatsNew.count).toBe(0);
    expect((await entry(mine.id)).whatsNew.count).toBe(1);
    const views = await j.db.query<{ n: number }>(
      'select count(*)::int as n from coach_claimant_views where coach_id = $1 and claimant_id = $2',
      [otherCoachId, mine.id],
    );
    expect(views.rows[0]!.n).toBe(0);
  });
});
