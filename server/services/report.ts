/**
 * The office report (src/domain/report.ts has the rules): gathers the rows for one office and
 * one period, and turns the report into CSV. The office is the asking coach's; its claimants are
 * those of every coach in it (not deleted). Only shared, live records count, and the claimant
 * ids read here never leave this module: the answer holds totals only.
 */
import type { Queryable } from '../db';
import type { AnyRecord, AppointmentPack } from '../../src/domain/records';
import { packFor, packReadyBefore } from '../../src/domain/pack';
import {
  buildOfficeReport,
  dayOf,
  feedbackDay,
  type CountFigure,
  type MedianFigure,
  type OfficeReport,
  type ReportPeriod,
  type ShareFigure,
} from '../../src/domain/report';
import type { CheckInLike } from '../../src/domain/distance';
import enActionPlan from '../../locales/en/actionPlan.json';
import enCoach from '../../locales/en/coach.json';

/** Today's date in the UK, as offices count days. */
export async function ukToday(db: Queryable): Promise<string> {
  const result = await db.query<{ day: string }>(
    `select to_char((now() at time zone 'Europe/London')::date, 'YYYY-MM-DD') as day`,
  );
  return result.rows[0]!.day;
}

export async function officeReport(
  db: Queryable,
  officeId: string,
  period: ReportPeriod,
): Promise<OfficeReport> {
  const today = await ukToday(db);
  const office = await db.query<{ name: string }>('select name from offices where id = $1', [
    officeId,
  ]);
  const officeClaimants = `select c.id from claimants c join coaches co on co.id = c.coach_id
    where co.office_id = $1 and c.deleted_at is null`;

  const active = await db.query<{ claimant_id: string }>(
    `select distinct claimant_id from claimant_sync_days
     where claimant_id in (${officeClaimants}) and day between $2::date and $3::date`,
    [officeId, period.from, period.to],
  );
  // Check-ins taken in the period (by the day the phone wrote); the domain checks again.
  const checkIns = await db.query<{ claimant_id: string; data: CheckInLike }>(
    `select claimant_id, data from records
     where claimant_id in (${officeClaimants}) and kind = 'checkIn' and shared and not deleted
       and left(data->>'takenAt', 10) between $2 and $3`,
    [officeId, period.from, period.to],
  );
  // Actions made by the end of the period; the domain keeps those still in play in it.
  const actions = await db.query<{ claimant_id: string; data: Record<string, unknown> }>(
    `select claimant_id, data from records
     where claimant_id in (${officeClaimants}) and kind = 'action' and shared and not deleted
       and left(data->>'created', 10) <= $2`,
    [officeId, period.to],
  );
  const named = await db.query<{ data: AnyRecord & Record<string, unknown> }>(
    `select data from records
     where claimant_id in (${officeClaimants}) and kind = 'feedback' and shared and not deleted
       and data->>'status' = 'sent' and coalesce((data->>'anonymous')::boolean, false) = false`,
    [officeId],
  );
  // The coach's appointments in the period (the day as written), and the shared packs of the
  // office's claimants; the domain keeps those that took place and were not cancelled.
  const appointments = await db.query<{ claimant_id: string; data: Record<string, unknown> }>(
    `select claimant_id, data from records
     where claimant_id in (${officeClaimants}) and kind = 'appointment' and shared and not deleted
       and data->>'source' = 'coach' and left(data->>'at', 10) between $2 and $3`,
    [officeId, period.from, period.to],
  );
  const packs = await db.query<{ claimant_id: string; data: AppointmentPack }>(
    `select claimant_id, data from records
     where claimant_id in (${officeClaimants}) and kind = 'appointmentPack' and shared
       and not deleted`,
    [officeId],
  );
  const packsOf = new Map<string, AppointmentPack[]>();
  for (const row of packs.rows) {
    packsOf.set(row.claimant_id, [...(packsOf.get(row.claimant_id) ?? []), row.data]);
  }
  const anonymous = await db.query<{ about: string | null; helpful: number | null; day: string }>(
    `select about, helpful, to_char(given_on, 'YYYY-MM-DD') as day from anonymous_feedback
     where office_id = $1 and given_on between $2::date and $3::date`,
    [officeId, period.from, period.to],
  );

  return buildOfficeReport({
    officeName: office.rows[0]?.name ?? '',
    period,
    activeClaimantIds: active.rows.map((r) => r.claimant_id),
    checkIns: checkIns.rows.map((r) => ({ claimantId: r.claimant_id, record: r.data })),
    actions: actions.rows.map((r) => ({
      claimantId: r.claimant_id,
      type: r.data.type as string | null | undefined,
      status: r.data.status as string | undefined,
      created: String(r.data.created ?? ''),
      updated: String(r.data.updated ?? ''),
    })),
    feedback: [
      ...named.rows.map((r) => ({
        about: r.data.about as string | undefined,
        helpful: r.data.helpful as number | null | undefined,
        day: feedbackDay(r.data as { sentAt?: string | null; updated?: string }, today),
      })),
      ...anonymous.rows,
    ],
    appointments: appointments.rows.map((r) => {
      const at = r.data.at as string | undefined;
      const pack = packFor(packsOf.get(r.claimant_id) ?? [], String(r.data.id));
      return {
        claimantId: r.claimant_id,
        at,
        status: r.data.status as string | undefined,
        packReady: pack !== undefined && packReadyBefore(pack, at),
      };
    }),
    now: Date.now(),
  });
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, CRLF line ends, UTF-8 with a byte order mark). Words come from the console's
// English strings.

