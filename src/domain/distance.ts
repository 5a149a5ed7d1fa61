/**
 * Distance travelled: the rules that turn a claimant's barrier check-ins into "how far have I
 * come". Pure functions over check-in records (no React, no IO), shared by the claimant app and
 * the coach console. A score is 1-10 where 10 = "this does not hold me back", so a rise is an
 * improvement. Skipped areas and "It changes too much to say" are never treated as scores.
 */
import { BARRIER_AREAS, type BarrierArea } from './barriers';
import type { CheckInScore } from './records';

/** The parts of a check-in record these rules read (a CheckIn satisfies it). */
export interface CheckInLike {
  id: string;
  deleted?: boolean;
  status?: 'draft' | 'done';
  takenAt?: string;
  scores?: Partial<Record<BarrierArea, CheckInScore>>;
}

/** One answered score for one area, in one finished check-in. */
export interface ScorePoint {
  checkInId: string;
  takenAt: string;
  value: number;
}

/** One finished check-in's answer for one area, as a chart or a table shows it. */
export type AreaEntry =
  | { kind: 'score'; checkInId: string; takenAt: string; value: number }
  | { kind: 'changesTooMuch'; checkInId: string; takenAt: string };

/** Finished, live check-ins with a date, oldest first (ties keep a stable order by id). */
export function finishedCheckIns<T extends CheckInLike>(records: readonly T[]): T[] {
  return records
    .filter((r) => !r.deleted && r.status === 'done' && typeof r.takenAt === 'string')
    .sort((a, b) => {
      const byDate = Date.parse(a.takenAt ?? '') - Date.parse(b.takenAt ?? '');
      return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
    });
}

/** The answered scores and "changes too much" answers for an area, oldest first. */
export function areaHistory(records: readonly CheckInLike[], area: BarrierArea): AreaEntry[] {
  const entries: AreaEntry[] = [];
  for (const checkIn of finishedCheckIns(records)) {
    const answer = checkIn.scores?.[area];
    const takenAt = checkIn.takenAt ?? '';
    if (answer?.kind === 'score') {
      entries.push({ kind: 'score', checkInId: checkIn.id, takenAt, value: answer.value });
    } else if (answer?.kind === 'changesTooMuch') {
      entries.push({ kind: 'changesTooMuch', checkInId: checkIn.id, takenAt });
    }
  }
  return entries;
}

/** Only the answered 1-10 scores for an area, oldest first. */
export function areaScores(records: readonly CheckInLike[], area: BarrierArea): ScorePoint[] {
  return areaHistory(records, area).flatMap((e) =>
    e.kind === 'score' ? [{ checkInId: e.checkInId, takenAt: e.takenAt, value: e.value }] : [],
  );
}

export interface AreaDistance {
  area: BarrierArea;
  first: ScorePoint;
  latest: ScorePoint;
  /** latest − first: positive means it holds the person back less than it did. */
  change: number;
  /** How many answered scores there are for the area. */
  answered: number;
}

/**
 * Distance travelled for an area: the latest answered score minus the first answered score,
 * ignoring skipped and "changes too much". Undefined when the area has no answered score.
 * With one answered score, first and latest are the same and the change is 0.
 */
export function distanceTravelled(
  records: readonly CheckInLike[],
  area: BarrierArea,
): AreaDistance | undefined {
  const scores = areaScores(records, area);
  const first = scores[0];
  const latest = scores[scores.length - 1];
  if (!first || !latest) return undefined;
  return { area, first, latest, change: latest.value - first.value, answered: scores.length };
}

export type Direction = 'improved' | 'harder' | 'same';
export type Trend = Direction | 'notEnough';

export function directionOf(change: number): Direction {
  if (change > 0) return 'improved';
  if (change < 0) return 'harder';
  return 'same';
}

/** How many of the latest finished check-ins the trend looks at. */
export const TREND_WINDOW = 3;

/**
 * The trend for an area over the last three finished check-ins: the last answered score in that
 * window against the first one. 'notEnough' when fewer than two of those three check-ins have
 * an answered score for the area (a skip or "changes too much" leaves a gap, not a zero).
 */
