/**
 * Add or change an action from the console. Unlike the phone (which saves as you type), the
 * console saves when the coach presses Save: it is online-only, and a half-typed action should
 * not appear on the claimant's phone. Only the fields the coach changed are sent, so a change
 * the claimant made meanwhile to another field is kept (the merge is per field). The coach
 * chooses "Voluntary" or "Agreed requirement" plainly; the claimant's phone shows which.
 */
import { useState } from 'react';
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
  TextArea,
  TextField,
  useNotify,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { BARRIER_AREAS, type BarrierArea } from '../../domain/barriers';
import { ACTION_OWNERS, ACTION_STATUSES, ACTION_TYPES } from '../../domain/actions';
import { checkDate, partsFromIso, type DateParts } from '../../domain/dates';
import { MEDIUM_TEXT, type Action, type FieldsByKind } from '../../domain/records';
import { DateField } from '../../features/action-plan/DateField';
import '../../features/action-plan/actionPlan.css';
import { useJournal } from '../journal/JournalContext';
import { problemMessage } from '../problems';
import { claimantPath } from '../routes';
import { ClaimantFrame } from './ClaimantPage';

type ActionFields = FieldsByKind['action'];

export function ActionFormPage({ actionId }: { actionId: string | null }) {
  return (
    <ClaimantFrame>
      <ActionFormLoaded actionId={actionId} />
    </ClaimantFrame>
  );
}

function ActionFormLoaded({ actionId }: { actionId: string | null }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const journal = useJournal();
  const action = actionId ? journal.records.action.find((a) => a.id === actionId) : null;
  const title = actionId ? t('coach.actions.editTitle') : t('coach.actions.newTitle');
  usePageTitle(`${title}: ${journal.claimant?.label ?? ''}`);
  return (
    <div className="page">
      <p>
        <Link href={claimantPath(journal.claimantId, 'actions')} variant="back">
          {t('coach.tabs.actions')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={journal.claimant?.label}>
        {title}
      </PageHeading>
      {action === undefined ? <p>{t('coach.actions.missing')}</p> : <ActionForm action={action} />}
    </div>
  );
}

/** The fields that differ from the record (all set fields for a new action). */
export function changedFields(before: Action | null, after: ActionFields): ActionFields {
  if (!before) return after;
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old ?? null) !== JSON.stringify(value ?? null)) changed[key] = value;
  }
  return changed as ActionFields;
}

