/**
 * Choose the values that matter most: the list as checkboxes (word and one-line meaning), plus
 * "Add your own". Up to five; choosing more is allowed on screen (nothing is taken away without
 * asking) and a calm message says to untick some. Only a selection of five or fewer is saved, so
 * the saved record is always valid.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, TextField } from '../../ui';
import type { CustomStepProps } from '../workbook/flow';
import {
  VALUE_IDS,
  mergeSelection,
  ownValueId,
  valueMeaning,
  valueName,
  withinLimit,
  type ChosenValue,
} from './valueList';
import './values.css';

export const CHOOSE_FIELD_ID = 'values-choose';
const OWN_FIELD_ID = 'values-own';

export function ChooseValues({
  record,
  saver,
  title,
  hint,
  errors,
  setCheck,
}: CustomStepProps<'values'>) {
  const { t } = useTranslation();
  const saved = record.chosen ?? [];
  // Every value seen on this screen, so unticking and ticking again keeps what was written.
  const [known, setKnown] = useState<Record<string, ChosenValue>>(() =>
    Object.fromEntries(saved.map((v) => [v.id, v])),
  );
  const [own, setOwn] = useState<ChosenValue[]>(() => saved.filter((v) => v.custom !== undefined));
  const [selected, setSelected] = useState<string[]>(() => saved.map((v) => v.id));
  const [ownText, setOwnText] = useState('');
  const [ownError, setOwnError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const tooMany = !withinLimit(selected);

  useEffect(() => {
    setCheck(() =>
      withinLimit(selected)
        ? []
        : [{ fieldId: CHOOSE_FIELD_ID, message: t('values.choose.tooMany') }],
    );
  }, [selected, setCheck, t]);

  const choose = (ids: string[], values: Record<string, ChosenValue>) => {
    setSelected(ids);
    if (withinLimit(ids)) {
      saver.update({ chosen: ids.map((id) => values[id] ?? { id }) });
    }
  };

  const add = () => {
    const text = ownText.trim();
    if (!text) {
      setOwnError(t('values.choose.ownEmpty'));
      return;
    }
    const value: ChosenValue = { id: ownValueId(), custom: text };
    const values = { ...known, [value.id]: value };
    setKnown(values);
    setOwn([...own, value]);
    setOwnText('');
    setOwnError(undefined);
    setAnnouncement(t('values.choose.ownAdded', { value: text }));
    choose([...selected, value.id], values);
  };

  const showError = tooMany && errors.some((e) => e.fieldId === CHOOSE_FIELD_ID);

  return (
    <>
      <CheckboxGroup
        id={CHOOSE_FIELD_ID}
        label={<span className="visually-hidden">{title}</span>}
        hint={hint}
        value={selected}
        errorMessage={showError ? t('values.choose.tooMany') : undefined}
        onChange={(next) => choose(mergeSelection(selected, next), known)}
      >
        {VALUE_IDS.map((id) => (
          <Checkbox key={id} value={id} hint={valueMeaning(t, { id })}>
            {valueName(t, { id })}
          </Checkbox>
        ))}
        {own.map((value) => (
          <Checkbox key={value.id} value={value.id}>
            {valueName(t, value)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <p className="values-count" role="status">
        {tooMany
          ? t('values.choose.tooMany')
          : t('values.choose.count', { number: selected.length })}
      </p>
      <div className="values-own">
        <TextField
          id={OWN_FIELD_ID}
          label={t('values.choose.ownLabel')}
          hint={t('values.choose.ownHint')}
          value={ownText}
          errorMessage={ownError}
          onChange={(text) => {
            setOwnText(text);
            if (ownError) setOwnError(undefined);
          }}
        />
        <Button variant="secondary" onPress={add}>
          {t('values.choose.add')}
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
