/**
 * Anonymous feedback (issue 6): a feedback sent "without my name" is stored with no link to the
 * claimant, never kept in records, never in any sync answer or the coach's journal, and stored
 * once however often the request is retried. Named feedback stays a shared record.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../src/domain/sync';
import { testDatabaseKind } from '../test/db';
import {
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
import type { Journal, PairedDevice } from '../test/journal';

let j: Journal;
let cookie: string;
let officeId: string;

beforeAll(async () => {
  j = await openJournal();
  const coach = await addTestCoach(j, 'Anonymous Feedback Office');
  officeId = coach.officeId;
  cookie = await coachCookie(j, coach.id);
});
afterAll(() => j.close());

const t0 = Date.now() - 60_000;
const SENT_AT = new Date(t0).toISOString();

/** A feedback as the phone sends it: answers first, then the choice and "send". */
function feedbackMutations(recordId: string, comment: string, anonymous: boolean): Mutation[] {
  return [
    mutation('feedback', recordId, { about: 'appointment' }, hlc(t0, 'phone', 1)),
    mutation('feedback', recordId, { helpful: 4, listenedTo: 'yes' }, hlc(t0, 'phone', 2)),
    mutation('feedback', recordId, { rightForMe: 'partly', comment }, hlc(t0, 'phone', 3)),
    mutation(
      'feedback',
      recordId,
      { anonymous, status: 'sent', sentAt: SENT_AT },
      hlc(t0, 'phone', 4),
    ),
  ];
}

async function anonymousRows(comment: string) {
  const result = await j.db.query<Record<string, unknown>>(
    `select *, to_char(given_on, 'YYYY-MM-DD') as day from anonymous_feedback
     where comment = $1`,
    [comment],
  );
  return result.rows;
}

async function coachRecords(claimantId: string): Promise<string> {
  const response = await j.app.inject(
    asCoach(cookie, { method: 'GET', url: `/api/coach/claimants/${claimantId}/records` }),
  );
  expect(response.statusCode).toBe(200);
  return response.body;
}

async function everythingSynced(claimantId: string, device: PairedDevice): Promise<string> {
  const again = await syncDevice(j, device, []);
  const other = await pair(j, await newCode(j, cookie, claimantId));
  const fresh = await syncDevice(j, other, []);
  const coach = await syncCoach(j, cookie, claimantId, []);
  return [again.body, fresh.body, coach.body, await coachRecords(claimantId)].join('\n');
}