function ActionForm({ action }: { action: Action | null }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { notify } = useNotify();
  const journal = useJournal();
  const [text, setText] = useState(action?.text ?? '');
  const [requirement, setRequirement] = useState<Action['requirement']>(
    action?.requirement ?? 'voluntary',
  );
  const [status, setStatus] = useState<Action['status']>(action?.status ?? 'toDo');
  const [statusReason, setStatusReason] = useState(action?.statusReason ?? '');
  const [owner, setOwner] = useState<Action['owner']>(action?.owner ?? null);
  const [ownerName, setOwnerName] = useState(action?.ownerName ?? '');
  const [type, setType] = useState<Action['type']>(action?.type ?? null);
  const [referralProvider, setReferralProvider] = useState(action?.referralProvider ?? '');
  const [areas, setAreas] = useState<BarrierArea[]>(action?.barrierAreas ?? []);
  const [due, setDue] = useState<DateParts>(partsFromIso(action?.due));
  const [review, setReview] = useState<DateParts>(partsFromIso(action?.review));
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const check = (): { errors: FieldErrorItem[]; due: string | null; review: string | null } => {
    const found: FieldErrorItem[] = [];
    if (!text.trim())
      found.push({ fieldId: 'action-text', message: t('coach.actions.errors.textMissing') });
    else if (text.length > MEDIUM_TEXT)
      found.push({
        fieldId: 'action-text',
        message: t('coach.actions.errors.textTooLong', { max: MEDIUM_TEXT }),
      });
    const dates: Record<'due' | 'review', string | null> = { due: null, review: null };
    for (const [key, parts] of [
      ['due', due],
      ['review', review],
    ] as const) {
      const result = checkDate(parts);
      if (result.kind === 'valid') dates[key] = result.iso;
      else if (result.kind === 'incomplete')
        found.push({
          fieldId: `action-${key}`,
          message: t(`actionPlan.form.errors.${key}Incomplete`),
        });
      else if (result.kind === 'notReal')
        found.push({
          fieldId: `action-${key}`,
          message: t(`actionPlan.form.errors.${key}NotReal`),
        });
    }
    return { errors: found, ...dates };
  };

  const save = async () => {
    if (busy) return;
    const result = check();
    setErrors(result.errors);
    if (result.errors.length > 0) return;
    const fields: ActionFields = {
      text: text.trim(),
      requirement,
      status,
      statusReason,
      owner,
      ownerName: owner === 'someoneElse' ? ownerName : '',
      type,
      referralProvider: type === 'referral' ? referralProvider : '',
      barrierAreas: areas,
      due: result.due,
      review: result.review,
    };
    const changes = action
      ? changedFields(action, fields)
      : { ...fields, proposedBy: 'coach' as const };
    const id = action?.id ?? crypto.randomUUID();
    setBusy(true);
    try {
      if (Object.keys(changes).length > 0) await journal.write('action', id, changes);
      notify(t('coach.actions.saved', { text: fields.text }), { tone: 'success' });
      navigate(claimantPath(journal.claimantId, 'actions'));
    } catch (error) {
      setErrors([{ fieldId: 'action-text', message: problemMessage(t, error) }]);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
      {action && action.proposedBy !== 'coach' ? <p>{t('coach.actions.claimantMade')}</p> : null}
      <TextArea
        id="action-text"
        label={t('coach.actions.text')}
        hint={t('coach.actions.textHint')}
        value={text}
        onChange={setText}
        errorMessage={errorFor('action-text')}
      />
      <RadioGroup
        id="action-requirement"
        label={t('coach.actions.requirement')}
        value={requirement}
        onChange={(value) =>
          setRequirement(value === 'agreedRequirement' ? 'agreedRequirement' : 'voluntary')
        }
      >
        <Radio value="voluntary" hint={t('coach.actions.voluntaryHint')}>
          {t('actionPlan.requirement.voluntary')}
        </Radio>
        <Radio value="agreedRequirement" hint={t('coach.actions.agreedHint')}>
          {t('actionPlan.requirement.agreedRequirement')}
        </Radio>
      </RadioGroup>
      <RadioGroup
        id="action-owner"
        label={t('coach.actions.owner')}
        value={owner}
        onChange={(value) => setOwner(ACTION_OWNERS.find((o) => o === value) ?? null)}
      >
        {ACTION_OWNERS.map((value) => (
          <Radio key={value} value={value}>
            {t(`coach.actions.owners.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      {owner === 'someoneElse' ? (
        <TextField
          id="action-owner-name"
          label={t('actionPlan.form.ownerName')}
          value={ownerName}
          onChange={setOwnerName}
        />
      ) : null}
      <DateField
        id="action-due"
        legend={t('coach.actions.due')}
        hint={t('coach.actions.dateHint')}
        value={due}
        errorMessage={errorFor('action-due')}
        onChange={setDue}
      />
      <DateField
        id="action-review"
        legend={t('coach.actions.review')}
        hint={t('coach.actions.dateHint')}
        value={review}
        errorMessage={errorFor('action-review')}
        onChange={setReview}
      />
      <RadioGroup
        id="action-type"
        label={t('actionPlan.form.type')}
        value={type}
        onChange={(value) => setType(ACTION_TYPES.find((v) => v === value) ?? null)}
      >
        {ACTION_TYPES.map((value) => (
          <Radio key={value} value={value}>
            {t(`actionPlan.types.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      {type === 'referral' ? (
        <TextField
          id="action-referral"
          label={t('actionPlan.form.referralProvider')}
          value={referralProvider}
          onChange={setReferralProvider}
        />
      ) : null}
      <CheckboxGroup
        id="action-areas"
        label={t('coach.actions.areas')}
        value={areas}
        onChange={(value) => setAreas(BARRIER_AREAS.filter((a) => value.includes(a)))}
      >
        {BARRIER_AREAS.map((area) => (
          <Checkbox key={area} value={area}>
            {t(`actionPlan.areas.${area}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioGroup
        id="action-status"
        label={t('actionPlan.item.status')}
        value={status}
        onChange={(value) => setStatus(ACTION_STATUSES.find((v) => v === value) ?? 'toDo')}
      >
        {ACTION_STATUSES.map((value) => (
          <Radio key={value} value={value}>
            {t(`actionPlan.statuses.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextArea
        id="action-status-reason"
        label={t('coach.actions.statusReason')}
        hint={t('coach.actions.statusReasonHint')}
        value={statusReason}
        onChange={setStatusReason}
      />
      <ButtonGroup>
        <Button type="submit" isPending={busy}>
          {t('coach.actions.save')}
        </Button>
        <Link
          href={claimantPath(journal.claimantId, 'actions')}
          variant="button"
          buttonVariant="secondary"
        >
          {t('coach.cancel')}
        </Link>
      </ButtonGroup>
    </form>
  );
}