const words = enCoach.report;
const FEWER = words.fewerThan;

/** A cell as CSV: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: string | number): string {
  let text = String(value);
  const isNumber = /^-?\d+(\.\d+)?%?$/.test(text);
  if (!isNumber && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function countCells(f: CountFigure): string[] {
  return f.suppressed ? [FEWER, FEWER] : [String(f.count), String(f.people)];
}
function medianCells(f: MedianFigure): string[] {
  return f.suppressed ? [FEWER, FEWER] : [String(f.median), String(f.people)];
}
function shareCells(f: ShareFigure): string[] {
  return f.suppressed ? [FEWER, FEWER] : [`${Math.round(f.share * 100)}%`, String(f.responses)];
}

export function reportCsv(report: OfficeReport): string {
  const rows: string[][] = [
    [words.csv.office, report.office.name],
    [words.csv.period, `${report.period.from} – ${report.period.to}`],
    [words.csv.rule],
    [],
    [words.csv.section, words.csv.measure, words.csv.figure, words.csv.people],
    [words.using.heading, words.csv.all, ...countCells(report.claimantsUsingWaymark)],
    [words.checkIns.heading, words.csv.all, ...countCells(report.checkIns)],
    ...report.distanceTravelled.map((d) => [
      words.distance.heading,
      enActionPlan.areas[d.area],
      ...medianCells(d.figure),
    ]),
    ...report.actionsByType.map((a) => [
      words.actions.byType,
      a.type === 'notSaid' ? words.actions.notSaid : enActionPlan.types[a.type],
      ...countCells(a.figure),
    ]),
    ...report.actionsByStatus.map((a) => [
      words.actions.byStatus,
      enActionPlan.statuses[a.status],
      ...countCells(a.figure),
    ]),
    ...report.satisfaction.map((s) => [
      words.satisfaction.heading,
      enCoach.feedback.aboutOptions[s.about],
      ...shareCells(s.figure),
    ]),
    [
      words.packs.heading,
      words.packs.appointments,
      ...countCells(report.packsCompletedBeforeAppointments.appointments),
    ],
    [
      words.packs.heading,
      words.packs.ready,
      ...countCells(report.packsCompletedBeforeAppointments.packs),
    ],
  ];
  // A byte order mark first, so spreadsheet programs read the file as UTF-8 (Welsh letters, "–").
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The download's file name: plain ASCII, the period in it. */
export function reportFileName(period: ReportPeriod): string {
  const safe = (day: string) => dayOf(`${day}T00:00:00Z`) ?? 'period';
  return `waymark-office-report-${safe(period.from)}-to-${safe(period.to)}.csv`;
}
