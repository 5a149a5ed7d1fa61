/**
 * My Values as a workbook flow: choose up to five values (from the list or your own), put them
 * in order (only when there are two or more), then one screen per value: why it matters and
 * what it could mean for what you do next.
 */
import { findTask } from '../../domain/tasks';
import type { CustomStep, Translate, WorkbookFlow, WorkbookRecord } from '../workbook/flow';
import { NotAnswered } from '../workbook/summary';
import { ChooseValues } from './ChooseValues';
import { OrderValues } from './OrderValues';
import { ValueQuestions } from './ValueQuestions';
import { valueMeaning, valueName, type ChosenValue } from './valueList';

type Step = CustomStep<'values'>;
const chosenOf = (record: WorkbookRecord<'values'>): ChosenValue[] => record.chosen ?? [];

function NameList({ t, record }: { t: Translate; record: WorkbookRecord<'values'> }) {
  const chosen = chosenOf(record);
  if (chosen.length === 0) return <span className="hint-text">{t('values.check.none')}</span>;
  return (
    <ol className="value-summary">
      {chosen.map((value) => (
        <li key={value.id}>{valueName(t, value)}</li>
      ))}
    </ol>
  );
}

const choose: Step = {
  key: 'choose',
  kind: 'custom',
  copy: (t) => ({ title: t('values.choose.title'), hint: t('values.choose.hint') }),
  render: (props) => <ChooseValues {...props} />,
  isAnswered: (record) => chosenOf(record).length > 0,
  summary: (t, record) => <NameList t={t} record={record} />,
};

const order: Step = {
  key: 'order',
  kind: 'custom',
  copy: (t) => ({ title: t('values.order.title'), hint: t('values.order.hint') }),
  render: (props) => <OrderValues {...props} />,
  // Never counted as answered, so someone who chose values and left comes back to the order.
  isAnswered: () => false,
  summary: (t, record) => <NameList t={t} record={record} />,
};

function valueStep(value: ChosenValue): Step {
  const answered = (v: ChosenValue | undefined) =>
    Boolean(v?.why?.trim()) || Boolean(v?.next?.trim());
  const current = (record: WorkbookRecord<'values'>) =>
    chosenOf(record).find((v) => v.id === value.id);
  return {
    key: `value-${value.id}`,
    kind: 'custom',
    copy: (t) => ({ title: valueName(t, value), hint: valueMeaning(t, value) }),
    render: (props) => <ValueQuestions {...props} valueId={value.id} />,
    isAnswered: (record) => answered(current(record)),
    summary: (t, record) => {
      const v = current(record);
      if (!answered(v)) return <NotAnswered t={t} />;
      return (
        <>
          <span className="value-summary__part">
            <strong>{t('values.check.why')}</strong> {v?.why?.trim() || <NotAnswered t={t} />}
          </span>
          <span className="value-summary__part">
            <strong>{t('values.check.next')}</strong> {v?.next?.trim() || <NotAnswered t={t} />}
          </span>
        </>
      );
    },
  };
}

export const myValuesFlow: WorkbookFlow<'values'> = {
  kind: 'values',
  taskId: 'values',
  basePath: findTask('values').path,
  answerFields: ['chosen'],
  steps: (record) => {
    const chosen = chosenOf(record);
    return [choose, ...(chosen.length >= 2 ? [order] : []), ...chosen.map(valueStep)];
  },
};
