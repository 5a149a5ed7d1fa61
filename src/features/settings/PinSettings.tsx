/**
 * "Lock Waymark with a PIN" on the settings page (the design is in data/lock/pin.ts): what it
 * does and what a forgotten PIN means, in plain words, and that background sending to the
 * coach waits while locked. With no PIN: "Set a PIN" (typed twice: 4 to 6 numbers or a
 * passphrase of at least 6 characters) and when to lock. With a PIN: when to lock, "Lock
 * Waymark now", change the PIN (asks for the current one) and turn it off (asks for it too).
 * Each form has an error summary that takes focus; fields take paste and have no time limit.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Radio,
  RadioGroup,
  TextField,
  type FieldErrorItem,
} from '../../ui';
import { canLock, isAcceptablePin } from '../../data/lock/keys';
import {
  DEFAULT_IDLE,
  IDLE_CHOICES,
  readLockConfig,
  type IdleChoice,
} from '../../data/lock/lockConfig';
import { changePin, setIdleChoice, turnOffPin, turnOnPin } from '../../data/lock/pin';
import { useLockState } from '../../data/lock/useLockState';
import { lockApp, startIdleWatch } from '../lock/lockApp';
import '../lock/lock.css';

type Form = 'none' | 'set' | 'change' | 'off';
type Problem = 'empty' | 'tooShort' | 'mismatch' | 'wrong' | 'failed';

const FIELDS = {
  current: 'pin-current',
  fresh: 'pin-new',
  again: 'pin-again',
} as const;

function isIdleChoice(value: string): value is IdleChoice {
  return (IDLE_CHOICES as readonly string[]).includes(value);
}

/** Checks a new PIN typed twice; the problems found, by field. */
function newPinProblems(fresh: string, again: string): [string, Problem][] {
  if (fresh.trim() === '') return [[FIELDS.fresh, 'empty']];
  if (!isAcceptablePin(fresh)) return [[FIELDS.fresh, 'tooShort']];
  if (again !== fresh) return [[FIELDS.again, 'mismatch']];
  return [];
}

function PinField({
  id,
  label,
  hint,
  value,
  onChange,
  errors,
  autoComplete,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrorItem[];
  autoComplete: 'new-password' | 'current-password';
}) {
  return (
    <TextField
      id={id}
      type="password"
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      errorMessage={errors.find((e) => e.fieldId === id)?.message}
      autoComplete={autoComplete}
      spellCheck="false"
      size="medium"
    />
  );
}

