/**
 * "Connect to your work coach": type or paste the code (or open the coach's link, which fills
 * it in), with plain words on what is shared; once connected, when, and "Disconnect this phone"
 * (local data stays). Never required: Waymark works fully without a coach.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Callout, ErrorSummary, PageHeading, TextField } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import {
  connect,
  disconnect,
  looksLikeCode,
  readConnection,
  type Connection,
} from '../../sync/connection';
import { startSync, stopSync } from '../../sync/runtime';

type ErrorKey = 'format' | 'invalid' | 'expired' | 'offline' | 'busy' | 'server';

export default function ConnectPage() {
  const { t, i18n } = useTranslation();
  const { navigations } = useNavigation();
  const [connection, setConnection] = useState<Connection | null>();
  const [code, setCode] = useState(
    () => new URLSearchParams(window.location.search).get('code') ?? '',
  );
  const [error, setError] = useState<ErrorKey>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  usePageTitle(t('pairing.title'));

  useEffect(() => {
    void readConnection().then((value) => setConnection(value ?? null));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!looksLikeCode(code)) {
      setError('format');
      return;
    }
    setBusy(true);
    const result = await connect(code);
    setBusy(false);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(undefined);
    setMessage(t('pairing.justConnected'));
    setConnection((await readConnection()) ?? null);
    await startSync();
  };

  const leave = async () => {
    setBusy(true);
    stopSync();
    const { revokedOnServer } = await disconnect();
    await startSync();
    setBusy(false);
    setConnection(null);
    setMessage(revokedOnServer ? t('pairing.disconnected') : t('pairing.disconnectedOffline'));
  };

  if (connection === undefined) return <div className="page" aria-busy="true" />;
  const date = connection
    ? new Intl.DateTimeFormat(i18n.language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(connection.pairedAt)
    : '';

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>
        {connection ? t('pairing.connectedTitle') : t('pairing.title')}
      </PageHeading>
      <div role="status">{message && <Callout>{message}</Callout>}</div>
      {connection ? (
        <>
          <p>{t('pairing.connectedSince', { date })}</p>
          <p>{t('pairing.whatIsShared')}</p>
          <h2>{t('pairing.disconnectHeading')}</h2>
          <p>{t('pairing.disconnectExplain')}</p>
          <Button variant="warning" onPress={() => void leave()} isPending={busy}>
            {t('pairing.disconnect')}
          </Button>
        </>
      ) : (
        <>
          <p className="lead">{t('pairing.choice')}</p>
          <p>{t('pairing.whatIsShared')}</p>
          <ErrorSummary
            title={t('pairing.errorTitle')}
            errors={
              error ? [{ fieldId: 'connection-code', message: t(`pairing.errors.${error}`) }] : []
            }
          />
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id="connection-code"
              label={t('pairing.codeLabel')}
              hint={t('pairing.codeHint')}
              errorMessage={error ? t(`pairing.errors.${error}`) : undefined}
              value={code}
              onChange={setCode}
              autoComplete="one-time-code"
              spellCheck="false"
              size="medium"
            />
            <Button type="submit" isPending={busy} pendingLabel={t('pairing.connecting')}>
              {t('pairing.connect')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
