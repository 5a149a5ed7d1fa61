/**
 * A date as three boxes (day, month, year), the GOV.UK date input: easy to type on a phone
 * keyboard, no calendar widget to fight. The group is a fieldset with a legend, hint and error;
 * `id` lands on the fieldset, so an error summary link focuses its first box.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui';
import type { DateParts } from '../../domain/dates';

export function DateField({
  id,
  legend,
  hint,
  value,
  errorMessage,
  onChange,
}: {
  id: string;
  legend: string;
  hint: string;
  value: DateParts;
  errorMessage?: string;
  onChange: (value: DateParts) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const parts = ['day', 'month', 'year'] as const;
  return (
    <fieldset
      id={id}
      className="field date-field"
      data-invalid={errorMessage ? true : undefined}
      aria-describedby={errorMessage ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label">{legend}</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {errorMessage ? (
        <p id={errorId} className="field__error">
          {errorMessage}
        </p>
      ) : null}
      <div className="date-field__boxes">
        {parts.map((part) => (
          <TextField
            key={part}
            id={`${id}-${part}`}
            className={`date-field__box date-field__box--${part}`}
            label={t(`actionPlan.form.${part}`)}
            inputMode="numeric"
            autoComplete="off"
            value={value[part]}
            onChange={(next) => onChange({ ...value, [part]: next })}
          />
        ))}
      </div>
    </fieldset>
  );
}
