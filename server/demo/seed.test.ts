/**
 * The demo office: what seeding puts in the database (the expected people, records and caseload),
 * that every record passes the sync protocol's own schemas, that the story is allowed by the
 * write permissions on whatever weekday it is first seeded, and that seeding again adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadEntrySchema } from '../../src/domain/caseload';
import { applyFields } from '../../src/domain/merge';
import type { AnyRecord, AppointmentPack, RecordKind } from '../../src/domain/records';
import { recordChangeSchema, syncRequestSchema } from '../../src/domain/sync';
import { checkPassword } from '../cli/coach-add';
import { checkSignIn } from '../services/coaches';
import { listCaseload } from '../services/caseload';
import { checkWrite } from '../services/permissions';
import { officeReport, ukToday } from '../services/report';
import { addDays } from '../../src/domain/dates';
import { packReadyBefore } from '../../src/domain/pack';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import type { TestDatabase } from '../test/db';
import {
  DEMO_COACH_EMAIL,
  DEMO_COACH_PASSWORD,
  demoPairingCode,
  demoPeople,
  NEW_CLAIMANT_LABEL,
  seedDemoOffice,
  storyMutations,
} from './seed';
import type { DemoOffice } from './seed';
import { Timeline } from './story';

let db: TestDatabase;
let office: DemoOffice;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: true });
  office = await seedDemoOffice(db);
});
afterAll(() => db.close());

const TABLES = [
  'offices',
  'coaches',
  'claimants',
  'pairing_codes',
  'devices',
  'records',
  'applied_mutations',
  'audit_log',
  'coach_claimant_views',
  'claimant_sync_days',
];

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    result[table] = rows.rows[0]!.n;
  }
  return result;
}

interface Row {
  label: string;
  kind: RecordKind;
  data: AnyRecord & Record<string, unknown>;
  shared: boolean;
  by_claimant: boolean;
}

async function recordsOf(label: string): Promise<Row[]> {
  const result = await db.query<Row>(
    `select c.label, r.kind, r.data, r.shared, r.claimant_seq is not null as by_claimant
     from records r join claimants c on c.id = r.claimant_id where c.label = $1`,
    [label],
  );
  return result.rows;
}

const ofKind = (rows: Row[], kind: RecordKind) => rows.filter((r) => r.kind === kind);

describe(`the demo office (${testDatabaseKind})`, () => {
  it('has a demo coach who can sign in with the printed password', async () => {
    expect(checkPassword(DEMO_COACH_PASSWORD)).toBeUndefined();
    const coach = await checkSignIn(db, DEMO_COACH_EMAIL, DEMO_COACH_PASSWORD);
    expect(coach?.id).toBe(office.coach.id);
    expect(office.added).toEqual([
      'S.K.',
      'P.N.',
      'D.O.',
      'G.H.',
      'A.R.',
      'J.E.',
      'M.T.',
      NEW_CLAIMANT_LABEL,
    ]);
  });

  it('has the expected claimants, phones and caseload', async () => {
    const caseload = await listCaseload(db, office.coach.id);
    for (const entry of caseload) caseloadEntrySchema.parse(entry);
    const summary = Object.fromEntries(
      caseload.map((c) => [
        c.label,
        {
          devices: c.devices,
          pairing: c.pairing !== null,
          active: c.lastActivity !== null,
          whatsNew: c.whatsNew,
        },
      ]),
    );
    expect(summary).toEqual({
      'S.K.': {
        devices: 1,
        pairing: false,
        active: true,
        whatsNew: { count: 3, kinds: ['action', 'checkIn', 'journalEntry'] },
      },
      'P.N.': {
        devices: 1,
        pairing: false,
        active: true,
        whatsNew: { count: 3, kinds: ['action', 'checkIn', 'journalEntry'] },
      },
      'D.O.': {
        devices: 1,
        pairing: false,
        active: true,
        whatsNew: { count: 2, kinds: ['action', 'journalEntry'] },
      },
      'G.H.': {
        devices: 1,
        pairing: false,
        active: true,
        whatsNew: { count: 3, kinds: ['action', 'checkIn', 'journalEntry'] },
      },
      'A.R.': { devices: 1, pairing: false, active: true, whatsNew: { count: 0, kinds: [] } },
      'J.E.': { devices: 1, pairing: false, active: true, whatsNew: { count: 0, kinds: [] } },
      'M.T.': { devices: 1, pairing: false, active: true, whatsNew: { count: 0, kinds: [] } },
      'L.B.': { devices: 0, pairing: false, active: false, whatsNew: { count: 0, kinds: [] } },
    });
    // Months of history: added about six months ago, last active within the last few days.
    const sk = caseload.find((c) => c.label === 'S.K.')!;
    expect(Date.now() - Date.parse(sk.createdAt)).toBeGreaterThan(170 * 86_400_000);
    expect(Date.now() - Date.parse(sk.lastActivity!)).toBeLessThan(5 * 86_400_000);
  });

  it('stores only records that pass the sync schemas, all shared and in the past', async () => {
    const all = await db.query<{ kind: RecordKind; data: AnyRecord; shared: boolean }>(
      'select kind, data, shared from records',
    );
    const story = demoPeople(new Timeline(new Date()));
    const keys = story.reduce((n, p) => n + new Set(p.events.map((e) => e.key)).size, 0);
    expect(keys).toBeGreaterThan(80);
    // Feedback sent without the name is kept apart, with no link to the person (issue 6).
    const anonymous = story.reduce((n, p) => {
      const sentAnonymously = p.events.filter((e) => {
        const fields = typeof e.fields === 'function' ? e.fields(() => '') : e.fields;
        return e.kind === 'feedback' && (fields as { anonymous?: boolean }).anonymous === true;
      });
      return n + new Set(sentAnonymously.map((e) => e.key)).size;
    }, 0);
    expect(anonymous).toBeGreaterThan(0);
    expect(all.rows).toHaveLength(keys - anonymous);
    const kept = await db.query<{ n: number }>('select count(*)::int as n from anonymous_feedback');
    expect(kept.rows[0]!.n).toBe(anonymous);
    for (const row of all.rows) {
      recordChangeSchema.parse({ recordKind: row.kind, record: row.data });
      expect(row.shared, `${row.kind} ${row.data.id}`).toBe(true);
      expect(row.data.updated < `${String(Date.now()).padStart(15, '0')}`).toBe(true);
    }
    const refused = await db.query<{ n: number }>(
      `select count(*)::int as n from applied_mutations where outcome <> 'applied'`,
    );
    expect(refused.rows[0]!.n).toBe(0);
  });

  it('gives each person with a history the whole workbook', async () => {
    for (const label of ['S.K.', 'D.O.', 'A.R.']) {
      const rows = await recordsOf(label);
      const aboutMe = ofKind(rows, 'aboutMe');
      expect(aboutMe.map((r) => r.data.status)).toEqual(['done', 'done']);
      expect(ofKind(rows, 'values')).toHaveLength(1);
      const goals = ofKind(rows, 'fourSteps');
      expect(
        goals.some((g) => (g.data.reviews as unknown[]).length >= 2),
        label,
      ).toBe(true);
      const checkIns = ofKind(rows, 'checkIn');
      expect(checkIns.length, label).toBeGreaterThanOrEqual(4);
      const answers = checkIns.flatMap((c) =>
        Object.values(c.data.scores as Record<string, { kind: string }>).map((s) => s.kind),
      );
      expect(new Set(answers), label).toEqual(new Set(['score', 'changesTooMuch', 'skipped']));
      const actions = ofKind(rows, 'action');
      expect(
        actions.some((a) => a.data.proposedBy === 'coach'),
        label,
      ).toBe(true);
      expect(
        actions.some((a) => a.data.proposedBy === 'claimant'),
        label,
      ).toBe(true);
      const appointments = ofKind(rows, 'appointment');
      const upcoming = appointments.filter((a) => Date.parse(a.data.at as string) > Date.now());
      expect(upcoming, label).toHaveLength(1);
      expect(appointments.length - upcoming.length, label).toBeGreaterThanOrEqual(3);
      const authors = new Set(ofKind(rows, 'journalEntry').map((j) => j.data.author));
      expect(authors, label).toEqual(new Set(['claimant', 'coach']));
    }
    const everyone = [
      ...(await recordsOf('S.K.')),
      ...(await recordsOf('D.O.')),
      ...(await recordsOf('A.R.')),
    ];
    const actions = ofKind(everyone, 'action');
    expect(actions.filter((a) => a.data.requirement === 'agreedRequirement')).toHaveLength(1);
    expect(new Set(actions.map((a) => a.data.status))).toEqual(
      new Set(['toDo', 'inProgress', 'done', 'dropped']),
    );
    const appointments = ofKind(everyone, 'appointment').map((a) => a.data);
    expect(appointments.some((a) => a.how === 'phone')).toBe(true);
    expect(appointments.some((a) => (a.adjustments as string[]).length > 0)).toBe(true);
    expect(ofKind(everyone, 'feedback').length).toBeGreaterThanOrEqual(1);

    // Scores move both ways over the months.
    const confidence = ofKind(await recordsOf('A.R.'), 'checkIn')
      .sort((a, b) => String(a.data.takenAt).localeCompare(String(b.data.takenAt)))
      .map((c) => (c.data.scores as Record<string, { value?: number }>).confidence?.value);
    expect(confidence).toEqual([2, 2, 4, 3]);
  });

  it('gives P.N., G.H. and J.E. a shared workbook and appointments they prepared for', async () => {
    for (const label of ['P.N.', 'G.H.', 'J.E.']) {
      const rows = await recordsOf(label);
      expect(
        ofKind(rows, 'aboutMe').map((r) => r.data.status),
        label,
      ).toEqual(['done']);
      const checkIns = ofKind(rows, 'checkIn').filter((c) => c.data.status === 'done');
      expect(checkIns.length, label).toBeGreaterThanOrEqual(3);
      const months = new Set(checkIns.map((c) => String(c.data.takenAt).slice(0, 7)));
      expect(months.size, label).toBeGreaterThanOrEqual(3);
      expect(ofKind(rows, 'action').length, label).toBeGreaterThanOrEqual(3);
      const past = ofKind(rows, 'appointment').filter(
        (a) => a.data.source === 'coach' && Date.parse(a.data.at as string) < Date.now(),
      );
      expect(past.length, label).toBeGreaterThanOrEqual(3);
      const pastIds = new Set(past.map((a) => a.data.id));
      const feedback = ofKind(rows, 'feedback').map((f) => f.data);
      expect(
        feedback.some((f) => f.about === 'appointment' && pastIds.has(f.aboutId as string)),
        label,
      ).toBe(true);
      expect(feedback.every((f) => f.anonymous === false)).toBe(true);
      const ready = ofKind(rows, 'appointmentPack').filter((p) => {
        const appointment = past.find((a) => a.data.id === p.data.appointmentId);
        const pack = p.data as unknown as AppointmentPack;
        return appointment && packReadyBefore(pack, appointment.data.at as string);
      });
      expect(ready.length, label).toBeGreaterThanOrEqual(1);
    }
    // Helpfulness is mixed, not all top marks.
    const helpful = (
      await Promise.all(['P.N.', 'G.H.', 'J.E.'].map((label) => recordsOf(label)))
    ).flatMap((rows) => ofKind(rows, 'feedback').map((f) => f.data.helpful));
    expect(Math.min(...(helpful as number[]))).toBeLessThan(4);
    expect(Math.max(...(helpful as number[]))).toBeGreaterThanOrEqual(4);
  });

  it('shows real figures in the office report for the last 200 days, naming no one', async () => {
    const today = await ukToday(db);
    const report = await officeReport(db, office.coach.officeId, {
      from: addDays(today, -200),
      to: today,
    });
    // Every phone that synced (M.T. too), and the six who share check-ins.
    expect(report.claimantsUsingWaymark).toEqual({ suppressed: false, count: 7, people: 7 });
    expect(report.checkIns).toMatchObject({ suppressed: false, people: 6 });
    const shown = report.distanceTravelled.filter((d) => !d.figure.suppressed);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const area of ['physicalHealth', 'mentalHealth', 'confidence'] as const) {
      const figure = report.distanceTravelled.find((d) => d.area === area)!.figure;
      expect(figure, area).toMatchObject({ suppressed: false, people: 6 });
    }
    // Caring: only S.K. scores it, so it stays hidden.
    expect(report.distanceTravelled.find((d) => d.area === 'caring')!.figure).toEqual({
      suppressed: true,
    });
    const appointments = report.satisfaction.find((s) => s.about === 'appointment')!.figure;
    expect(appointments).toMatchObject({ suppressed: false, responses: 6, helpful: 4 });
    expect(report.satisfaction.find((s) => s.about === 'course')!.figure).toEqual({
      suppressed: true,
    });
    const packs = report.packsCompletedBeforeAppointments;
    expect(packs.appointments).toMatchObject({ suppressed: false, people: 6 });
    expect(packs.packs).toMatchObject({ suppressed: false, count: 8, people: 5 });

    // Totals only: no label, id, device, coach, or anyone's words.
    const json = JSON.stringify(report);
    const claimants = await db.query<{ id: string; label: string }>(
      'select id, label from claimants',
    );
    const devices = await db.query<{ id: string }>('select id from devices');
    const words = await db.query<{ text: string }>(
      `select coalesce(data->>'text', data->>'comment', data->>'talkAbout') as text from records
       where kind in ('journalEntry', 'feedback', 'appointmentPack')`,
    );
    const secrets = [
      ...claimants.rows.flatMap((c) => [c.id, c.label]),
      ...devices.rows.map((d) => d.id),
      ...words.rows.map((w) => w.text).filter((w) => w.length > 0),
      office.coach.id,
      DEMO_COACH_EMAIL,
      'Priya',
    ];
    expect(secrets.length).toBeGreaterThan(20);
    for (const secret of secrets) expect(json, secret).not.toContain(secret);
  });

  it('shares nothing from M.T. yet, and L.B. has only a pairing code', async () => {
    const mt = await recordsOf('M.T.');
    expect(mt.filter((r) => r.by_claimant)).toEqual([]);
    expect(mt.map((r) => r.kind).sort()).toEqual(['appointment', 'journalEntry']);
    expect(await recordsOf(NEW_CLAIMANT_LABEL)).toEqual([]);
  });

  it('adds nothing when seeded again; each run can hand out a fresh pairing code', async () => {
    const before = await counts();
    const again = await seedDemoOffice(db);
    expect(again.added).toEqual([]);
    expect(again.coach).toEqual(office.coach);
    expect(again.newClaimant).toEqual(office.newClaimant);
    expect(await counts()).toEqual(before);

    const first = await demoPairingCode(db, again);
    const second = await demoPairingCode(db, again);
    expect(second.code).not.toBe(first.code);
    expect(second.link).toBe(`/pair?code=${second.code}`);
    const open = await db.query<{ n: number }>(
      `select count(*)::int as n from pairing_codes
       where claimant_id = $1 and used_at is null and expires_at > now()`,
      [again.newClaimant.id],
    );
    expect(open.rows[0]!.n).toBe(1);
  });
});

describe('the demo story', () => {
  // Seeding on any day of the week moves the coach's changes to weekdays; the order must still
  // be one the server accepts.
  for (let weekday = 0; weekday < 7; weekday++) {
    it(`is accepted by the write rules when first seeded ${weekday} days after a Sunday`, () => {
      const anchor = new Date(Date.UTC(2026, 10, 22 + weekday, 9));
      const timeline = new Timeline(anchor);
      for (const person of demoPeople(timeline)) {
        const nodes = { device: 'phone-node', coach: 'coach-node' };
        const mutations = storyMutations(person, nodes);
        const claimantSide = mutations
          .filter((m) => m.event.by === 'claimant')
          .map((m) => m.mutation);
        syncRequestSchema.parse({
          deviceId: '00000000-0000-4000-8000-000000000000',
          since: '',
          mutations: claimantSide,
        });
        const records = new Map<string, AnyRecord>();
        for (const { event, mutation } of mutations) {
          expect(event.at, person.label).toBeLessThan(timeline.day0);
          if (event.by === 'coach') expect([0, 6]).not.toContain(new Date(event.at).getUTCDay());
          const current = records.get(mutation.recordId);
          const reason = checkWrite(
            event.by,
            mutation.recordKind,
            current as Record<string, unknown> | undefined,
            mutation.fields,
          );
          expect(reason, `${person.label} ${event.key}`).toBeUndefined();
          records.set(
            mutation.recordId,
            applyFields(current as never, {
              kind: mutation.recordKind,
              id: mutation.recordId,
              fields: mutation.fields,
              hlc: mutation.hlc,
            }) as AnyRecord,
          );
        }
        expect(person.added).toBeLessThanOrEqual(person.phone?.paired ?? person.added);
        if (person.coachLooked !== undefined) {
          expect(person.coachLooked).toBeLessThan(timeline.day0);
        }
      }
    });
  }
});
