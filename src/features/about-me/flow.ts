/**
 * About Me as a workbook flow: seven optional questions, one per screen, in the order the
 * Health and Work Conversation asks them. Keys are stable (they appear in addresses).
 */
import { findTask } from '../../domain/tasks';
import type { TextStep, Translate, WorkbookFlow } from '../workbook/flow';

export const ABOUT_ME_FIELDS = [
  'enjoy',
  'goodAt',
  'proudOf',
  'healthEffects',
  'previousWork',
  'supportNeeded',
  'coachShouldKnow',
] as const;
export type AboutMeField = (typeof ABOUT_ME_FIELDS)[number];

const STEP_KEYS: Record<AboutMeField, string> = {
  enjoy: 'enjoy',
  goodAt: 'good-at',
  proudOf: 'proud-of',
  healthEffects: 'health',
  previousWork: 'work-before',
  supportNeeded: 'support',
  coachShouldKnow: 'before-we-meet',
};

function copyFor(field: AboutMeField) {
  return (t: Translate) => ({
    title: t(`aboutMe.${field}.title`),
    hint: t(`aboutMe.${field}.hint`),
    prompts:
      field === 'goodAt'
        ? [
            t('aboutMe.goodAt.prompts.friend'),
            t('aboutMe.goodAt.prompts.ask'),
            t('aboutMe.goodAt.prompts.learned'),
          ]
        : undefined,
  });
}

const STEPS: TextStep<'aboutMe'>[] = ABOUT_ME_FIELDS.map((field) => ({
  key: STEP_KEYS[field],
  kind: 'longText',
  field,
  copy: copyFor(field),
}));

export const aboutMeFlow: WorkbookFlow<'aboutMe'> = {
  kind: 'aboutMe',
  taskId: 'aboutMe',
  basePath: findTask('aboutMe').path,
  answerFields: ABOUT_ME_FIELDS,
  steps: () => STEPS,
};
