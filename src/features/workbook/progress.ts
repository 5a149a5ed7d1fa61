/**
 * Where to pick up again: the first unanswered question after the last one answered, so a
 * question someone chose to skip is not asked again, and nobody re-reads what they already did.
 * With nothing answered that is the first question; with the last one answered it is the end
 * (Check your answers).
 */
import { isStepAnswered, type WorkbookKind, type WorkbookRecord, type WorkbookStep } from './flow';

/** The index of the step to resume at; `steps.length` means "go to Check your answers". */
export function resumeIndex<K extends WorkbookKind>(
  steps: readonly WorkbookStep<K>[],
  record: WorkbookRecord<K>,
): number {
  let last = -1;
  steps.forEach((step, i) => {
    if (isStepAnswered(step, record)) last = i;
  });
  return last + 1;
}

/** The neighbours of a step, for Back and Continue; undefined at either end. */
export function neighbours<K extends WorkbookKind>(
  steps: readonly WorkbookStep<K>[],
  key: string,
): { index: number; previous?: WorkbookStep<K>; next?: WorkbookStep<K> } {
  const index = steps.findIndex((s) => s.key === key);
  return { index, previous: steps[index - 1], next: index >= 0 ? steps[index + 1] : undefined };
}