export function trend(records: readonly CheckInLike[], area: BarrierArea): Trend {
  const window = finishedCheckIns(records).slice(-TREND_WINDOW);
  const values = window.flatMap((c) => {
    const answer = c.scores?.[area];
    return answer?.kind === 'score' ? [answer.value] : [];
  });
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length < 2 || first === undefined || last === undefined) return 'notEnough';
  return directionOf(last - first);
}

export interface Completeness {
  /** Areas with a 1-10 score. */
  scored: number;
  /** Areas answered "It changes too much to say". */
  changesTooMuch: number;
  /** Areas the person chose to skip. */
  skipped: number;
  /** Areas not reached yet. */
  notAnswered: number;
  total: number;
  /** Every area has a score, a "changes too much" or a skip. */
  complete: boolean;
}

/** How much of a check-in has been gone through: every area counts once. */
export function completeness(checkIn: Pick<CheckInLike, 'scores'>): Completeness {
  const counts = { scored: 0, changesTooMuch: 0, skipped: 0, notAnswered: 0 };
  for (const area of BARRIER_AREAS) {
    const answer = checkIn.scores?.[area];
    if (!answer) counts.notAnswered += 1;
    else if (answer.kind === 'score') counts.scored += 1;
    else if (answer.kind === 'changesTooMuch') counts.changesTooMuch += 1;
    else counts.skipped += 1;
  }
  return { ...counts, total: BARRIER_AREAS.length, complete: counts.notAnswered === 0 };
}

/** The first area (in display order) with no answer yet, or undefined when all have one. */
export function firstUnansweredArea(checkIn: Pick<CheckInLike, 'scores'>): BarrierArea | undefined {
  return BARRIER_AREAS.find((area) => !checkIn.scores?.[area]);
}

/**
 * "Same as last time": the answer (a score or "changes too much") given for an area in the most
 * recent finished check-in that answered it, other than `excludeId`. Notes are not copied.
 */
export function lastAnswer(
  records: readonly CheckInLike[],
  area: BarrierArea,
  excludeId?: string,
): Exclude<CheckInScore, { kind: 'skipped' }> | undefined {
  const history = areaHistory(
    records.filter((r) => r.id !== excludeId),
    area,
  );
  const last = history[history.length - 1];
  if (!last) return undefined;
  return last.kind === 'score' ? { kind: 'score', value: last.value } : { kind: 'changesTooMuch' };
}

export interface AppointmentSummary {
  improved: AreaDistance[];
  harder: AreaDistance[];
  same: AreaDistance[];
  /** Areas with fewer than two answered scores in the period, so no change to report. */
  notEnough: BarrierArea[];
  /** The first and latest finished check-ins counted, when there are any. */
  from?: string;
  to?: string;
  checkIns: number;
}

/**
 * What changed, for the next appointment: each area's distance travelled, sorted into improved,
 * got harder and the same (largest change first). With `since` (an ISO date or date-time),
 * only check-ins taken at or after it count, e.g. since the last appointment.
 */
export function appointmentSummary(
  records: readonly CheckInLike[],
  options: { since?: string } = {},
): AppointmentSummary {
  const since = options.since ? Date.parse(options.since) : Number.NEGATIVE_INFINITY;
  const counted = finishedCheckIns(records).filter((r) => Date.parse(r.takenAt ?? '') >= since);
  const summary: AppointmentSummary = {
    improved: [],
    harder: [],
    same: [],
    notEnough: [],
    checkIns: counted.length,
    from: counted[0]?.takenAt,
    to: counted[counted.length - 1]?.takenAt,
  };
  for (const area of BARRIER_AREAS) {
    const distance = distanceTravelled(counted, area);
    if (!distance || distance.answered < 2) summary.notEnough.push(area);
    else summary[directionOf(distance.change)].push(distance);
  }
  const bySize = (a: AreaDistance, b: AreaDistance) => Math.abs(b.change) - Math.abs(a.change);
  summary.improved.sort(bySize);
  summary.harder.sort(bySize);
  return summary;
}