export function PinSettings() {
  const { t } = useTranslation();
  const { pinSet } = useLockState();
  const [form, setForm] = useState<Form>('none');
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState<IdleChoice>(() => readLockConfig()?.idle ?? DEFAULT_IDLE);
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const open = (next: Form) => {
    setForm(next);
    setCurrent('');
    setFresh('');
    setAgain('');
    setErrors([]);
    setStatus('');
  };
  const fail = (found: [string, Problem][]) => {
    setAttempt((n) => n + 1);
    setErrors(
      found.map(([fieldId, problem]) => ({
        fieldId,
        message: t(`lock.settings.errors.${problem}`),
      })),
    );
  };
  const run = async (work: () => Promise<Problem | undefined>, done: string) => {
    setBusy(true);
    let problem: Problem | undefined;
    try {
      problem = await work();
    } catch (error) {
      console.error('The PIN could not be changed', error);
      problem = 'failed';
    }
    setBusy(false);
    if (problem) {
      fail([[form === 'set' ? FIELDS.fresh : FIELDS.current, problem]]);
      return;
    }
    open('none');
    setStatus(done);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (form === 'set') {
      const found = newPinProblems(fresh, again);
      if (found.length > 0) return fail(found);
      void run(async () => {
        await turnOnPin(fresh, idle);
        await startIdleWatch();
        return undefined;
      }, t('lock.settings.turnedOn'));
    } else if (form === 'change') {
      const found: [string, Problem][] = current.trim() === '' ? [[FIELDS.current, 'empty']] : [];
      found.push(...newPinProblems(fresh, again));
      if (found.length > 0) return fail(found);
      void run(
        async () => ((await changePin(current, fresh)) ? undefined : 'wrong'),
        t('lock.settings.changed'),
      );
    } else if (form === 'off') {
      if (current.trim() === '') return fail([[FIELDS.current, 'empty']]);
      void run(
        async () => ((await turnOffPin(current)) ? undefined : 'wrong'),
        t('lock.settings.turnedOff'),
      );
    }
  };

  const idleChoices = (
    <RadioGroup
      id="pin-idle"
      label={t('lock.settings.whenLabel')}
      hint={t('lock.settings.whenHint')}
      value={idle}
      onChange={(value) => {
        if (!isIdleChoice(value)) return;
        setIdle(value);
        if (pinSet) {
          setIdleChoice(value);
          setStatus(t('lock.settings.whenSaved'));
        }
      }}
    >
      {IDLE_CHOICES.map((choice) => (
        <Radio key={choice} value={choice}>
          {t(`lock.settings.idle.${choice}`)}
        </Radio>
      ))}
    </RadioGroup>
  );

  const formBody = (fields: ReactNode, submitLabel: string, pendingLabel?: string) => (
    <form className="pin-settings__form" onSubmit={submit} noValidate>
      <ErrorSummary key={attempt} title={t('lock.settings.errorTitle')} errors={errors} />
      {fields}
      <ButtonGroup>
        <Button type="submit" isPending={busy} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={() => open('none')} isDisabled={busy}>
          {t('lock.settings.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
  const newPinFields = (
    <>
      <PinField
        id={FIELDS.fresh}
        label={t('lock.settings.newLabel')}
        hint={t('lock.settings.newHint')}
        value={fresh}
        onChange={setFresh}
        errors={errors}
        autoComplete="new-password"
      />
      <PinField
        id={FIELDS.again}
        label={t('lock.settings.againLabel')}
        value={again}
        onChange={setAgain}
        errors={errors}
        autoComplete="new-password"
      />
    </>
  );
  const currentField = (
    <PinField
      id={FIELDS.current}
      label={t('lock.settings.currentLabel')}
      value={current}
      onChange={setCurrent}
      errors={errors}
      autoComplete="current-password"
    />
  );

  return (
    <section className="pin-settings" aria-labelledby="pin-settings-heading">
      <h2 id="pin-settings-heading">{t('lock.settings.heading')}</h2>
      <p>{t('lock.settings.explain')}</p>
      <p>{t('lock.settings.forgetWarning')}</p>
      <p>{t('lock.settings.sync')}</p>
      <p role="status" className="pin-settings__status">
        {status}
      </p>
      {!canLock() ? (
        <p>{t('lock.settings.cannot')}</p>
      ) : !pinSet ? (
        form === 'set' ? (
          formBody(
            <>
              {newPinFields}
              {idleChoices}
            </>,
            t('lock.settings.save'),
            t('lock.settings.saving'),
          )
        ) : (
          <Button variant="secondary" onPress={() => open('set')}>
            {t('lock.settings.set')}
          </Button>
        )
      ) : (
        <>
          <p>{t('lock.settings.isOn')}</p>
          {idleChoices}
          <p>
            <Button variant="secondary" onPress={() => void lockApp()}>
              {t('lock.settings.lockNow')}
            </Button>
          </p>
          <h3>{t('lock.settings.changeHeading')}</h3>
          {form === 'change' ? (
            formBody(
              <>
                {currentField}
                {newPinFields}
              </>,
              t('lock.settings.change'),
            )
          ) : (
            <Button variant="secondary" onPress={() => open('change')}>
              {t('lock.settings.change')}
            </Button>
          )}
          <h3>{t('lock.settings.offHeading')}</h3>
          <p>{t('lock.settings.offExplain')}</p>
          {form === 'off' ? (
            formBody(currentField, t('lock.settings.off'), t('lock.settings.turningOff'))
          ) : (
            <Button variant="secondary" onPress={() => open('off')}>
              {t('lock.settings.off')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
