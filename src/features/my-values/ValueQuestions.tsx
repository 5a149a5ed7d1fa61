/**
 * One chosen value: what it means (for a listed value), why it matters to the claimant, and
 * what it could mean for what they do next. Both answers are optional and autosaved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui';
import type { CustomStepProps } from '../workbook/flow';
import type { ChosenValue } from './valueList';

export const WHY_FIELD_ID = 'value-why';

export function ValueQuestions({
  record,
  saver,
  hint,
  valueId,
}: CustomStepProps<'values'> & { valueId: string }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenValue[]>(() => record.chosen ?? []);
  const value = chosen.find((v) => v.id === valueId);

  const change = (field: 'why' | 'next', text: string) => {
    const next = chosen.map((v) => (v.id === valueId ? { ...v, [field]: text } : v));
    setChosen(next);
    saver.update({ chosen: next });
  };

  return (
    <>
      {hint ? <p className="lead">{hint}</p> : null}
      <TextArea
        id={WHY_FIELD_ID}
        label={t('values.value.why')}
        hint={t('values.value.whyHint')}
        value={value?.why ?? ''}
        onChange={(text) => change('why', text)}
      />
      <TextArea
        label={t('values.value.next')}
        hint={t('values.value.nextHint')}
        value={value?.next ?? ''}
        onChange={(text) => change('next', text)}
      />
    </>
  );
}
