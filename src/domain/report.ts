/**
 * The office report (issue 6): anonymised totals for one jobcentre office over a chosen period,
 * as pure functions shared by the server (which gathers the rows) and the coach console (which
 * shows the figures). Nothing here names or lists a person or a coach, and nothing ranks anyone.
 *
 * Every figure carries how many people it is drawn from; a figure drawn from fewer than
 * MIN_PEOPLE (claimants, or feedback responses for satisfaction) is replaced by
 * `{ suppressed: true }` and shown as "fewer than 5". Where a group's figures add up (actions by
 * type, actions by status), a group with one hidden figure hides its next smallest too, so the
 * hidden one cannot be worked out by subtraction.
 *
 * Days are calendar days written YYYY-MM-DD. A check-in counts on the day it was taken and a
 * feedback on the day it was given, both as the phone wrote them (its own calendar).
 */
import { z } from 'zod';
import { ACTION_STATUSES, ACTION_TYPES } from './actions';
import { BARRIER_AREAS, type BarrierArea } from './barriers';
import { addDays } from './dates';
import { distanceTravelled, type CheckInLike } from './distance';
import { hlcWallTime, isHlc } from './hlc';

/** A figure drawn from fewer people than this is not shown. */
export const MIN_PEOPLE = 5;
/** The longest period a report covers, in days (three years). */
export const MAX_PERIOD_DAYS = 3 * 366;

export const FEEDBACK_ABOUT = ['appointment', 'course', 'referral', 'app'] as const;
export type FeedbackAbout = (typeof FEEDBACK_ABOUT)[number];
/** An action with no type chosen is counted as 'notSaid'. */
export const REPORT_ACTION_TYPES = [...ACTION_TYPES, 'notSaid'] as const;
export type ReportActionType = (typeof REPORT_ACTION_TYPES)[number];
export type ReportActionStatus = (typeof ACTION_STATUSES)[number];

export interface Suppressed {
  suppressed: true;
}
export type CountFigure = Suppressed | { suppressed: false; count: number; people: number };
export type MedianFigure = Suppressed | { suppressed: false; median: number; people: number };
export type ShareFigure =
  | Suppressed
  | {
      suppressed: false;
      /** helpful / answered, from 0 to 1. */
      share: number;
      /** Answers "very helpful" or "fairly helpful". */
      helpful: number;
      /** Responses that answered "How helpful was it?" (the count the rule applies to). */
      responses: number;
    };

export interface OfficeReport {
  office: { name: string };
  period: { from: string; to: string };
  minimumPeople: number;
  claimantsUsingWaymark: CountFigure;
  checkIns: CountFigure;
  distanceTravelled: { area: BarrierArea; figure: MedianFigure }[];
  actionsByType: { type: ReportActionType; figure: CountFigure }[];
  actionsByStatus: { status: ReportActionStatus; figure: CountFigure }[];
  satisfaction: { about: FeedbackAbout; figure: ShareFigure }[];
  /**
   * The work coach's appointments that took place in the period (not cancelled), and how many
   * of them had a "Before your appointment" pack the claimant shared and marked ready before
   * it began. Packs kept private never reach the server, so they are not counted.
   */
  packsCompletedBeforeAppointments: { appointments: CountFigure; packs: CountFigure };
}

const isoDay = z.iso.date({ error: 'Dates must be real dates written YYYY-MM-DD.' });

/** The report's query: `from` and `to` are days, both included. */
export const reportQuerySchema = z
  .object({ from: isoDay, to: isoDay })
  .refine((q) => q.from <= q.to, {
    message: 'The start of the period must be on or before its end.',
    path: ['to'],
  })
  .refine((q) => q.to <= addDays(q.from, MAX_PERIOD_DAYS - 1), {
    message: 'The period can be at most three years long.',
    path: ['to'],
  });
export type ReportPeriod = z.infer<typeof reportQuerySchema>;

