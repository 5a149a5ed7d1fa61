// The office report's rules: small-number suppression (exactly 4 and exactly 5 people),
// medians (odd and even counts), what counts in a period, and that nobody is ever listed.
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import {
  actionInPeriod,
  buildOfficeReport,
  countFigure,
  feedbackDay,
  median,
  medianFigure,
  reportQuerySchema,
  shareFigure,
  type ReportAction,
  type ReportCheckIn,
  type ReportFeedback,
  type ReportInput,
} from './report';

const period = { from: '2026-01-01', to: '2026-03-31' };
const ids = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function input(partial: Partial<ReportInput>): ReportInput {
  return {
    officeName: 'Riverside',
    period,
    activeClaimantIds: [],
    checkIns: [],
    actions: [],
    feedback: [],
    appointments: [],
    now: Date.parse('2026-06-01T00:00:00Z'),
    ...partial,
  };
}

/** Two finished check-ins for a claimant: physical health goes from `first` to `last`. */
function twoCheckIns(claimantId: string, first: number, last: number): ReportCheckIn[] {
  return [
    ['2026-01-10T10:00:00+00:00', first],
    ['2026-03-01T10:00:00+00:00', last],
  ].map(([takenAt, value], i) => ({
    claimantId,
    record: {
      id: `${claimantId}-${i}`,
      status: 'done',
      takenAt: takenAt as string,
      scores: { physicalHealth: { kind: 'score', value: value as number } },
    },
  }));
}

const hlc = (iso: string) => formatHlc({ wall: Date.parse(iso), counter: 0, node: 'n' });

describe('suppression', () => {
  it('hides a count drawn from exactly 4 people and shows one drawn from exactly 5', () => {
    expect(countFigure(9, 4)).toEqual({ suppressed: true });
    expect(countFigure(9, 5)).toEqual({ suppressed: false, count: 9, people: 5 });
    expect(countFigure(0, 0)).toEqual({ suppressed: true });
  });

  it('hides a median from 4 people and a share from 4 responses', () => {
    expect(medianFigure([1, 2, 3, 4])).toEqual({ suppressed: true });
    expect(medianFigure([1, 2, 3, 4, 5])).toEqual({ suppressed: false, median: 3, people: 5 });
    expect(shareFigure(4, 4)).toEqual({ suppressed: true });
    expect(shareFigure(4, 5)).toEqual({
      suppressed: false,
      share: 0.8,
      helpful: 4,
      responses: 5,
    });
  });

  it('counts claimants using Waymark once each, hidden at 4 and shown at 5', () => {
    const four = buildOfficeReport(input({ activeClaimantIds: [...ids(4), 'c1'] }));
    expect(four.claimantsUsingWaymark).toEqual({ suppressed: true });
    const five = buildOfficeReport(input({ activeClaimantIds: ids(5) }));
    expect(five.claimantsUsingWaymark).toEqual({ suppressed: false, count: 5, people: 5 });
  });

  it('hides check-ins done by 4 people however many there are, and shows 5 people', () => {
    const four = ids(4).flatMap((c) => twoCheckIns(c, 3, 5));
    expect(buildOfficeReport(input({ checkIns: four })).checkIns).toEqual({ suppressed: true });
    const five = ids(5).flatMap((c) => twoCheckIns(c, 3, 5));
    expect(buildOfficeReport(input({ checkIns: five })).checkIns).toEqual({
      suppressed: false,
      count: 10,
      people: 5,
    });
  });

  it('hides the next smallest action figure when only one in a group is hidden', () => {
    const action = (claimantId: string, type: string): ReportAction => ({
      claimantId,
      type,
      status: 'toDo',
      created: '2026-02-01T09:00:00+00:00',
      updated: hlc('2026-02-01T09:00:00Z'),
    });
    const actions = [
      ...ids(7, 'h').map((c) => action(c, 'health')),
      ...ids(5, 's').map((c) => action(c, 'skills')),
      ...ids(3, 'j').map((c) => action(c, 'jobSearch')),
      ...ids(6, 'r').flatMap((c) => [action(c, 'referral'), action(c, 'referral')]),
    ];
    const report = buildOfficeReport(input({ actions }));
    const byType = Object.fromEntries(report.actionsByType.map((a) => [a.type, a.figure]));
    expect(byType.health).toEqual({ suppressed: false, count: 7, people: 7 });
    expect(byType.referral).toEqual({ suppressed: false, count: 12, people: 6 });
    // Every type with nobody is hidden, so two or more are hidden and nothing more is needed.
    expect(byType.jobSearch).toEqual({ suppressed: true });
    expect(byType.skills).toEqual({ suppressed: false, count: 5, people: 5 });
    // All 21 people's actions are "to do": one figure shown, three hidden (0 people each).
    const byStatus = Object.fromEntries(report.actionsByStatus.map((a) => [a.status, a.figure]));
    expect(byStatus.toDo).toEqual({ suppressed: false, count: 27, people: 21 });
    expect(byStatus.done).toEqual({ suppressed: true });
  });

  it('when exactly one figure of a group is hidden, hides the smallest shown one too', () => {
    const make = (claimantId: string, status: string): ReportAction => ({
      claimantId,
      type: 'health',
      status,
      created: '2026-02-01T09:00:00+00:00',
      updated: hlc('2026-02-02T09:00:00Z'),
    });
    const actions = [
      ...ids(9, 'a').map((c) => make(c, 'toDo')),
      ...ids(6, 'b').map((c) => make(c, 'inProgress')),
      ...ids(5, 'c').map((c) => make(c, 'done')),
      ...ids(2, 'd').map((c) => make(c, 'dropped')),
    ];
    const byStatus = Object.fromEntries(
      buildOfficeReport(input({ actions })).actionsByStatus.map((a) => [a.status, a.figure]),
    );
    expect(byStatus.dropped).toEqual({ suppressed: true });
    expect(byStatus.done).toEqual({ suppressed: true });
    expect(byStatus.inProgress).toEqual({ suppressed: false, count: 6, people: 6 });
    expect(byStatus.toDo).toEqual({ suppressed: false, count: 9, people: 9 });
  });
});

