/**
 * ErrorSummary: the GOV.UK error summary. Given a title and errors, it renders a role="alert"
 * box that takes focus when it appears and whenever its errors change, with a link to each
 * field; following a link focuses the field (or the chosen/first option of a group) and
 * scrolls its label into view. Renders nothing when there are no errors.
 */
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import './ErrorSummary.css';

export interface FieldErrorItem {
  /** The id of the input (or radio/checkbox group) the error belongs to. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  errors: FieldErrorItem[];
  description?: string;
}

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, [tabindex]';

/** Focuses the field behind an error link; returns false when there is no such field. */
export function focusField(fieldId: string): boolean {
  const target = document.getElementById(fieldId);
  if (!target) return false;
  const control = target.matches(FOCUSABLE)
    ? target
    : (target.querySelector<HTMLElement>('input:checked') ??
      target.querySelector<HTMLElement>(FOCUSABLE));
  const element = control ?? target;
  element.focus({ preventScroll: true });
  const field = element.closest('.field') ?? element;
  if (typeof field.scrollIntoView === 'function') field.scrollIntoView({ block: 'start' });
  return true;
}

export function ErrorSummary({ title, errors, description }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const errorsKey = errors.map((error) => `${error.fieldId}\u0000${error.message}`).join('\u0001');

  useEffect(() => {
    if (errorsKey) ref.current?.focus();
  }, [errorsKey]);

  if (errors.length === 0) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    if (focusField(fieldId)) event.preventDefault();
  };

  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-print="hide"
    >
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      {description ? <p className="error-summary__description">{description}</p> : null}
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a href={`#${error.fieldId}`} onClick={(event) => onLinkClick(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
