/**
 * GET /api/coach/report and /api/coach/report.csv: the office's totals from every coach's
 * claimants in it (and no other office's), named and anonymous feedback counted together,
 * fewer than 5 people shown as "fewer than 5", no claimant or coach ever named, bad periods
 * refused with a plain message, and a CSV that a spreadsheet cannot turn into a formula.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { OfficeReport } from '../../src/domain/report';
import type { Mutation } from '../../src/domain/sync';
import { testDatabaseKind } from '../test/db';
import {
  addTestClaimant,
  addTestCoach,
  asCoach,
  coachCookie,
  hlc,
  mutation,
  openJournal,
  pair,
  syncCoach,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';
import { ukToday } from '../services/report';

const OFFICE = '=HYPERLINK("http://evil.example","Riverside")';

let j: Journal;
let cookie: string;
let otherOfficeCookie: string;
let today: string;
const claimants: { id: string; label: string; device: PairedDevice }[] = [];
const emails: string[] = [];

const t = Date.now() - 3_600_000;
const takenAt = (daysAgo: number) => new Date(t - daysAgo * 86_400_000).toISOString();

function checkIn(physical: number, daysAgo: number, node: string): Mutation {
  return mutation(
    'checkIn',
    randomUUID(),
    {
      scores: { physicalHealth: { kind: 'score', value: physical } },
      takenAt: takenAt(daysAgo),
      status: 'done',
      sharing: 'shared',
    },
    hlc(t, node),
  );
}

function feedback(helpful: number, anonymous: boolean, node: string): Mutation {
  return mutation(
    'feedback',
    randomUUID(),
    { about: 'appointment', helpful, anonymous, status: 'sent', sentAt: takenAt(0) },
    hlc(t, node),
  );
}

async function report(query: string, as = cookie) {
  return j.app.inject(asCoach(as, { method: 'GET', url: `/api/coach/report${query}` }));
}

beforeAll(async () => {
  j = await openJournal();
  today = await ukToday(j.db);
  const first = await addTestCoach(j, OFFICE);
  const second = await addTestCoach(j, OFFICE);
  const elsewhere = await addTestCoach(j, 'Another Office');
  emails.push(first.email, second.email);
  cookie = await coachCookie(j, first.id);
  const secondCookie = await coachCookie(j, second.id);
  otherOfficeCookie = await coachCookie(j, elsewhere.id);
  // Five claimants in the office, across its two coaches; changes (from first to latest
  // check-in) of +2, +1, 0, +3 and -1: a median of 1.
  const changes = [2, 1, 0, 3, -1];
  for (const [i, change] of changes.entries()) {
    const label = `Person-${i}-${randomUUID().slice(0, 6)}`;
    const added = await addTestClaimant(j, i < 3 ? cookie : secondCookie, label);
    const device = await pair(j, added.code);
    claimants.push({ id: added.id, label, device });
    const mutations = [checkIn(5, 20, `p${i}`), checkIn(5 + change, 2, `p${i}`)];
    // Feedback about appointments: helpful 5, 4, 2 named and 5, 1 anonymous (3 of 5 helpful).
    mutations.push(feedback([5, 4, 2, 5, 1][i]!, i >= 3, `p${i}`));
    const response = await syncDevice(j, device, mutations);
    expect(response.json().acked).toHaveLength(3);
    // A coach appointment three days ago, with a shared pack marked ready the day before it;
    // and for the first claimant a second one, whose pack was finished only after it began.
    const coachOf = i < 3 ? cookie : secondCookie;
    const appointments = [{ id: randomUUID(), daysAgo: 3, readyDaysAgo: 4 }];
    if (i === 0) appointments.push({ id: randomUUID(), daysAgo: 2, readyDaysAgo: 1 });
    for (const a of appointments) {
      const booked = await syncCoach(j, coachOf, added.id, [
        mutation(
          'appointment',
          a.id,
          { at: takenAt(a.daysAgo), how: 'phone', source: 'coach', status: 'booked' },
          hlc(t, `coach-${i}`),
        ),
      ]);
      expect(booked.json().rejected).toBeUndefined();
      const packed = await syncDevice(j, device, [
        mutation(
          'appointmentPack',
          randomUUID(),
          {
            appointmentId: a.id,
            topics: ['money'],
            status: 'done',
            completedAt: takenAt(a.readyDaysAgo),
            sharing: 'shared',
          },
          hlc(t + 1, `p${i}`),
        ),
      ]);
      expect(packed.json(), packed.body).toMatchObject({ acked: [expect.any(String)] });
    }
    // A pack kept private never reaches the server whole, so it cannot count.
    await syncDevice(j, device, [
      mutation(
        'appointmentPack',
        randomUUID(),
        { appointmentId: appointments[0]!.id, sharing: 'private' },
        hlc(t + 2, `p${i}`),
      ),
    ]);
  }
  // Another office's claimant counts only there.
  const outsider = await addTestClaimant(j, otherOfficeCookie, 'Outsider');
  await syncDevice(j, await pair(j, outsider.code), [
    checkIn(1, 10, 'o'),
    checkIn(9, 1, 'o'),
    feedback(1, true, 'o'),
  ]);
});
afterAll(() => j.close());

const period = () => `?from=${addDays(today, -60)}&to=${today}`;

describe(`the office report (${testDatabaseKind})`, () => {
  it('totals every coach’s claimants in the office, and shows figures from 5 people', async () => {
    const response = await report(period());
    expect(response.statusCode).toBe(200);
    const body = response.json() as { report: OfficeReport };
    expect(body.report.period).toEqual({ from: addDays(today, -60), to: today });
    expect(body.report.office).toEqual({ name: OFFICE });
    expect(body.report.claimantsUsingWaymark).toEqual({ suppressed: false, count: 5, people: 5 });
    expect(body.report.checkIns).toEqual({ suppressed: false, count: 10, people: 5 });
    expect(body.report.distanceTravelled[0]).toEqual({
      area: 'physicalHealth',
      figure: { suppressed: false, median: 1, people: 5 },
    });
    // Named and anonymous feedback together: 5, 4 and 5 of 5, 4, 2, 5, 1.
    expect(body.report.satisfaction[0]).toEqual({
      about: 'appointment',
      figure: { suppressed: false, share: 0.6, helpful: 3, responses: 5 },
    });
    expect(body.report.satisfaction[1]).toEqual({ about: 'course', figure: { suppressed: true } });
    expect(body.report.packsCompletedBeforeAppointments).toEqual({
      appointments: { suppressed: false, count: 6, people: 5 },
      packs: { suppressed: false, count: 5, people: 5 },
    });
    for (const secret of [...claimants.flatMap((c) => [c.id, c.label]), ...emails]) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('says "fewer than 5" for the other office, which has one claimant', async () => {
    const response = await report(period(), otherOfficeCookie);
    const body = response.json() as { report: OfficeReport };
    expect(body.report.claimantsUsingWaymark).toEqual({ suppressed: true });
    expect(body.report.checkIns).toEqual({ suppressed: true });
    expect(body.report.satisfaction[0]!.figure).toEqual({ suppressed: true });
    expect(response.body).not.toContain(claimants[0]!.id);
  });

  it('counts only what falls in the period', async () => {
    // Ten to thirty days ago: only the first check-in of each claimant, and no sync that day.
    const response = await report(`?from=${addDays(today, -30)}&to=${addDays(today, -10)}`);
    const body = response.json() as { report: OfficeReport };
    expect(body.report.claimantsUsingWaymark).toEqual({ suppressed: true });
    expect(body.report.checkIns).toEqual({ suppressed: false, count: 5, people: 5 });
    expect(body.report.distanceTravelled[0]!.figure).toEqual({ suppressed: true });
    expect(body.report.satisfaction[0]!.figure).toEqual({ suppressed: true });
  });

  it('refuses a bad period with a plain message, and changes nothing', async () => {
    for (const [query, message] of [
      ['', /real dates/],
      ['?from=2026-01-01', /real dates/],
      ['?from=2026-02-30&to=2026-03-31', /real dates/],
      ['?from=01/01/2026&to=2026-03-31', /real dates/],
      ['?from=2026-04-01&to=2026-03-31', /on or before its end/],
      ['?from=2020-01-01&to=2026-01-01', /at most three years/],
      ['?from=2026-01-01&from=2026-02-01&to=2026-03-31', /real dates/],
    ] as const) {
      for (const path of ['/api/coach/report', '/api/coach/report.csv']) {
        const response = await j.app.inject(
          asCoach(cookie, { method: 'GET', url: `${path}${query}` }),
        );
        expect(response.statusCode, `${path}${query}`).toBe(400);
        expect(response.json().error.code).toBe('bad_period');
        expect(response.json().error.message).toMatch(message);
      }
    }
  });

  it('downloads the same figures as CSV, with "fewer than 5" and no formulas', async () => {
    const response = await j.app.inject(
      asCoach(cookie, { method: 'GET', url: `/api/coach/report.csv${period()}` }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="waymark-office-report-${addDays(today, -60)}-to-${today}.csv"`,
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(`Office,"'=HYPERLINK(""http://evil.example"",""Riverside"")"`);
    expect(lines).toContain('Claimants using Waymark,All,5,5');
    expect(lines).toContain('Check-ins done,All,10,5');
    expect(lines).toContain('Distance travelled,Physical health,1,5');
    expect(lines).toContain('Distance travelled,Housing,fewer than 5,fewer than 5');
    expect(lines).toContain('Satisfaction,An appointment,60%,5');
    expect(lines).toContain('Satisfaction,A course or training,fewer than 5,fewer than 5');
    expect(lines).toContain('Packs completed before appointments,Appointments that took place,6,5');
    expect(lines).toContain(
      'Packs completed before appointments,With a pack ready before it began,5,5',
    );
    for (const line of lines) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
    }
    for (const secret of [...claimants.flatMap((c) => [c.id, c.label]), ...emails]) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('notes who read the report and for which period, naming no claimant', async () => {
    const before = await j.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'report.read'`,
    );
    await report(period());
    const after = await j.db.query<{ claimant_id: string | null; detail: unknown }>(
      `select claimant_id, detail from audit_log where action = 'report.read' order by id`,
    );
    expect(after.rows).toHaveLength(before.rows[0]!.n + 1);
    expect(after.rows.at(-1)).toEqual({
      claimant_id: null,
      detail: { from: addDays(today, -60), to: today, format: 'json' },
    });
  });
});
