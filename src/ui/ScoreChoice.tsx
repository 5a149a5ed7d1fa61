/**
 * ScoreChoice: "How much does this hold you back?" answered 1 to 10 with no dragging. A RAC
 * RadioGroup drawn as ten 44 px buttons in a wrapping grid (two rows of five on a small phone,
 * one row of ten when there is room), with words under the anchor values. Each radio's name
 * includes its anchor words ("1 It stops me completely"), arrow keys move and select as in any
 * radio group, and optional extra answers ("It changes too much to say") sit below as rows.
 * Value: a number 1-10, an extra option's string, or null for no answer yet.
 */
import type { ReactNode } from 'react';
import {
  FieldError,
  Label,
  Radio as RACRadio,
  RadioGroup as RACRadioGroup,
  Text,
} from 'react-aria-components';
import { cx } from './cx';
import { Radio } from './RadioGroup';
import './styles/field.css';
import './styles/choice.css';
import './ScoreChoice.css';

export type ScoreValue = number | string | null;

export interface ScoreExtraOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface ScoreChoiceProps {
  label: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  /** Words shown under (and read with) some scores, e.g. {1: 'It stops me completely'}. */
  anchors: Record<number, string>;
  extraOptions?: ScoreExtraOption[];
  /** Optional word between the scores and the extra options, e.g. "or". */
  dividerLabel?: string;
  value?: ScoreValue;
  defaultValue?: ScoreValue;
  onChange?: (value: ScoreValue) => void;
  id?: string;
  name?: string;
  isDisabled?: boolean;
  isRequired?: boolean;
  isLargeLabel?: boolean;
  className?: string;
}

export const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const EXTRA_PREFIX = 'extra:';

function toKey(value: ScoreValue | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return typeof value === 'number' ? String(value) : EXTRA_PREFIX + value;
}

function fromKey(key: string | null): ScoreValue {
  if (key === null) return null;
  return key.startsWith(EXTRA_PREFIX) ? key.slice(EXTRA_PREFIX.length) : Number(key);
}

export function ScoreChoice({
  label,
  hint,
  errorMessage,
  anchors,
  extraOptions = [],
  dividerLabel,
  value,
  defaultValue,
  onChange,
  isLargeLabel = false,
  className,
  ...rest
}: ScoreChoiceProps) {
  return (
    <RACRadioGroup
      {...rest}
      value={toKey(value)}
      defaultValue={toKey(defaultValue)}
      onChange={(key) => onChange?.(fromKey(key))}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className={cx('field', 'score-choice', className)}
    >
      <Label className={cx('field__label', isLargeLabel && 'field__label--large')}>{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <div className="score-choice__scale">
        <div className="score-choice__grid">
          {SCORES.map((score) => (
            <RACRadio key={score} value={String(score)} className="score-choice__option">
              <span className="score-choice__number">{score}</span>{' '}
              {anchors[score] ? (
                <span className="score-choice__anchor">{anchors[score]}</span>
              ) : null}
            </RACRadio>
          ))}
        </div>
      </div>
      {extraOptions.length > 0 ? (
        <div className="choice-list score-choice__extra">
          {dividerLabel ? <p className="choice-list__divider">{dividerLabel}</p> : null}
          {extraOptions.map((option) => (
            <Radio key={option.value} value={EXTRA_PREFIX + option.value} hint={option.hint}>
              {option.label}
            </Radio>
          ))}
        </div>
      ) : null}
    </RACRadioGroup>
  );
}
