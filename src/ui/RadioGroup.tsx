/**
 * RadioGroup and Radio: one choice from a short list, as big full-width tappable rows with an
 * optional hint under each option (tied to it with aria-describedby). Built on RAC RadioGroup,
 * so arrow keys move and select, and the group's label, hint and error are announced.
 * `id` lands on the group; ErrorSummary links focus its selected (or first) radio.
 */
import type { ReactNode } from 'react';
import {
  FieldError,
  Label,
  RadioButton,
  RadioField,
  RadioGroup as RACRadioGroup,
  Text,
  type RadioGroupProps as RACRadioGroupProps,
} from 'react-aria-components';
import { cx } from './cx';
import './styles/field.css';
import './styles/choice.css';

export interface RadioGroupProps extends Pick<
  RACRadioGroupProps,
  | 'id'
  | 'name'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'isRequired'
  | 'isDisabled'
  | 'isReadOnly'
  | 'orientation'
> {
  label: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  /** Show the question as a large label (when it is the only question on the page). */
  isLargeLabel?: boolean;
  children: ReactNode;
  className?: string;
}

export function RadioGroup({
  label,
  hint,
  errorMessage,
  isLargeLabel = false,
  children,
  className,
  ...rest
}: RadioGroupProps) {
  return (
    <RACRadioGroup
      {...rest}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className={cx('field', className)}
    >
      <Label className={cx('field__label', isLargeLabel && 'field__label--large')}>{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <div className="choice-list">{children}</div>
    </RACRadioGroup>
  );
}

export interface RadioProps {
  value: string;
  children: ReactNode;
  /** Extra words under the option, read out with it. */
  hint?: ReactNode;
  isDisabled?: boolean;
  id?: string;
}

export function Radio({ value, children, hint, isDisabled, id }: RadioProps) {
  return (
    <RadioField value={value} isDisabled={isDisabled} id={id} className="choice">
      <RadioButton className="choice__button">
        <span className="choice__indicator choice__indicator--radio" aria-hidden="true" />
        <span className="choice__label">{children}</span>
      </RadioButton>
      {hint ? (
        <Text slot="description" className="choice__hint">
          {hint}
        </Text>
      ) : null}
    </RadioField>
  );
}
