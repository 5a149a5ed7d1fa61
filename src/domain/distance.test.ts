// Distance travelled rules: first and latest answered scores, skips and "changes too much" left
// out (never counted as zero), gaps, one check-in, the three-check-in trend, completeness,
// "same as last time" and the appointment summary, up to five years of monthly check-ins.
import { describe, expect, it } from 'vitest';
import { BARRIER_AREAS } from './barriers';
import {
  appointmentSummary,
  areaHistory,
  areaScores,
  completeness,
  distanceTravelled,
  finishedCheckIns,
  firstUnansweredArea,
  lastAnswer,
  trend,
  type CheckInLike,
} from './distance';
import type { CheckInScore } from './records';

let next = 0;
function checkIn(
  takenAt: string | undefined,
  scores: CheckInLike['scores'],
  extra: Partial<CheckInLike> = {},
): CheckInLike {
  next += 1;
  return { id: `c-${String(next).padStart(3, '0')}`, status: 'done', takenAt, scores, ...extra };
}
const score = (value: number): CheckInScore => ({ kind: 'score', value });
const skipped: CheckInScore = { kind: 'skipped' };
const tooMuch: CheckInScore = { kind: 'changesTooMuch' };

describe('finishedCheckIns', () => {
  it('keeps only finished, dated, live check-ins, oldest first', () => {
    const march = checkIn('2026-03-04T10:00:00Z', {});
    const jan = checkIn('2026-01-10T10:00:00Z', {});
    const draft = checkIn(undefined, {}, { status: 'draft' });
    const gone = checkIn('2026-02-01T10:00:00Z', {}, { deleted: true });
    expect(finishedCheckIns([march, draft, jan, gone]).map((c) => c.id)).toEqual([
      jan.id,
      march.id,
    ]);
  });
});

describe('distanceTravelled', () => {
  it('is latest answered score minus first answered score', () => {
    const records = [
      checkIn('2026-03-04T10:00:00Z', { confidence: score(3) }),
      checkIn('2026-04-04T10:00:00Z', { confidence: score(5) }),
      checkIn('2026-05-04T10:00:00Z', { confidence: score(6) }),
    ];
    expect(distanceTravelled(records, 'confidence')).toMatchObject({
      first: { value: 3, takenAt: '2026-03-04T10:00:00Z' },
      latest: { value: 6, takenAt: '2026-05-04T10:00:00Z' },
      change: 3,
      answered: 3,
    });
  });

  it('ignores skipped and "changes too much" at either end and in the middle', () => {
    const records = [
      checkIn('2026-01-01T10:00:00Z', { money: skipped }),
      checkIn('2026-02-01T10:00:00Z', { money: tooMuch }),
      checkIn('2026-03-01T10:00:00Z', { money: score(7) }),
      checkIn('2026-04-01T10:00:00Z', { money: skipped }),
      checkIn('2026-05-01T10:00:00Z', { money: score(4) }),
      checkIn('2026-06-01T10:00:00Z', { money: tooMuch }),
      checkIn('2026-07-01T10:00:00Z', {}),
    ];
    expect(distanceTravelled(records, 'money')).toMatchObject({
      first: { value: 7 },
      latest: { value: 4 },
      change: -3,
      answered: 2,
    });
  });

  it('uses the date a check-in was taken, not the order records arrive in', () => {
    const records = [
      checkIn('2026-05-01T10:00:00Z', { housing: score(8) }),
      checkIn('2026-01-01T10:00:00Z', { housing: score(2) }),
    ];
    expect(distanceTravelled(records, 'housing')?.change).toBe(6);
  });

  it('with one check-in, first and latest are the same score and nothing has changed', () => {
    const records = [checkIn('2026-03-04T10:00:00Z', { caring: score(5) })];
    expect(distanceTravelled(records, 'caring')).toMatchObject({
      first: { value: 5 },
      latest: { value: 5 },
      change: 0,
      answered: 1,
    });
  });

  it('is undefined for an area with no answered score, or with no check-ins', () => {
    const records = [checkIn('2026-03-04T10:00:00Z', { digital: skipped, skills: tooMuch })];
    expect(distanceTravelled(records, 'digital')).toBeUndefined();
    expect(distanceTravelled(records, 'skills')).toBeUndefined();
    expect(distanceTravelled(records, 'transport')).toBeUndefined();
    expect(distanceTravelled([], 'transport')).toBeUndefined();
  });

  it('leaves out half-done check-ins', () => {
    const records = [
      checkIn('2026-03-04T10:00:00Z', { confidence: score(3) }),
      checkIn(undefined, { confidence: score(9) }, { status: 'draft' }),
    ];
    expect(distanceTravelled(records, 'confidence')?.change).toBe(0);
  });
});

