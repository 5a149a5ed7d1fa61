/**
 * One question per screen: "Question 3 of 7", the question as the heading, a hint and gentle
 * prompts, the answer (autosaved on every keystroke), then Continue, "Skip this question" and
 * "Save and come back later". Opened from Check your answers (change: true), Continue and Back
 * return there. Every way out waits for the autosaver's flush before it navigates; if the answer
 * could not be saved (the phone is out of space), it stays on the page and says so instead.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Link,
  PageHeading,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
  type FieldErrorItem,
} from '../../ui';
import { useAutosaver, type Autosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { repository } from '../../data/repository';
import type { FieldsByKind } from '../../domain/records';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type {
  CustomStep,
  CustomStepProps,
  StepCopy,
  Translate,
  WorkbookFlow,
  WorkbookKind,
  WorkbookRecord,
  WorkbookStep,
} from './flow';
import { neighbours } from './progress';
import { workbookPath } from './paths';
import './workbook.css';

export const ANSWER_FIELD_ID = 'workbook-answer';

function Prompts({ copy, t }: { copy: StepCopy; t: Translate }) {
  if (!copy.prompts?.length) return null;
  return (
    <div className="workbook-prompts">
      <p>{t('workbook.promptsIntro')}</p>
      <ul>
        {copy.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}

function Answer<K extends WorkbookKind>({
  step,
  record,
  saver,
  copy,
  t,
}: {
  step: Exclude<WorkbookStep<K>, { kind: 'custom' }>;
  record: WorkbookRecord<K>;
  saver: Autosaver<K>;
  copy: StepCopy;
  t: Translate;
}) {
  const saved = (record as Record<string, unknown>)[step.field];
  const [value, setValue] = useState(typeof saved === 'string' ? saved : '');
  const change = (next: string) => {
    setValue(next);
    saver.update({ [step.field]: next } as FieldsByKind[K]);
  };
  const label = <span className="visually-hidden">{copy.title}</span>;
  if (step.kind === 'choice') {
    return (
      <RadioGroup
        id={ANSWER_FIELD_ID}
        label={label}
        hint={copy.hint}
        value={value || null}
        onChange={change}
      >
        {step.options(t).map((option) => (
          <Radio key={option.value} value={option.value} hint={option.hint}>
            {option.label}
          </Radio>
        ))}
      </RadioGroup>
    );
  }
  if (step.kind === 'shortText') {
    return (
      <TextField
        id={ANSWER_FIELD_ID}
        label={label}
        hint={copy.hint}
        value={value}
        onChange={change}
      />
    );
  }
  return (
    <TextArea
      id={ANSWER_FIELD_ID}
      label={label}
      hint={copy.hint}
      value={value}
      onChange={change}
      rows={5}
    />
  );
}

/** A feature's own screen (kind 'custom'), given what CustomStepProps promises. */
function CustomStepBody<K extends WorkbookKind>({
  step,
  ...props
}: CustomStepProps<K> & { step: CustomStep<K> }) {
  return <>{step.render(props)}</>;
}

export function WorkbookQuestionPage<K extends WorkbookKind>({
  flow,
  record,
  stepKey,
  change,
}: {
  flow: WorkbookFlow<K>;
  record: WorkbookRecord<K>;
  stepKey: string;
  change: boolean;
}) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  const saver = useAutosaver(flow.kind, record.id);
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const notSaved = useNotSaved(saver, ANSWER_FIELD_ID);
  const check = useRef<() => FieldErrorItem[]>(() => []);
  const setCheck = useCallback((fn: () => FieldErrorItem[]) => {
    check.current = fn;
  }, []);
  const steps = flow.steps(record);
  const { index, previous } = neighbours(steps, stepKey);
  const step = steps[index];
  const task = t(`tasks.${flow.taskId}.title`);
  const copy = step?.copy(t, record);
  usePageTitle(copy ? `${copy.title} – ${task}` : task);

  const checkPath = workbookPath.check(flow.basePath, record.id);
  if (!step || !copy) {
    return (
      <div className="page">
        <PageHeading focusOnMount={navigations > 0}>{t('workbook.missingStep.title')}</PageHeading>
        <p>{t('workbook.missingStep.body')}</p>
        <p>
          <Link href={checkPath}>{t('workbook.missingStep.link')}</Link>
        </p>
      </div>
    );
  }

  const back = change
    ? checkPath
    : previous
      ? workbookPath.question(flow.basePath, record.id, previous.key)
      : workbookPath.start(flow.basePath);

  /**
   * Continue / Skip / Save and come back later: check (Continue only), wait for the autosave,
   * then go on. The next question is worked out from the record as saved, because an answer on
   * this screen can change the steps (My Values: the order decides which value comes next).
   */
  const leave = async (to: 'forward' | 'home', validate: boolean) => {
    if (validate) {
      const found = check.current();
      setErrors(found);
      if (found.length > 0) return;
    }
    await saver.flush();
    if (!notSaved.checkSaved()) return;
    if (to === 'home') {
      navigate('/');
      return;
    }
    const saved = (await repository.getRecord(flow.kind, record.id)) ?? record;
    const following = neighbours(flow.steps(saved), stepKey).next;
    navigate(
      change || !following
        ? checkPath
        : workbookPath.question(flow.basePath, record.id, following.key),
    );
  };

  return (
    <div className="page">
      <p data-print="hide">
        <Link href={back} variant="back">
          {t('workbook.back')}
        </Link>
      </p>
      <ErrorSummary title={t('workbook.errorTitle')} errors={[...errors, ...notSaved.errors]} />
      <PageHeading
        focusOnMount={navigations > 0}
        caption={t('workbook.questionOf', { number: index + 1, total: steps.length })}
      >
        {copy.title}
      </PageHeading>
      <Prompts copy={copy} t={t} />
      {step.kind === 'custom' ? (
        <CustomStepBody
          step={step}
          record={record}
          saver={saver}
          title={copy.title}
          hint={copy.hint}
          errors={errors}
          setCheck={setCheck}
        />
      ) : (
        <Answer step={step} record={record} saver={saver} copy={copy} t={t} />
      )}
      <ButtonGroup>
        <Button onPress={() => void leave('forward', true)}>{t('workbook.continue')}</Button>
        <Button variant="secondary" onPress={() => void leave('forward', false)}>
          {t('workbook.skip')}
        </Button>
      </ButtonGroup>
      <p className="workbook-later">
        <Button variant="link" onPress={() => void leave('home', false)}>
          {t('workbook.saveAndLeave')}
        </Button>
      </p>
    </div>
  );
}
