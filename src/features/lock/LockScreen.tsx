/**
 * The lock screen (the design is in data/lock/pin.ts): shown instead of every page but
 * "Need help now?" while a PIN is set and Waymark is locked, before any of the person's data.
 *
 * "Enter your PIN or passphrase": a password field that takes paste and has no time limit, a
 * "Show PIN" button, and a plain error with an error summary that takes focus. No puzzle and
 * no lockout: after several wrong tries each check waits a little longer (said on screen), and
 * nothing is ever deleted by wrong tries. "Forgot your PIN?" says honestly that nobody can open
 * the data on this phone without it, that what was shared is still with the work coach, and
 * offers (asked first) to delete Waymark's data on this phone and start again.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Dialog, ErrorSummary, PageHeading, TextField } from '../../ui';
import { usePageTitle } from '../../app/navigation';
import { FREE_TRIES, wrongTries } from '../../data/lock/pin';
import { deleteForgotten, unlockApp } from './lockApp';
import './lock.css';

const PIN_FIELD = 'lock-pin';

function EnterPin({ onForgot }: { onForgot: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<'empty' | 'wrong' | 'failed'>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [tries, setTries] = useState(wrongTries);
  usePageTitle(t('lock.screen.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    if (pin.trim() === '') {
      setError('empty');
      return;
    }
    setBusy(true);
    let result: Awaited<ReturnType<typeof unlockApp>> | 'failed';
    try {
      result = await unlockApp(pin);
    } catch (failure) {
      console.error('Could not unlock', failure);
      result = 'failed';
    }
    if (result !== 'wrong' && result !== 'failed') return; // the app opens; this screen goes
    setBusy(false);
    setTries(wrongTries());
    setError(result);
  };

  const message = error ? t(`lock.screen.${error}`) : undefined;
  return (
    <div className="page lock-screen">
      <PageHeading focusOnMount>{t('lock.screen.title')}</PageHeading>
      <p className="lead">{t('lock.screen.intro')}</p>
      <ErrorSummary
        key={attempt}
        title={t('lock.screen.errorTitle')}
        errors={message ? [{ fieldId: PIN_FIELD, message }] : []}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={PIN_FIELD}
          type={shown ? 'text' : 'password'}
          label={t('lock.screen.label')}
          hint={t('lock.screen.hint')}
          errorMessage={message}
          value={pin}
          onChange={setPin}
          autoComplete="current-password"
          spellCheck="false"
          size="medium"
        />
        <p className="lock-screen__show">
          <Button variant="secondary" onPress={() => setShown((on) => !on)}>
            {shown ? t('lock.screen.hide') : t('lock.screen.show')}
          </Button>
        </p>
        {tries >= FREE_TRIES ? (
          <p className="lock-screen__slower">{t('lock.screen.slower')}</p>
        ) : null}
        <Button type="submit" isPending={busy} pendingLabel={t('lock.screen.checking')}>
          {t('lock.screen.unlock')}
        </Button>
      </form>
      <h2>{t('lock.screen.forgotHeading')}</h2>
      <p>
        <Button variant="link" onPress={onForgot}>
          {t('lock.screen.forgotLink')}
        </Button>
      </p>
    </div>
  );
}

function ForgotPin({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  usePageTitle(t('lock.forgot.title'));

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    if (await deleteForgotten()) {
      window.location.assign('/');
      return;
    }
    setBusy(false);
    setFailed(true);
  };

  return (
    <div className="page lock-screen">
      <PageHeading focusOnMount>{t('lock.forgot.title')}</PageHeading>
      <p className="lead">{t('lock.forgot.noWayBack')}</p>
      <p>{t('lock.forgot.shared')}</p>
      <p>{t('lock.forgot.startAgain')}</p>
      <p>{t('lock.forgot.coach')}</p>
      <ButtonGroup>
        <Button variant="warning" onPress={() => setAsking(true)}>
          {t('lock.forgot.delete')}
        </Button>
        <Button variant="secondary" onPress={onBack}>
          {t('lock.forgot.back')}
        </Button>
      </ButtonGroup>
      <Dialog
        title={t('lock.forgot.confirmTitle')}
        role="alertdialog"
        isOpen={asking}
        onOpenChange={(open) => {
          if (!busy) setAsking(open);
        }}
        isDismissable={!busy}
      >
        {(close) => (
          <>
            <p>{t('lock.forgot.confirmBody')}</p>
            {failed ? (
              <p role="alert" className="lock-screen__problem">
                {t('lock.forgot.failed')}
              </p>
            ) : null}
            <ButtonGroup>
              <Button
                variant="warning"
                isPending={busy}
                pendingLabel={t('lock.forgot.deleting')}
                onPress={() => void confirm()}
              >
                {t('lock.forgot.confirmYes')}
              </Button>
              <Button variant="secondary" onPress={close} isDisabled={busy}>
                {t('lock.forgot.confirmNo')}
              </Button>
            </ButtonGroup>
          </>
        )}
      </Dialog>
    </div>
  );
}

export default function LockScreen() {
  const [view, setView] = useState<'enter' | 'forgot'>('enter');
  return view === 'enter' ? (
    <EnterPin onForgot={() => setView('forgot')} />
  ) : (
    <ForgotPin onBack={() => setView('enter')} />
  );
}
