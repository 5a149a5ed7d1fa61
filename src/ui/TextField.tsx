/**
 * TextField: a labelled single-line input (RAC TextField + Input) with an optional hint and
 * error message, GOV.UK order: label, hint, error, input. The `id` lands on the <input>, so an
 * ErrorSummary link `#id` focuses it. Paste always works; nothing is blocked or time-limited.
 */
import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
} from 'react-aria-components';
import { cx } from './cx';
import './styles/field.css';

export interface TextFieldProps extends Pick<
  RACTextFieldProps,
  | 'id'
  | 'name'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'onBlur'
  | 'onFocus'
  | 'type'
  | 'autoComplete'
  | 'inputMode'
  | 'spellCheck'
  | 'enterKeyHint'
  | 'isRequired'
  | 'isDisabled'
  | 'isReadOnly'
  | 'autoFocus'
> {
  label: ReactNode;
  hint?: ReactNode;
  /** When set, the field is marked invalid and the message is shown and announced with it. */
  errorMessage?: string;
  /** Visual width for short answers (codes, postcodes); the field never exceeds its container. */
  size?: 'full' | 'medium' | 'short';
  className?: string;
}

export function TextField({
  label,
  hint,
  errorMessage,
  size = 'full',
  className,
  ...rest
}: TextFieldProps) {
  return (
    <RACTextField
      {...rest}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className={cx('field', className)}
    >
      <Label className="field__label">{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Input className={cx('field__control', size !== 'full' && `field__control--${size}`)} />
    </RACTextField>
  );
}
