/**
 * My 4 Steps as a workbook flow (the engine in ../workbook): four screens, one per step, every
 * one optional. The fourth is the if-then plan, two boxes read as one sentence.
 */
import type { CustomStep, TextStep, WorkbookFlow } from '../workbook/flow';
import { IfThenPlan } from './IfThenPlan';
import { FOUR_STEPS_PATH } from './paths';
import { hasPlan, planSentence } from './goals';

const textStep = (
  key: string,
  field: 'goal' | 'bestOutcome' | 'obstacle',
): TextStep<'fourSteps'> => ({
  key,
  kind: 'longText',
  field,
  copy: (t) => ({
    title: t(`fourSteps.steps.${field}.question`),
    hint: t(`fourSteps.steps.${field}.hint`),
  }),
});

const planStep: CustomStep<'fourSteps'> = {
  key: 'plan',
  kind: 'custom',
  copy: (t) => ({
    title: t('fourSteps.steps.plan.question'),
    hint: t('fourSteps.steps.plan.hint'),
  }),
  render: (props) => <IfThenPlan {...props} />,
  isAnswered: hasPlan,
  summary: (t, record) =>
    hasPlan(record) ? (
      planSentence(record, t)
    ) : (
      <span className="hint-text">{t('fourSteps.check.notAnswered')}</span>
    ),
};

const STEPS = [
  textStep('goal', 'goal'),
  textStep('best-thing', 'bestOutcome'),
  textStep('in-the-way', 'obstacle'),
  planStep,
];

export const fourStepsFlow: WorkbookFlow<'fourSteps'> = {
  kind: 'fourSteps',
  taskId: 'fourSteps',
  basePath: FOUR_STEPS_PATH,
  answerFields: ['goal', 'bestOutcome', 'obstacle', 'ifThen'],
  steps: () => STEPS,
};
