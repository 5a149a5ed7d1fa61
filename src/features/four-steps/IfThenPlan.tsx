/**
 * Step 4, the plan, as two boxes read as one sentence: "If [that happens], then I will [do
 * this]". Both parts autosave together (the record keeps them as one field), and the sentence
 * is shown back as it grows.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui';
import { ANSWER_FIELD_ID } from '../workbook/QuestionPage';
import type { CustomStepProps } from '../workbook/flow';
import { planSentence } from './goals';

export function IfThenPlan({ record, saver, title, hint }: CustomStepProps<'fourSteps'>) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState({
    if: record.ifThen?.if ?? '',
    then: record.ifThen?.then ?? '',
  });
  const change = (part: 'if' | 'then', value: string) => {
    const next = { ...plan, [part]: value };
    setPlan(next);
    saver.update({ ifThen: next });
  };
  const sentence = planSentence({ ifThen: plan }, t);
  return (
    <fieldset className="field if-then" aria-describedby="if-then-hint">
      <legend className="visually-hidden">{title}</legend>
      <p id="if-then-hint" className="field__hint">
        {hint}
      </p>
      <TextArea
        id={ANSWER_FIELD_ID}
        label={t('fourSteps.steps.plan.if')}
        hint={t('fourSteps.steps.plan.ifHint')}
        value={plan.if}
        rows={2}
        onChange={(value) => change('if', value)}
      />
      <TextArea
        id="four-steps-then"
        label={t('fourSteps.steps.plan.then')}
        hint={t('fourSteps.steps.plan.thenHint')}
        value={plan.then}
        rows={2}
        onChange={(value) => change('then', value)}
      />
      {sentence ? (
        <p className="if-then__sentence" aria-live="polite">
          {sentence}
        </p>
      ) : null}
    </fieldset>
  );
}
