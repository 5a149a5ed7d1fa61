/**
 * "What you typed is not saved yet": after a form's way out (Continue, Save and go back) has
 * flushed its autosaver, `checkSaved()` says whether the write went through. If it did not (the
 * phone is out of space), the form stays where it is and `errors` holds one plain entry for its
 * error summary, saying why and what to do, until a later try (the autosaver keeps trying)
 * succeeds.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveProblem, type Autosaver } from '../data/autosave';
import type { RecordKind } from '../domain/records';
import type { FieldErrorItem } from '../ui';

export interface NotSaved {
  /** The error-summary entry, or none. */
  errors: FieldErrorItem[];
  /** Call after `await saver.flush()`: true to go on, false (and say so) to stay. */
  checkSaved(): boolean;
}

export function useNotSaved(
  saver: Pick<Autosaver<RecordKind>, 'problem' | 'subscribe'>,
  fieldId: string,
): NotSaved {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const problem = useSaveProblem(saver);
  if (shown && !problem) setShown(false); // saved since: the message goes
  return {
    errors: shown && problem ? [{ fieldId, message: t(`common.notSaved.${problem}`) }] : [],
    checkSaved() {
      if (!saver.problem()) return true;
      setShown(true);
      return false;
    },
  };
}
