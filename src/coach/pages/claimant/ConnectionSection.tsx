/**
 * The claimant's phones: each connected phone with when it was connected and last seen, and
 * "Disconnect" (asks first; the phone keeps its own data, it just stops sending); a new pairing
 * code when they need one (a new phone, a lost code). Making a new code replaces an unused one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Callout, ConfirmDialog, useNotify } from '../../../ui';
import { api } from '../../api';
import { useCoachDates } from '../../format';
import { useJournal } from '../../journal/JournalContext';
import { PairingPanel } from '../../PairingPanel';
import { problemMessage } from '../../problems';
import type { Device, Pairing } from '../../types';

export function ConnectionSection() {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const { notify } = useNotify();
  const journal = useJournal();
  const base = `/api/coach/claimants/${encodeURIComponent(journal.claimantId)}`;
  const [devices, setDevices] = useState<Device[]>();
  const [failure, setFailure] = useState<string>();
  const [pairing, setPairing] = useState<Pairing>();
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<Device>();

  // Bumped to read the device list again after a change.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    api<{ devices: Device[] }>('GET', `${base}/devices`).then(
      (answer) => {
        if (!current) return;
        setDevices(answer.devices);
        setFailure(undefined);
      },
      (error: unknown) => {
        if (current) setFailure(problemMessage(t, error));
      },
    );
    return () => {
      current = false;
    };
  }, [base, t, version]);

  const newCode = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const answer = await api<{ pairing: Pairing }>('POST', `${base}/pairing-codes`, {});
      setPairing(answer.pairing);
      void journal.reloadClaimant().catch(() => undefined);
    } catch (error) {
      notify(problemMessage(t, error), { tone: 'error', assertive: true });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (device: Device) => {
    try {
      await api('POST', `${base}/devices/${encodeURIComponent(device.id)}/revoke`, {});
      notify(t('coach.connection.revoked'), { tone: 'success' });
      setVersion((v) => v + 1);
      await journal.reloadClaimant();
    } catch (error) {
      notify(problemMessage(t, error), { tone: 'error', assertive: true });
    }
  };

  const active = devices?.filter((d) => !d.revokedAt) ?? [];
  const revoked = devices?.filter((d) => d.revokedAt) ?? [];
  const label = journal.claimant?.label ?? '';

  return (
    <section aria-labelledby="connection-heading">
      <h2 id="connection-heading">{t('coach.tabs.connection')}</h2>
      {failure ? <Callout variant="warning">{failure}</Callout> : null}
      {devices === undefined && !failure ? <p aria-busy="true">{t('coach.loading')}</p> : null}
      {devices !== undefined ? (
        active.length === 0 ? (
          <p>{t('coach.connection.none')}</p>
        ) : (
          <ul className="coach-cards">
            {active.map((device, index) => {
              const name =
                device.label?.trim() || t('coach.connection.phone', { number: index + 1 });
              return (
                <li key={device.id} className="coach-card">
                  <h3 className="coach-card__title">{name}</h3>
                  <p>
                    {t('coach.connection.since', { date: dates.date(device.createdAt) })}{' '}
                    {device.lastSeen
                      ? t('coach.connection.lastSeen', { date: dates.dateTime(device.lastSeen) })
                      : t('coach.connection.neverSeen')}
                  </p>
                  <Button variant="secondary" onPress={() => setConfirm(device)}>
                    {t('coach.connection.revoke')}
                    <span className="visually-hidden">: {name}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
      {revoked.length > 0 ? (
        <p className="hint-text">{t('coach.connection.revokedCount', { count: revoked.length })}</p>
      ) : null}
      <h3>{t('coach.connection.codeHeading')}</h3>
      {journal.claimant?.pairing && !pairing ? (
        <p>
          {t('coach.connection.codeWaiting', {
            date: dates.date(journal.claimant.pairing.expiresAt),
          })}
        </p>
      ) : null}
      <p>{t('coach.connection.codeIntro')}</p>
      <ButtonGroup>
        <Button onPress={() => void newCode()} isPending={busy}>
          {t('coach.connection.newCode')}
        </Button>
      </ButtonGroup>
      {pairing ? <PairingPanel pairing={pairing} label={label} focusOnMount /> : null}
      <ConfirmDialog
        title={t('coach.connection.confirmTitle')}
        body={t('coach.connection.confirmBody', { label })}
        confirmLabel={t('coach.connection.confirmYes')}
        cancelLabel={t('coach.connection.confirmNo')}
        isOpen={confirm !== undefined}
        onOpenChange={(open) => {
          if (!open) setConfirm(undefined);
        }}
        onConfirm={() => {
          if (confirm) void revoke(confirm);
        }}
      />
    </section>
  );
}
