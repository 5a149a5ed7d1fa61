/**
 * What a workbook technique is: its record kind, its task, and its steps (one screen each).
 * A step is a text question (long or short), a choice (radio buttons), or a custom screen the
 * feature draws itself (My Values' "choose" and "order"). Steps are worked out from the record,
 * so a flow can grow a screen per chosen value. Words come from a `copy` function given `t`, so
 * every key stays typed.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { FieldErrorItem } from '../../ui';
import type { Autosaver } from '../../data/autosave';
import type { FieldsByKind, RecordByKind } from '../../domain/records';
import type { TaskId } from '../../domain/tasks';

/** Record kinds with a draft/done status, a completedAt date and a sharing choice. */
export type WorkbookKind = 'aboutMe' | 'values' | 'fourSteps';
export type WorkbookRecord<K extends WorkbookKind> = RecordByKind[K];
export type Translate = TFunction<'translation', undefined>;

/** The words of one screen: its heading, a hint under it, and optional gentle prompts. */
export interface StepCopy {
  title: string;
  hint?: string;
  /** Shown as a short list under "If you are not sure, you could think about:". */
  prompts?: string[];
}

type FieldsOfType<K extends WorkbookKind, T> = {
  [F in keyof FieldsByKind[K]]-?: NonNullable<FieldsByKind[K][F]> extends T ? F : never;
}[keyof FieldsByKind[K]] &
  string;

interface StepBase<K extends WorkbookKind> {
  /** Stable, used in the address (letters, digits and hyphens). */
  key: string;
  copy(t: Translate, record: WorkbookRecord<K>): StepCopy;
}

export interface TextStep<K extends WorkbookKind> extends StepBase<K> {
  kind: 'longText' | 'shortText';
  field: FieldsOfType<K, string>;
}

export interface ChoiceStep<K extends WorkbookKind> extends StepBase<K> {
  kind: 'choice';
  field: FieldsOfType<K, string>;
  options(t: Translate): { value: string; label: string; hint?: string }[];
}

/** What a custom screen is given: the record, its autosaver, and a way to check on Continue. */
export interface CustomStepProps<K extends WorkbookKind> {
  record: WorkbookRecord<K>;
  saver: Autosaver<K>;
  /** The screen's heading text (use it as the visually hidden label of its main control). */
  title: string;
  hint?: string;
  /** Errors to show in the summary (set by the page after `check` ran on Continue). */
  errors: FieldErrorItem[];
  /** Register the check Continue runs; errors stop it and go to the error summary. */
  setCheck(check: () => FieldErrorItem[]): void;
}

export interface CustomStep<K extends WorkbookKind> extends StepBase<K> {
  kind: 'custom';
  render(props: CustomStepProps<K>): ReactNode;
  isAnswered(record: WorkbookRecord<K>): boolean;
  /** The answer as Check your answers and the printed summary show it. */
  summary(t: Translate, record: WorkbookRecord<K>): ReactNode;
}

export type WorkbookStep<K extends WorkbookKind> = TextStep<K> | ChoiceStep<K> | CustomStep<K>;

export interface WorkbookFlow<K extends WorkbookKind> {
  kind: K;
  /** Its entry in domain/tasks: title, start-page words, path and "optional" come from there. */
  taskId: TaskId;
  basePath: string;
  /** Answer fields copied into a new draft from the latest finished version. */
  answerFields: readonly (keyof FieldsByKind[K] & string)[];
  /** The screens for this record, in order. */
  steps(record: WorkbookRecord<K>): WorkbookStep<K>[];
}

/** True when a step has an answer worth keeping (not just spaces). */
export function isStepAnswered<K extends WorkbookKind>(
  step: WorkbookStep<K>,
  record: WorkbookRecord<K>,
): boolean {
  if (step.kind === 'custom') return step.isAnswered(record);
  const value = (record as Record<string, unknown>)[step.field];
  return typeof value === 'string' && value.trim().length > 0;
}