describe('medians', () => {
  it('takes the middle value of an odd count and halfway between the two middles of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([-2, 0, 1, 3, 4, 6])).toBe(2);
    expect(median([])).toBeUndefined();
  });

  it('reports distance travelled as the median change per area, for claimants with two check-ins', () => {
    const changes = [3, -1, 0, 2, 1, 4]; // median of an even count: (1 + 2) / 2
    const checkIns = changes.flatMap((change, i) => twoCheckIns(`c${i}`, 5, 5 + change));
    // A claimant with only one check-in in the period is not counted.
    checkIns.push(twoCheckIns('single', 2, 9)[0]!);
    const report = buildOfficeReport(input({ checkIns }));
    const physical = report.distanceTravelled.find((d) => d.area === 'physicalHealth');
    expect(physical?.figure).toEqual({ suppressed: false, median: 1.5, people: 6 });
    const housing = report.distanceTravelled.find((d) => d.area === 'housing');
    expect(housing?.figure).toEqual({ suppressed: true });
  });

  it('ignores skipped areas, "changes too much", drafts, deleted ones and other periods', () => {
    const checkIns: ReportCheckIn[] = ids(5).flatMap((c) => [
      ...twoCheckIns(c, 4, 6),
      {
        claimantId: c,
        record: {
          id: `${c}-draft`,
          status: 'draft',
          takenAt: '2026-03-20T10:00:00+00:00',
          scores: { physicalHealth: { kind: 'score', value: 1 } },
        },
      },
      {
        claimantId: c,
        record: {
          id: `${c}-late`,
          status: 'done',
          takenAt: '2026-04-02T10:00:00+00:00',
          scores: { physicalHealth: { kind: 'score', value: 10 } },
        },
      },
      {
        claimantId: c,
        record: {
          id: `${c}-gone`,
          status: 'done',
          deleted: true,
          takenAt: '2026-03-10T10:00:00+00:00',
          scores: { physicalHealth: { kind: 'score', value: 10 } },
        },
      },
      {
        claimantId: c,
        record: {
          id: `${c}-skip`,
          status: 'done',
          takenAt: '2026-03-25T10:00:00+00:00',
          scores: { physicalHealth: { kind: 'changesTooMuch' } },
        },
      },
    ]);
    const report = buildOfficeReport(input({ checkIns }));
    expect(report.checkIns).toEqual({ suppressed: false, count: 15, people: 5 });
    expect(report.distanceTravelled[0]).toEqual({
      area: 'physicalHealth',
      figure: { suppressed: false, median: 2, people: 5 },
    });
  });
});