/** A day in the period, both ends included. */
export function inPeriod(day: string | undefined, period: ReportPeriod): boolean {
  return day !== undefined && day >= period.from && day <= period.to;
}

/** The calendar day an ISO date-time was written on (its own offset), or undefined. */
export function dayOf(isoDateTime: unknown): string | undefined {
  if (typeof isoDateTime !== 'string') return undefined;
  const day = isoDateTime.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** The UTC day of a hybrid logical clock value, or undefined. */
export function dayOfHlc(hlc: unknown): string | undefined {
  if (typeof hlc !== 'string' || !isHlc(hlc)) return undefined;
  return new Date(hlcWallTime(hlc)).toISOString().slice(0, 10);
}

/**
 * The day a feedback was given: the day of `sentAt` as the phone wrote it, else the day of its
 * last change; never later than `today` (a phone with a wrong date cannot put it in the future).
 */
export function feedbackDay(
  feedback: { sentAt?: string | null; updated?: string },
  today: string,
): string {
  const day = dayOf(feedback.sentAt) ?? dayOfHlc(feedback.updated) ?? today;
  return day > today ? today : day;
}

/** The middle value; with an even count, halfway between the two middle values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function countFigure(count: number, people: number): CountFigure {
  return people < MIN_PEOPLE ? { suppressed: true } : { suppressed: false, count, people };
}

export function medianFigure(values: readonly number[]): MedianFigure {
  const middle = median(values);
  return middle === undefined || values.length < MIN_PEOPLE
    ? { suppressed: true }
    : { suppressed: false, median: middle, people: values.length };
}

export function shareFigure(helpful: number, responses: number): ShareFigure {
  return responses < MIN_PEOPLE
    ? { suppressed: true }
    : {
        suppressed: false,
        share: Math.round((helpful / responses) * 1000) / 1000,
        helpful,
        responses,
      };
}

/**
 * Complementary suppression for figures that add up to a total: when exactly one is hidden,
 * the smallest shown one is hidden too.
 */
function protectGroup<T extends { figure: CountFigure }>(rows: T[]): T[] {
  const hidden = rows.filter((r) => r.figure.suppressed).length;
  if (hidden !== 1) return rows;
  let smallest: T | undefined;
  for (const row of rows) {
    const f = row.figure;
    if (f.suppressed) continue;
    if (!smallest || f.count < (smallest.figure as { count: number }).count) smallest = row;
  }
  return rows.map((row) => (row === smallest ? { ...row, figure: { suppressed: true } } : row));
}

/** One claimant's shared check-in (the server passes shared, live ones). */
export interface ReportCheckIn {
  claimantId: string;
  record: CheckInLike;
}

/** One claimant's shared action. */
export interface ReportAction {
  claimantId: string;
  type: string | null | undefined;
  status: string | undefined;
  /** ISO date-time the action was made. */
  created: string;
  /** HLC of its last change. */
  updated: string;
}

/** One feedback response, named or anonymous (no one is identified either way). */
export interface ReportFeedback {
  about: string | null | undefined;
  helpful: number | null | undefined;
  /** YYYY-MM-DD, see feedbackDay. */
  day: string;
}

/** One of the coach's appointments, and whether a shared pack was ready before it began. */
export interface ReportAppointment {
  claimantId: string;
  at: string | undefined;
  status: string | undefined;
  packReady: boolean;
}

export interface ReportInput {
  officeName: string;
  period: ReportPeriod;
  /** Claimants of the office whose phone synced on a day in the period (each once). */
  activeClaimantIds: readonly string[];
  checkIns: readonly ReportCheckIn[];
  actions: readonly ReportAction[];
  feedback: readonly ReportFeedback[];
  appointments: readonly ReportAppointment[];
  /** Now (ms since the epoch): appointments still to come are not counted yet. */
  now: number;
}

const isOpenStatus = (status: string | undefined) => status !== 'done' && status !== 'dropped';

/**
 * An action counts when it was in play during the period: made on or before its last day, and
 * either still open or last changed on or after its first day. It is counted by its type and
 * by its status now.
 */
export function actionInPeriod(action: ReportAction, period: ReportPeriod): boolean {
  const made = dayOf(action.created);
  if (made === undefined || made > period.to) return false;
  if (isOpenStatus(action.status)) return true;
  const changed = dayOfHlc(action.updated);
  return changed !== undefined && changed >= period.from;
}

function countBy<K extends string>(
  keys: readonly K[],
  rows: readonly { key: K; claimantId: string }[],
): { key: K; figure: CountFigure }[] {
  return keys.map((key) => {
    const matching = rows.filter((r) => r.key === key);
    return {
      key,
      figure: countFigure(matching.length, new Set(matching.map((r) => r.claimantId)).size),
    };
  });
}

export function buildOfficeReport(input: ReportInput): OfficeReport {
  const { period } = input;

  const checkIns = input.checkIns.filter(
    (c) =>
      !c.record.deleted && c.record.status === 'done' && inPeriod(dayOf(c.record.takenAt), period),
  );
  const byClaimant = new Map<string, CheckInLike[]>();
  for (const c of checkIns) {
    const list = byClaimant.get(c.claimantId) ?? [];
    list.push(c.record);
    byClaimant.set(c.claimantId, list);
  }
  const distance = BARRIER_AREAS.map((area) => {
    const changes: number[] = [];
    for (const records of byClaimant.values()) {
      const d = distanceTravelled(records, area);
      if (d && d.answered >= 2) changes.push(d.change);
    }
    return { area, figure: medianFigure(changes) };
  });

  const actions = input.actions.filter((a) => actionInPeriod(a, period));
  const typeOf = (a: ReportAction): ReportActionType =>
    (ACTION_TYPES as readonly string[]).includes(a.type ?? '')
      ? (a.type as ReportActionType)
      : 'notSaid';
  const byType = protectGroup(
    countBy(
      REPORT_ACTION_TYPES,
      actions.map((a) => ({ key: typeOf(a), claimantId: a.claimantId })),
    ),
  ).map(({ key, figure }) => ({ type: key, figure }));
  const byStatus = protectGroup(
    countBy(
      ACTION_STATUSES,
      actions.map((a) => ({
        key: ((ACTION_STATUSES as readonly string[]).includes(a.status ?? '')
          ? a.status
          : 'toDo') as ReportActionStatus,
        claimantId: a.claimantId,
      })),
    ),
  ).map(({ key, figure }) => ({ status: key, figure }));

  const feedback = input.feedback.filter((f) => inPeriod(f.day, period));
  const satisfaction = FEEDBACK_ABOUT.map((about) => {
    const answered = feedback.filter((f) => f.about === about && typeof f.helpful === 'number');
    const helpful = answered.filter((f) => (f.helpful ?? 0) >= 4).length;
    return { about, figure: shareFigure(helpful, answered.length) };
  });

  const held = input.appointments.filter((a) => {
    const start = Date.parse(a.at ?? '');
    return a.status !== 'cancelled' && start <= input.now && inPeriod(dayOf(a.at), period);
  });
  const ready = held.filter((a) => a.packReady);
  const packs = {
    appointments: countFigure(held.length, new Set(held.map((a) => a.claimantId)).size),
    packs: countFigure(ready.length, new Set(ready.map((a) => a.claimantId)).size),
  };

  return {
    office: { name: input.officeName },
    period: { from: period.from, to: period.to },
    minimumPeople: MIN_PEOPLE,
    claimantsUsingWaymark: countFigure(
      new Set(input.activeClaimantIds).size,
      new Set(input.activeClaimantIds).size,
    ),
    checkIns: countFigure(checkIns.length, byClaimant.size),
    distanceTravelled: distance,
    actionsByType: byType,
    actionsByStatus: byStatus,
    satisfaction,
    packsCompletedBeforeAppointments: packs,
  };
}
