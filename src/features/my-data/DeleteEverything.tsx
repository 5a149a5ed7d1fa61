/**
 * "Delete everything on this phone", asked first in a dialog. When the phone is connected to a
 * work coach, the same dialog offers "Also ask the work coach service to delete what it holds
 * about me", with what that means in plain words. That needs the internet: offline, or when the
 * server step fails, the dialog says so, nothing is deleted, and the person can try again or
 * delete the phone's copy only. When both are done the dialog says so; "Go to the start" then
 * reloads the app with nothing in it. The phone-only path reloads at once, as before.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Checkbox, CheckboxGroup, Dialog } from '../../ui';
import { readConnection } from '../../sync/connection';
import { startSync, stopSync } from '../../sync/runtime';
import { deleteEverything, type DeleteProblem } from './deleteFlow';

const SERVER = 'server';

type Step = 'closed' | 'ask' | 'done';

/** Problems after which the person may choose to delete the phone's copy only. */
const PHONE_ONLY_OFFERED: ReadonlySet<DeleteProblem> = new Set(['offline', 'notConnected']);

function leave(): void {
  window.location.assign('/');
}

export function DeleteEverything() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('closed');
  const [connected, setConnected] = useState(false);
  const [alsoServer, setAlsoServer] = useState(false);
  const [problem, setProblem] = useState<DeleteProblem>();
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  // "Both were done" replaces the question: focus moves to it, so it is read out at once.
  useEffect(() => {
    if (step === 'done') doneRef.current?.focus();
  }, [step]);

  const open = async () => {
    setConnected(Boolean(await readConnection()));
    setAlsoServer(false);
    setProblem(undefined);
    setStep('ask');
  };

  const run = async (withServer: boolean) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    const outcome = await deleteEverything({
      alsoServer: withServer,
      pauseSync: stopSync,
      resumeSync: () => void startSync(),
    });
    if (!outcome.ok) {
      setBusy(false);
      setProblem(outcome.problem);
      return;
    }
    if (!outcome.server) return leave();
    setBusy(false);
    setStep('done');
  };

  const onOpenChange = (isOpen: boolean) => {
    if (isOpen) return;
    if (step === 'done') return leave();
    if (!busy) setStep('closed');
  };

  const problemText = problem
    ? t(problem === 'phone' ? 'myData.delete.failed' : `myData.delete.problems.${problem}`)
    : '';
  const retryable = problem !== undefined && problem !== 'notConnected';

  return (
    <>
      <h3>{t('myData.delete.heading')}</h3>
      <p>{t('myData.delete.body')}</p>
      <Button variant="warning" onPress={() => void open()}>
        {t('myData.delete.button')}
      </Button>
      <Dialog
        title={step === 'done' ? t('myData.delete.doneTitle') : t('myData.delete.confirmTitle')}
        role="alertdialog"
        isOpen={step !== 'closed'}
        onOpenChange={onOpenChange}
        isDismissable={!busy}
      >
        {(close) =>
          step === 'done' ? (
            <>
              <p ref={doneRef} tabIndex={-1}>
                {t('myData.delete.doneBody')}
              </p>
              <ButtonGroup>
                <Button onPress={leave}>{t('myData.delete.doneButton')}</Button>
              </ButtonGroup>
            </>
          ) : (
            <>
              <p>{t('myData.delete.confirmBody')}</p>
              {connected ? (
                <CheckboxGroup
                  label={t('myData.delete.server.label')}
                  value={alsoServer ? [SERVER] : []}
                  onChange={(value) => {
                    setAlsoServer(value.includes(SERVER));
                    setProblem(undefined);
                  }}
                  isDisabled={busy}
                >
                  <Checkbox value={SERVER} hint={t('myData.delete.server.hint')}>
                    {t('myData.delete.server.option')}
                  </Checkbox>
                </CheckboxGroup>
              ) : null}
              {connected && !alsoServer ? <p>{t('myData.delete.confirmCoach')}</p> : null}
              {problem ? (
                <p ref={problemRef} role="alert" tabIndex={-1} className="my-data__problem">
                  {problemText}
                </p>
              ) : null}
              <ButtonGroup>
                {problem === undefined || retryable ? (
                  <Button variant="warning" isPending={busy} onPress={() => void run(alsoServer)}>
                    {problem ? t('myData.delete.tryAgain') : t('myData.delete.confirmYes')}
                  </Button>
                ) : null}
                {problem && PHONE_ONLY_OFFERED.has(problem) ? (
                  <Button
                    variant={retryable ? 'secondary' : 'warning'}
                    isPending={busy}
                    onPress={() => void run(false)}
                  >
                    {t('myData.delete.phoneOnly')}
                  </Button>
                ) : null}
                <Button variant="secondary" onPress={close} isDisabled={busy}>
                  {t('myData.delete.confirmNo')}
                </Button>
              </ButtonGroup>
            </>
          )
        }
      </Dialog>
    </>
  );
}