describe('satisfaction', () => {
  const responses = (about: string, helpful: (number | null)[]): ReportFeedback[] =>
    helpful.map((h) => ({ about, helpful: h, day: '2026-02-14' }));

  it('is the share of answers that were very or fairly helpful, per kind of support', () => {
    const feedback = [
      ...responses('appointment', [5, 4, 3, 2, 5, null]),
      ...responses('course', [5, 5, 5, 1]),
      ...responses('referral', [4, 4, 4, 4, 4]).map((f) => ({ ...f, day: '2025-12-31' })),
    ];
    const report = buildOfficeReport(input({ feedback }));
    const by = Object.fromEntries(report.satisfaction.map((s) => [s.about, s.figure]));
    expect(by.appointment).toEqual({ suppressed: false, share: 0.6, helpful: 3, responses: 5 });
    expect(by.course).toEqual({ suppressed: true });
    expect(by.referral).toEqual({ suppressed: true }); // given before the period
    expect(by.app).toEqual({ suppressed: true });
  });

  it('dates a feedback by the day it was sent, never after today', () => {
    expect(feedbackDay({ sentAt: '2026-02-14T23:30:00+00:00' }, '2026-11-24')).toBe('2026-02-14');
    expect(feedbackDay({ sentAt: '2099-01-01T10:00:00Z' }, '2026-11-24')).toBe('2026-11-24');
    expect(feedbackDay({ updated: hlc('2026-03-02T10:00:00Z') }, '2026-11-24')).toBe('2026-03-02');
    expect(feedbackDay({}, '2026-11-24')).toBe('2026-11-24');
  });
});

describe('the period', () => {
  it('accepts real dates in order up to three years apart, and refuses the rest', () => {
    expect(reportQuerySchema.safeParse(period).success).toBe(true);
    expect(reportQuerySchema.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(
      true,
    );
    expect(reportQuerySchema.safeParse({ from: '2023-01-01', to: '2025-12-31' }).success).toBe(
      true,
    );
    for (const bad of [
      {},
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '1/1/2026', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-01' },
      { from: '2020-01-01', to: '2026-01-01' },
      { from: ['2026-01-01'], to: '2026-03-01' },
    ]) {
      expect(reportQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('counts an action in play during the period: made by its end, open or changed in it', () => {
    const base: ReportAction = {
      claimantId: 'c1',
      type: 'health',
      status: 'toDo',
      created: '2025-11-01T09:00:00+00:00',
      updated: hlc('2025-11-01T09:00:00Z'),
    };
    expect(actionInPeriod(base, period)).toBe(true);
    expect(actionInPeriod({ ...base, created: '2026-04-01T09:00:00+00:00' }, period)).toBe(false);
    expect(actionInPeriod({ ...base, status: 'done' }, period)).toBe(false);
    expect(
      actionInPeriod({ ...base, status: 'done', updated: hlc('2026-02-01T09:00:00Z') }, period),
    ).toBe(true);
  });
});

it('never holds a claimant id, a label or a coach anywhere in the report', () => {
  const report = buildOfficeReport(
    input({
      activeClaimantIds: ids(6, 'secret-claimant-'),
      checkIns: ids(6, 'secret-claimant-').flatMap((c) => twoCheckIns(c, 2, 7)),
    }),
  );
  expect(JSON.stringify(report)).not.toContain('secret-claimant-');
  expect(JSON.stringify(report)).not.toContain('secret-claimant-');
});

describe('packs completed before appointments', () => {
  const held = (claimantId: string, packReady: boolean, at = '2026-02-10T10:00:00+00:00') => ({
    claimantId,
    at,
    status: 'booked',
    packReady,
  });

  it('counts appointments that took place and those with a pack ready, by people', () => {
    const report = buildOfficeReport(
      input({
        appointments: [
          ...ids(5).map((c) => held(c, true)),
          ...ids(3, 'x').map((c) => held(c, false)),
          held('c1', false, '2026-03-01T10:00:00+00:00'),
          // Not counted: cancelled, outside the period, still to come.
          { ...held('y1', true), status: 'cancelled' },
          held('y2', true, '2025-12-31T10:00:00+00:00'),
        ],
      }),
    );
    expect(report.packsCompletedBeforeAppointments).toEqual({
      appointments: { suppressed: false, count: 9, people: 8 },
      packs: { suppressed: false, count: 5, people: 5 },
    });
    const later = buildOfficeReport(
      input({
        appointments: ids(6).map((c) => held(c, true, '2026-03-30T10:00:00+00:00')),
        now: Date.parse('2026-03-29T00:00:00Z'),
      }),
    );
    expect(later.packsCompletedBeforeAppointments.appointments).toEqual({ suppressed: true });
  });

  it('hides packs from exactly 4 people and shows them from exactly 5', () => {
    const four = buildOfficeReport(
      input({ appointments: [...ids(4).map((c) => held(c, true)), held('z', false)] }),
    );
    expect(four.packsCompletedBeforeAppointments).toEqual({
      appointments: { suppressed: false, count: 5, people: 5 },
      packs: { suppressed: true },
    });
    const five = buildOfficeReport(input({ appointments: ids(5).map((c) => held(c, true)) }));
    expect(five.packsCompletedBeforeAppointments.packs).toEqual({
      suppressed: false,
      count: 5,
      people: 5,
    });
  });
});
