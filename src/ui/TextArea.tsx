/**
 * TextArea: a labelled multi-line answer that grows with its content (CSS `field-sizing:
 * content`, with a resize-on-input fallback for browsers without it), plus hint and error.
 * No character limit unless `limit` is given; then a visible count is tied to the field
 * (aria-describedby) and a polite live region repeats it once typing pauses. Going over the
 * limit is allowed and shown, never cut off.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  FieldError,
  Label,
  Text,
  TextArea as RACTextArea,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
} from 'react-aria-components';
import { cx } from './cx';
import './styles/field.css';
import './TextArea.css';

export interface CharacterLimit {
  max: number;
  /** Translated count text, e.g. (n) => n >= 0 ? `You have ${n} characters remaining` : ... */
  message: (remaining: number) => string;
}

export interface TextAreaProps extends Pick<
  RACTextFieldProps,
  | 'id'
  | 'name'
  | 'value'
  | 'defaultValue'
  | 'onBlur'
  | 'onFocus'
  | 'autoComplete'
  | 'spellCheck'
  | 'isRequired'
  | 'isDisabled'
  | 'isReadOnly'
> {
  label: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  onChange?: (value: string) => void;
  /** Starting height in lines; the field grows beyond it as the answer gets longer. */
  rows?: number;
  limit?: CharacterLimit;
  className?: string;
}

/** How long typing must pause before the count is announced (GOV.UK uses one second). */
const ANNOUNCE_DELAY_MS = 1000;

function supportsFieldSizing(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? CSS.supports('field-sizing', 'content')
    : false;
}

/** Fallback growth: fit the height to the content (border-box, so add the borders back). */
export function growToContent(el: HTMLTextAreaElement): void {
  if (supportsFieldSizing()) return;
  el.style.height = 'auto';
  const borders = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + Math.max(borders, 0)}px`;
}

export function TextArea({
  label,
  hint,
  errorMessage,
  onChange,
  rows = 4,
  limit,
  className,
  ...rest
}: TextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const countId = useId();
  const [uncontrolled, setUncontrolled] = useState(rest.defaultValue ?? '');
  const current = rest.value ?? uncontrolled;
  const countText = limit ? limit.message(limit.max - current.length) : '';
  const [announced, setAnnounced] = useState(countText);

  useLayoutEffect(() => {
    if (ref.current) growToContent(ref.current);
  }, [current]);

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText]);

  const over = limit !== undefined && current.length > limit.max;

  return (
    <RACTextField
      {...rest}
      onChange={(next) => {
        setUncontrolled(next);
        onChange?.(next);
      }}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      aria-describedby={limit ? countId : undefined}
      className={cx('field', className)}
    >
      <Label className="field__label">{label}</Label>
      {hint ? (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <RACTextArea
        ref={ref}
        rows={rows}
        className="field__control textarea"
        onInput={(event) => growToContent(event.currentTarget)}
      />
      {limit ? (
        <>
          <p id={countId} className="textarea__count" data-over={over || undefined}>
            {countText}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {announced}
          </p>
        </>
      ) : null}
    </RACTextField>
  );
}