describe(`anonymous feedback (${testDatabaseKind})`, () => {
  it('is stored with only the office, kind, answers, comment and day, and is acknowledged', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const recordId = randomUUID();
    const comment = `Kind and patient ${randomUUID()}`;
    const mutations = feedbackMutations(recordId, comment, true);
    const response = await syncDevice(j, claimant.device, mutations);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.acked).toEqual(mutations.map((m) => m.mutationId));
    expect(body.rejected).toBeUndefined();
    expect(response.body).not.toContain(recordId);
    expect(response.body).not.toContain(comment);

    const rows = await anonymousRows(comment);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      office_id: officeId,
      about: 'appointment',
      helpful: 4,
      listened_to: 'yes',
      right_for_me: 'partly',
      comment,
      day: SENT_AT.slice(0, 10),
    });
    const columns = await j.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns
       where table_name = 'anonymous_feedback' and table_schema = current_schema()
       order by column_name`,
    );
    expect(columns.rows.map((c) => c.column_name)).toEqual([
      'about',
      'comment',
      'given_on',
      'helpful',
      'id',
      'listened_to',
      'office_id',
      'right_for_me',
    ]);
    const row = JSON.stringify(rows[0]);
    for (const secret of [claimant.id, claimant.device.deviceId, recordId]) {
      expect(row).not.toContain(secret);
    }

    // Nothing else on the server ties it to the claimant or names the record.
    const records = await j.db.query('select 1 from records where id = $1', [recordId]);
    expect(records.rowCount).toBe(0);
    const audit = await j.db.query(
      `select 1 from audit_log where record_id = $1 or detail::text like $2`,
      [recordId, `%${mutations[0]!.mutationId}%`],
    );
    expect(audit.rowCount).toBe(0);
    const applied = await j.db.query<Record<string, unknown>>(
      `select claimant_id, device_id, coach_id, record_id, applied_seq, outcome,
         applied_at = date_trunc('day', applied_at) as day_only
       from applied_mutations where mutation_id = any($1::uuid[])`,
      [mutations.map((m) => m.mutationId)],
    );
    expect(applied.rows).toHaveLength(4);
    for (const a of applied.rows) {
      expect(a).toEqual({
        claimant_id: null,
        device_id: null,
        coach_id: null,
        record_id: null,
        applied_seq: null,
        outcome: 'applied',
        day_only: true,
      });
    }

    // No sync answer (this phone, another phone, the coach) and no journal ever shows it.
    const seen = await everythingSynced(claimant.id, claimant.device);
    expect(seen).not.toContain(recordId);
    expect(seen).not.toContain(comment);
  });

  it('is stored once when the same request is sent again, or its mutations one at a time', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const comment = `Retried ${randomUUID()}`;
    const mutations = feedbackMutations(randomUUID(), comment, true);
    for (let i = 0; i < 3; i++) {
      const response = await syncDevice(j, claimant.device, mutations);
      expect(response.json().acked).toEqual(mutations.map((m) => m.mutationId));
    }
    const last = mutations[mutations.length - 1]!;
    expect((await syncDevice(j, claimant.device, [last])).json().acked).toEqual([last.mutationId]);
    expect(await anonymousRows(comment)).toHaveLength(1);
    // Another claimant cannot use the ids to learn anything, or to store it again.
    const other = await pairedClaimant(j, cookie);
    expect((await syncDevice(j, other.device, mutations)).json().acked).toHaveLength(4);
    expect(await anonymousRows(comment)).toHaveLength(1);
  });

  it('stays anonymous when its mutations arrive in two requests', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const recordId = randomUUID();
    const comment = `Split ${randomUUID()}`;
    const first = [
      mutation('feedback', recordId, { anonymous: true }, hlc(t0, 'phone', 1)),
      mutation('feedback', recordId, { comment }, hlc(t0, 'phone', 2)),
    ];
    const second = [
      mutation('feedback', recordId, { helpful: 5 }, hlc(t0, 'phone', 3)),
      mutation('feedback', recordId, { status: 'sent', sentAt: SENT_AT }, hlc(t0, 'phone', 4)),
    ];
    expect((await syncDevice(j, claimant.device, first)).statusCode).toBe(200);
    // In between, the server holds a stub with no answers: only that it is to be anonymous.
    const stub = await j.db.query<{ data: Record<string, unknown> }>(
      'select data from records where id = $1',
      [recordId],
    );
    expect(stub.rows[0]!.data).not.toHaveProperty('comment');
    expect(stub.rows[0]!.data).toMatchObject({ anonymous: true });
    expect(await coachRecords(claimant.id)).not.toContain(recordId);

    expect((await syncDevice(j, claimant.device, second)).json().acked).toHaveLength(2);
    const rows = await j.db.query<{ helpful: number }>(
      `select helpful from anonymous_feedback where office_id = $1 and helpful = 5`,
      [officeId],
    );
    expect(rows.rowCount).toBe(1);
    expect((await j.db.query('select 1 from records where id = $1', [recordId])).rowCount).toBe(0);
    const seen = await everythingSynced(claimant.id, claimant.device);
    expect(seen).not.toContain(recordId);
    expect(seen).not.toContain(comment);
  });

  it('leaves the journal, counted once, when feedback sent with the name is made anonymous', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const recordId = randomUUID();
    const comment = `Named first ${randomUUID()}`;
    await syncDevice(j, claimant.device, feedbackMutations(recordId, comment, false));
    expect(await coachRecords(claimant.id)).toContain(comment);
    expect(await anonymousRows(comment)).toHaveLength(0);

    const change = mutation('feedback', recordId, { anonymous: true }, hlc(t0 + 1000, 'phone'));
    expect((await syncDevice(j, claimant.device, [change])).json().acked).toEqual([
      change.mutationId,
    ]);
    expect(await coachRecords(claimant.id)).not.toContain(comment);
    expect(await anonymousRows(comment)).toHaveLength(1);
    expect((await j.db.query('select 1 from records where id = $1', [recordId])).rowCount).toBe(0);
  });

  it('keeps named feedback as a shared record in the journal', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const recordId = randomUUID();
    const comment = `With my name ${randomUUID()}`;
    await syncDevice(j, claimant.device, feedbackMutations(recordId, comment, false));
    const journal = JSON.parse(await coachRecords(claimant.id));
    expect(journal.records).toMatchObject([
      { recordKind: 'feedback', record: { id: recordId, comment, anonymous: false } },
    ]);
    expect(await anonymousRows(comment)).toHaveLength(0);
  });

  it('stores nothing of an anonymous feedback deleted before it reached the server', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const recordId = randomUUID();
    const comment = `Deleted ${randomUUID()}`;
    await syncDevice(j, claimant.device, [
      ...feedbackMutations(recordId, comment, true),
      mutation('feedback', recordId, { deleted: true }, hlc(t0, 'phone', 9)),
    ]);
    expect(await anonymousRows(comment)).toHaveLength(0);
    const rows = await j.db.query<{ data: Record<string, unknown> }>(
      `select data from records where id = $1`,
      [recordId],
    );
    expect(JSON.stringify(rows.rows)).not.toContain(comment);
    expect(await coachRecords(claimant.id)).not.toContain(recordId);
  });
});
