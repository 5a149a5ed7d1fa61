/** Where a half-done check-in carries on: where it was left, else its first unanswered area. */
import { firstUnansweredArea, type CheckInLike } from '../../domain/distance';
import type { CheckInStep } from './steps';

export function resumeStep(
  checkIn: Pick<CheckInLike, 'scores'> & { step?: CheckInStep | null },
): CheckInStep {
  return checkIn.step ?? firstUnansweredArea(checkIn) ?? 'aboutWork';
}
