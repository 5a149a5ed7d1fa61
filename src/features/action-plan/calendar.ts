/**
 * The .ics file for one action: an all-day event on its due date and one on its review date,
 * in the person's language. Stable UIDs, so adding the same action again updates the event.
 */
import type { TFunction } from 'i18next';
import { buildIcs, type IcsEvent } from '../../domain/ics';
import type { Action } from '../../domain/records';

export function hasCalendarDate(action: Pick<Action, 'due' | 'review'>): boolean {
  return Boolean(action.due || action.review);
}

export function actionIcs(action: Action, t: TFunction, stamp: Date): string {
  const text = action.text?.trim() || t('actionPlan.item.noText');
  const requirement =
    action.requirement === 'agreedRequirement'
      ? `${t('actionPlan.requirement.agreedRequirement')}: ${t('actionPlan.requirement.agreedRequirementMeaning')}`
      : `${t('actionPlan.requirement.voluntary')}: ${t('actionPlan.requirement.voluntaryMeaning')}`;
  const description = t('actionPlan.calendar.description', { requirement });
  const events: IcsEvent[] = [];
  if (action.due) {
    events.push({ uid: `${action.id}-due@waymark`, date: action.due, summary: text, description });
  }
  if (action.review) {
    events.push({
      uid: `${action.id}-review@waymark`,
      date: action.review,
      summary: t('actionPlan.calendar.review', { text }),
      description,
    });
  }
  return buildIcs({ events, stamp });
}