describe('areaHistory', () => {
  it('lists scores and "changes too much" answers but not skips, oldest first', () => {
    const a = checkIn('2026-01-01T10:00:00Z', { transport: score(2) });
    const b = checkIn('2026-02-01T10:00:00Z', { transport: skipped });
    const c = checkIn('2026-03-01T10:00:00Z', { transport: tooMuch });
    const d = checkIn('2026-04-01T10:00:00Z', { transport: score(9) });
    expect(areaHistory([d, c, b, a], 'transport')).toEqual([
      { kind: 'score', checkInId: a.id, takenAt: a.takenAt, value: 2 },
      { kind: 'changesTooMuch', checkInId: c.id, takenAt: c.takenAt },
      { kind: 'score', checkInId: d.id, takenAt: d.takenAt, value: 9 },
    ]);
    expect(areaScores([d, c, b, a], 'transport').map((p) => p.value)).toEqual([2, 9]);
  });
});

describe('trend over the last three check-ins', () => {
  const series = (...answers: (CheckInScore | undefined)[]) =>
    answers.map((answer, i) =>
      checkIn(`2026-0${i + 1}-01T10:00:00Z`, answer ? { confidence: answer } : {}),
    );

  it('goes up, down or stays the same from the first to the last of the three', () => {
    expect(trend(series(score(2), score(4), score(6)), 'confidence')).toBe('improved');
    expect(trend(series(score(6), score(8), score(3)), 'confidence')).toBe('harder');
    expect(trend(series(score(5), score(2), score(5)), 'confidence')).toBe('same');
  });

  it('looks only at the last three check-ins', () => {
    expect(trend(series(score(10), score(1), score(2), score(3)), 'confidence')).toBe('improved');
  });

  it('needs two answered scores among the last three', () => {
    expect(trend(series(score(4)), 'confidence')).toBe('notEnough');
    expect(trend(series(score(1), score(9), skipped, tooMuch), 'confidence')).toBe('notEnough');
    expect(trend(series(score(1), skipped, score(3)), 'confidence')).toBe('improved');
    expect(trend(series(score(8), undefined, score(3)), 'confidence')).toBe('harder');
    expect(trend([], 'confidence')).toBe('notEnough');
  });
});

describe('completeness', () => {
  it('counts each area once as scored, changes too much, skipped or not answered', () => {
    const c = checkIn(undefined, {
      physicalHealth: score(3),
      mentalHealth: score(7),
      confidence: tooMuch,
      skills: skipped,
    });
    expect(completeness(c)).toEqual({
      scored: 2,
      changesTooMuch: 1,
      skipped: 1,
      notAnswered: 6,
      total: 10,
      complete: false,
    });
    expect(firstUnansweredArea(c)).toBe('suitableWork');
  });

  it('is complete when every area has an answer of any kind', () => {
    const all = Object.fromEntries(BARRIER_AREAS.map((a) => [a, skipped]));
    expect(completeness({ scores: all })).toMatchObject({ skipped: 10, complete: true });
    expect(firstUnansweredArea({ scores: all })).toBeUndefined();
    expect(completeness({})).toMatchObject({ notAnswered: 10, complete: false });
    expect(firstUnansweredArea({})).toBe('physicalHealth');
  });
});

describe('lastAnswer ("Same as last time")', () => {
  it('is the latest score or "changes too much" for the area, without its note', () => {
    const records = [
      checkIn('2026-01-01T10:00:00Z', { housing: { kind: 'score', value: 4, note: 'Damp' } }),
      checkIn('2026-02-01T10:00:00Z', { housing: skipped }),
    ];
    expect(lastAnswer(records, 'housing')).toEqual({ kind: 'score', value: 4 });
    records.push(checkIn('2026-03-01T10:00:00Z', { housing: tooMuch }));
    expect(lastAnswer(records, 'housing')).toEqual({ kind: 'changesTooMuch' });
  });

  it('ignores the check-in being filled in and is undefined with nothing to copy', () => {
    const draft = checkIn(undefined, { housing: score(2) }, { status: 'draft' });
    expect(lastAnswer([draft], 'housing', draft.id)).toBeUndefined();
    const done = checkIn('2026-03-01T10:00:00Z', { housing: score(6) });
    expect(lastAnswer([done, draft], 'housing', done.id)).toBeUndefined();
    expect(lastAnswer([done, draft], 'housing', draft.id)).toEqual({ kind: 'score', value: 6 });
  });
});

