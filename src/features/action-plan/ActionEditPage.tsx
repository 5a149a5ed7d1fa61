/**
 * Add or change one action. Every answer saves on this phone as it is typed (autosave, 300 ms,
 * and before leaving); a date saves as soon as the three boxes make a real date. "Save and go
 * back" checks the dates: a date that is incomplete or not real shows the error summary (which
 * takes focus) and changes nothing; so does an action that could not be saved (the phone is out
 * of space), which stays on screen, is tried again by itself, and is said plainly. An action the claimant adds is always voluntary: the form
 * has no control for "agreed requirement". An agreed requirement (set by a work coach, arriving
 * by sync) is shown plainly; the claimant can say how it is going but not change what it is.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Link,
  PageHeading,
  Radio,
  RadioGroup,
  SummaryList,
  TextArea,
  TextField,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { useRecord } from '../../data/liveRecords';
import { BARRIER_AREAS } from '../../domain/barriers';
import { ACTION_OWNERS, ACTION_STATUSES, ACTION_TYPES } from '../../domain/actions';
import { checkDate, partsFromIso, type DateParts } from '../../domain/dates';
import type { Action, FieldsByKind } from '../../domain/records';
import { SharingChoice } from '../sharing/SharingChoice';
import { DateField } from './DateField';
import { formatIsoDate } from './formatDate';
import { RequirementLabel } from './RequirementLabel';
import { ACTION_PLAN_PATH } from './routes';
import './actionPlan.css';

type ActionFields = FieldsByKind['action'];
type ActionType = NonNullable<Action['type']>;
type ActionOwner = NonNullable<Action['owner']>;
type ActionStatus = Action['status'];
type DateKey = 'due' | 'review';

export default function ActionEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useRecord('action', id);
  const { navigations } = useNavigation();
  // The title follows whether the action existed when the page opened, not the first keystroke.
  const [isNew, setIsNew] = useState<boolean>();
  if (record !== undefined && isNew === undefined) setIsNew(record === null);
  const title = isNew ? t('actionPlan.form.newTitle') : t('actionPlan.form.editTitle');
  usePageTitle(title);
  return (
    <div className="page">
      <p data-print="hide">
        <Link href={ACTION_PLAN_PATH} variant="back">
          {t('tasks.actionPlan.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={t('actionPlan.caption')}>
        {title}
      </PageHeading>
      {record === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : (
        <ActionForm id={id} initial={record} live={record} />
      )}
    </div>
  );
}

function ActionForm({
  id,
  initial,
  live,
}: {
  id: string;
  initial: Action | null;
  live: Action | null;
}) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const saver = useAutosaver('action', id);
  // Answers are held here as typed (the record is read once, so a live update never moves the
  // cursor); the autosaver writes them.
  const [first] = useState(initial);
  const exists = useRef(first !== null);
  const agreed = first?.requirement === 'agreedRequirement';

  const [text, setText] = useState(first?.text ?? '');
  const [areas, setAreas] = useState<string[]>(first?.barrierAreas ?? []);
  const [type, setType] = useState<ActionType | null>(first?.type ?? null);
  const [referralProvider, setReferralProvider] = useState(first?.referralProvider ?? '');
  const [owner, setOwner] = useState<ActionOwner | null>(first?.owner ?? null);
  const [ownerName, setOwnerName] = useState(first?.ownerName ?? '');
  const [dates, setDates] = useState<Record<DateKey, DateParts>>({
    due: partsFromIso(first?.due),
    review: partsFromIso(first?.review),
  });
  const [status, setStatus] = useState<ActionStatus>(first?.status ?? 'toDo');
  const [statusReason, setStatusReason] = useState(first?.statusReason ?? '');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const notSaved = useNotSaved(saver, agreed ? 'action-status' : 'action-text');

  const save = (fields: ActionFields) => {
    if (!exists.current) {
      // The first answer creates the action: the claimant's own, so always voluntary.
      exists.current = true;
      saver.update({ proposedBy: 'claimant', requirement: 'voluntary', status: 'toDo', ...fields });
    } else {
      saver.update(fields);
    }
  };

  const changeDate = (key: DateKey, parts: DateParts) => {
    setDates((previous) => ({ ...previous, [key]: parts }));
    const check = checkDate(parts);
    if (check.kind === 'valid') save({ [key]: check.iso });
    else if (check.kind === 'empty' && (live?.[key] ?? null) !== null) save({ [key]: null });
  };

  const dateErrors = (): FieldErrorItem[] => {
    const found: FieldErrorItem[] = [];
    for (const key of ['due', 'review'] as const) {
      if (agreed && key === 'due') continue;
      const check = checkDate(dates[key]);
      if (check.kind === 'incomplete' || check.kind === 'notReal') {
        const which = check.kind === 'incomplete' ? 'Incomplete' : 'NotReal';
        found.push({
          fieldId: `action-${key}`,
          message: t(`actionPlan.form.errors.${key}${which}`),
        });
      }
    }
    return found;
  };

  const onSubmit = async () => {
    const found = dateErrors();
    setErrors(found);
    if (found.length > 0) return;
    await saver.flush();
    if (!notSaved.checkSaved()) return;
    navigate(ACTION_PLAN_PATH);
  };

  const errorFor = (key: DateKey) => errors.find((e) => e.fieldId === `action-${key}`)?.message;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <ErrorSummary
        title={t('actionPlan.form.errorTitle')}
        errors={[...errors, ...notSaved.errors]}
      />
      <RequirementLabel requirement={first?.requirement ?? 'voluntary'} />
      {agreed ? (
        <>
          <p>{t('actionPlan.requirement.lockedNote')}</p>
          <SummaryList
            rows={[
              { key: 'text', label: t('actionPlan.form.text'), value: first?.text ?? '' },
              {
                key: 'who',
                label: t('actionPlan.item.who'),
                value: first?.owner
                  ? first.owner === 'someoneElse' && first.ownerName
                    ? first.ownerName
                    : t(`actionPlan.owners.${first.owner}`)
                  : '',
              },
              {
                key: 'by',
                label: t('actionPlan.item.by'),
                value: first?.due ? formatIsoDate(first.due, t) : '',
              },
            ].filter((row) => row.value !== '')}
          />
        </>
      ) : (
        <>
          <p>{t('actionPlan.form.intro')}</p>
          <TextArea
            id="action-text"
            label={t('actionPlan.form.text')}
            hint={t('actionPlan.form.textHint')}
            value={text}
            onChange={(value) => {
              setText(value);
              save({ text: value });
            }}
          />
          <CheckboxGroup
            id="action-areas"
            label={t('actionPlan.form.areas')}
            hint={t('actionPlan.form.areasHint')}
            value={areas}
            onChange={(value) => {
              setAreas(value);
              save({ barrierAreas: BARRIER_AREAS.filter((a) => value.includes(a)) });
            }}
          >
            {BARRIER_AREAS.map((area) => (
              <Checkbox key={area} value={area}>
                {t(`actionPlan.areas.${area}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <RadioGroup
            id="action-type"
            label={t('actionPlan.form.type')}
            value={type}
            onChange={(value) => {
              const next = ACTION_TYPES.find((v) => v === value) ?? null;
              setType(next);
              save({ type: next });
            }}
          >
            {ACTION_TYPES.map((value) => (
              <Radio key={value} value={value}>
                {t(`actionPlan.types.${value}`)}
              </Radio>
            ))}
          </RadioGroup>
          {type === 'referral' || referralProvider ? (
            <TextField
              id="action-referral"
              label={t('actionPlan.form.referralProvider')}
              hint={t('actionPlan.form.referralProviderHint')}
              value={referralProvider}
              onChange={(value) => {
                setReferralProvider(value);
                save({ referralProvider: value });
              }}
            />
          ) : null}
          <RadioGroup
            id="action-owner"
            label={t('actionPlan.form.owner')}
            value={owner}
            onChange={(value) => {
              const next = ACTION_OWNERS.find((v) => v === value) ?? null;
              setOwner(next);
              save({ owner: next });
            }}
          >
            {ACTION_OWNERS.map((value) => (
              <Radio key={value} value={value}>
                {t(`actionPlan.owners.${value}`)}
              </Radio>
            ))}
          </RadioGroup>
          {owner === 'someoneElse' || ownerName ? (
            <TextField
              id="action-owner-name"
              label={t('actionPlan.form.ownerName')}
              hint={t('actionPlan.form.ownerNameHint')}
              value={ownerName}
              onChange={(value) => {
                setOwnerName(value);
                save({ ownerName: value });
              }}
            />
          ) : null}
          <DateField
            id="action-due"
            legend={t('actionPlan.form.due')}
            hint={t('actionPlan.form.dueHint')}
            value={dates.due}
            errorMessage={errorFor('due')}
            onChange={(parts) => changeDate('due', parts)}
          />
        </>
      )}
      <DateField
        id="action-review"
        legend={t('actionPlan.form.review')}
        hint={t('actionPlan.form.reviewHint')}
        value={dates.review}
        errorMessage={errorFor('review')}
        onChange={(parts) => changeDate('review', parts)}
      />
      <RadioGroup
        id="action-status"
        label={t('actionPlan.form.status')}
        value={status}
        onChange={(value) => {
          const next = ACTION_STATUSES.find((v) => v === value);
          if (!next) return;
          setStatus(next);
          save({ status: next });
        }}
      >
        {ACTION_STATUSES.filter((value) => !agreed || value !== 'dropped').map((value) => (
          <Radio key={value} value={value}>
            {t(`actionPlan.statuses.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextArea
        id="action-status-reason"
        label={t('actionPlan.form.statusReason')}
        hint={t('actionPlan.form.statusReasonHint')}
        value={statusReason}
        onChange={(value) => {
          setStatusReason(value);
          save({ statusReason: value });
        }}
      />
      {/* An agreed requirement is always shared (the server refuses hiding one): say so, and
          offer no choice that would only be put back. */}
      {agreed ? (
        <p>{t('actionPlan.requirement.alwaysShared')}</p>
      ) : live ? (
        <SharingChoice kind="action" id={id} value={live.sharing} />
      ) : null}
      <ButtonGroup>
        <Button type="submit">{t('actionPlan.form.save')}</Button>
      </ButtonGroup>
    </form>
  );
}
