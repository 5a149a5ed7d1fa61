// My 4 Steps rules: the if-then sentence, the action text a plan becomes, the goal lists, and
// the addresses (including this feature's own review and print pages).
import { describe, expect, it } from 'vitest';
import { allStrings, initI18n } from '../../i18n/i18n';
import type { Translate } from '../workbook/flow';
import { hasPlan, isEmptyGoal, planActionText, planSentence, splitGoals } from './goals';
import { fourStepsPath, matchFourStepsPath } from './paths';

const i18n = await initI18n('en');
await allStrings(i18n);
const t = i18n.t.bind(i18n) as Translate;
const ID = '0b8f5a54-3c1e-4f5e-9a51-6f1a2b3c4d5e';

describe('the plan as one sentence', () => {
  it('reads "If …, then I will …." without doubled full stops', () => {
    expect(planSentence({ ifThen: { if: 'I feel tired', then: 'rest for ten minutes.' } }, t)).toBe(
      'If I feel tired, then I will rest for ten minutes.',
    );
  });
  it('keeps a half-written plan readable, and is empty with no plan', () => {
    expect(planSentence({ ifThen: { if: 'it rains' } }, t)).toBe('If it rains, then I will ….');
    expect(planSentence({ ifThen: { if: ' ', then: '' } }, t)).toBe('');
    expect(planSentence({}, t)).toBe('');
    expect(hasPlan({ ifThen: { then: 'go anyway' } })).toBe(true);
  });
  it('the action text is the goal and the plan, linked by their words', () => {
    expect(
      planActionText(
        { goal: 'Walk to the shop', ifThen: { if: 'I feel anxious', then: 'take a friend' } },
        t,
      ),
    ).toBe('Walk to the shop — If I feel anxious, then I will take a friend.');
    expect(planActionText({ goal: 'Walk to the shop' }, t)).toBe('Walk to the shop');
    expect(planActionText({}, t)).toBe('');
  });
});

describe('goal lists', () => {
  it('splits goals being written from finished ones, newest first', () => {
    const a = { id: 'a', status: 'draft' as const, created: '2027-01-01T00:00:00Z' };
    const b = { id: 'b', status: 'draft' as const, created: '2027-02-01T00:00:00Z' };
    const c = {
      id: 'c',
      status: 'done' as const,
      created: '2026-01-01T00:00:00Z',
      completedAt: '2027-03-01T00:00:00Z',
    };
    const d = {
      id: 'd',
      status: 'done' as const,
      created: '2026-06-01T00:00:00Z',
      completedAt: '2027-01-01T00:00:00Z',
    };
    const { working, finished } = splitGoals([a, b, c, d]);
    expect(working.map((g) => g.id)).toEqual(['b', 'a']);
    expect(finished.map((g) => g.id)).toEqual(['c', 'd']);
  });
  it('knows an untouched goal', () => {
    expect(isEmptyGoal({ goal: ' ', ifThen: {} })).toBe(true);
    expect(isEmptyGoal({ obstacle: 'worry' })).toBe(false);
    expect(isEmptyGoal({ ifThen: { if: 'rain' } })).toBe(false);
  });
});

describe('addresses', () => {
  it('matches the engine’s pages and its own', () => {
    expect(matchFourStepsPath('/my-4-steps')).toEqual({ page: 'start' });
    expect(matchFourStepsPath('/my-4-steps/print')).toEqual({ page: 'print' });
    expect(matchFourStepsPath(`/my-4-steps/${ID}/review`)).toEqual({ page: 'review', id: ID });
    expect(matchFourStepsPath(`/my-4-steps/${ID}`)).toEqual({ page: 'version', id: ID });
    expect(matchFourStepsPath(`/my-4-steps/${ID}/questions/plan`)).toMatchObject({
      page: 'question',
      step: 'plan',
    });
    expect(matchFourStepsPath('/my-4-steps/not-an-id/review')).toBeUndefined();
    expect(matchFourStepsPath('/about-me')).toBeUndefined();
    expect(fourStepsPath.review(ID)).toBe(`/my-4-steps/${ID}/review`);
  });
});
