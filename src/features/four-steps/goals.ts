/**
 * My 4 Steps rules: each goal is its own record (a draft until marked done; done goals stay).
 * The plan reads as one sentence, "If <if>, then I will <then>", and "Add this plan to my action
 * plan" makes a voluntary action whose words are the goal and that sentence, so the action
 * and the goal are linked by their text.
 */
import type { Translate } from '../workbook/flow';
import type { FourSteps } from '../../domain/records';

const clean = (s: string | undefined) => (s ?? '').trim().replace(/[.。]+$/, '');

export function hasPlan(goal: Pick<FourSteps, 'ifThen'>): boolean {
  return Boolean(clean(goal.ifThen?.if) || clean(goal.ifThen?.then));
}

/** "If I feel tired, then I will rest for ten minutes." — or nothing when both parts are empty. */
export function planSentence(goal: Pick<FourSteps, 'ifThen'>, t: Translate): string {
  if (!hasPlan(goal)) return '';
  return t('fourSteps.planSentence', {
    if: clean(goal.ifThen?.if) || '…',
    then: clean(goal.ifThen?.then) || '…',
  });
}

/** The words of the action a goal's plan becomes: the goal, then the plan sentence. */
export function planActionText(goal: Pick<FourSteps, 'goal' | 'ifThen'>, t: Translate): string {
  return [goal.goal?.trim(), planSentence(goal, t)].filter(Boolean).join(' — ');
}

/** Goals still being written first (newest first), then finished goals (newest first). */
export function splitGoals<G extends Pick<FourSteps, 'status' | 'created' | 'completedAt'>>(
  goals: readonly G[],
): { working: G[]; finished: G[] } {
  const newest = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return {
    working: goals.filter((g) => g.status !== 'done').sort((a, b) => newest(a.created, b.created)),
    finished: goals
      .filter((g) => g.status === 'done')
      .sort((a, b) => newest(a.completedAt ?? a.created, b.completedAt ?? b.created)),
  };
}

/** True when a goal has no words at all (so "Start a new goal" reuses it, not a second one). */
export function isEmptyGoal(goal: Pick<FourSteps, 'goal' | 'bestOutcome' | 'obstacle' | 'ifThen'>) {
  return ![goal.goal, goal.bestOutcome, goal.obstacle].some((s) => s?.trim()) && !hasPlan(goal);
}