describe('appointmentSummary', () => {
  const records = [
    checkIn('2026-01-05T10:00:00Z', {
      confidence: score(3),
      money: score(8),
      housing: score(5),
      transport: score(2),
      digital: score(6),
    }),
    checkIn('2026-02-05T10:00:00Z', { confidence: score(4), money: tooMuch, digital: skipped }),
    checkIn('2026-03-05T10:00:00Z', {
      confidence: score(6),
      money: score(5),
      housing: score(5),
      transport: score(7),
      caring: score(4),
    }),
  ];

  it('sorts areas into improved, harder and the same, biggest change first', () => {
    const summary = appointmentSummary(records);
    expect(summary.improved.map((d) => [d.area, d.change])).toEqual([
      ['transport', 5],
      ['confidence', 3],
    ]);
    expect(summary.harder.map((d) => [d.area, d.change])).toEqual([['money', -3]]);
    expect(summary.same.map((d) => d.area)).toEqual(['housing']);
    expect(summary.notEnough).toEqual([
      'physicalHealth',
      'mentalHealth',
      'skills',
      'suitableWork',
      'caring',
      'digital',
    ]);
    expect(summary).toMatchObject({
      checkIns: 3,
      from: '2026-01-05T10:00:00Z',
      to: '2026-03-05T10:00:00Z',
    });
  });

  it('can count only check-ins since a date, such as the last appointment', () => {
    const summary = appointmentSummary(records, { since: '2026-02-01' });
    expect(summary.checkIns).toBe(2);
    expect(summary.improved.map((d) => [d.area, d.change])).toEqual([['confidence', 2]]);
    expect(summary.harder).toEqual([]);
    expect(summary.notEnough).toContain('money');
  });

  it('has nothing to report with no finished check-ins', () => {
    expect(appointmentSummary([])).toEqual({
      improved: [],
      harder: [],
      same: [],
      notEnough: [...BARRIER_AREAS],
      checkIns: 0,
      from: undefined,
      to: undefined,
    });
  });
});

describe('five years of monthly check-ins', () => {
  // 60 check-ins, given out of order: confidence climbs 1 → 10 with a skip every 7th month (from the 5th) and
  // "changes too much" every 11th; money is never answered.
  const months = Array.from({ length: 60 }, (_, i) => {
    const takenAt = new Date(Date.UTC(2021, i, 15, 9)).toISOString();
    const value = 1 + Math.floor((i * 9) / 59);
    const answer = i % 7 === 4 ? skipped : i % 11 === 5 ? tooMuch : score(value);
    return checkIn(takenAt, { confidence: answer, money: skipped });
  });
  const shuffled = [...months].reverse();

  it('finds the first and latest scores and the distance between them', () => {
    const distance = distanceTravelled(shuffled, 'confidence');
    expect(distance?.first).toMatchObject({ value: 1, takenAt: '2021-01-15T09:00:00.000Z' });
    expect(distance?.latest).toMatchObject({ value: 10, takenAt: '2025-12-15T09:00:00.000Z' });
    expect(distance?.change).toBe(9);
    const gaps = months.filter((_, i) => i % 7 === 4 || i % 11 === 5).length;
    expect(distance?.answered).toBe(60 - gaps);
    expect(areaHistory(shuffled, 'confidence')).toHaveLength(
      60 - months.filter((_, i) => i % 7 === 4).length,
    );
    expect(distanceTravelled(shuffled, 'money')).toBeUndefined();
  });

  it('sums it up for an appointment quickly', () => {
    const start = performance.now();
    const summary = appointmentSummary(shuffled);
    expect(performance.now() - start).toBeLessThan(100);
    expect(summary.improved.map((d) => d.area)).toEqual(['confidence']);
    expect(summary.checkIns).toBe(60);
    expect(trend(shuffled, 'confidence')).toBe('improved');
  });
});
