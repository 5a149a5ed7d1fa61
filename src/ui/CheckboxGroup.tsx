/**
 * CheckboxGroup and Checkbox: pick any number from a list, as big full-width tappable rows
 * with an optional hint under each option (tied to it with aria-describedby). Built on RAC
 * CheckboxGroup; the group's label, hint and error are announced with each box.
 * `id` lands on the group; ErrorSummary links focus its first checkbox.
 */
import type { ReactNode } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  CheckboxGroup as RACCheckboxGroup,
  FieldError,
  Label,
  Text,
  type CheckboxGroupProps as RACCheckboxGroupProps,
} from 'react-aria-components';
import { cx } from './cx';
import './styles/field.css';
import './styles/choice.css';

export interface CheckboxGroupProps extends Pick<
  RACCheckboxGroupProps,
  'id' | 'name' | 'value' | 'defaultValue' | 'onChange' | 'isRequired' | 'isDisabled' | 'isReadOnly'
> {
  label: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  isLargeLabel?: boolean;
  children: ReactNode;
  className?: string;
}

export function CheckboxGroup({
  label,
  hint,
  errorMessage,
  isLargeLabel = false,
  children,
  className,
  ...rest
}: CheckboxGroupProps) {
  return (
    <RACCheckboxGroup
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
    </RACCheckboxGroup>
  );
}

export interface CheckboxProps {
  value: string;
  children: ReactNode;
  hint?: ReactNode;
  isDisabled?: boolean;
  id?: string;
}

export function Checkbox({ value, children, hint, isDisabled, id }: CheckboxProps) {
  return (
    <CheckboxField value={value} isDisabled={isDisabled} id={id} className="choice">
      <CheckboxButton className="choice__button">
        <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
        <span className="choice__label">{children}</span>
      </CheckboxButton>
      {hint ? (
        <Text slot="description" className="choice__hint">
          {hint}
        </Text>
      ) : null}
    </CheckboxField>
  );
}
