/** Words for one area's answer ("6 out of 10", "It changes too much to say", "Skipped"). */
import type { TFunction } from 'i18next';
import type { CheckInScore } from '../../domain/records';

export function answerWords(t: TFunction, answer: CheckInScore | undefined): string {
  if (!answer) return t('checkIn.check.notAnswered');
  if (answer.kind === 'score') return t('checkIn.check.score', { score: answer.value });
  if (answer.kind === 'changesTooMuch') return t('checkIn.changesTooMuch');
  return t('checkIn.check.skipped');
}
