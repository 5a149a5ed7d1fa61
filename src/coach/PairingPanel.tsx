/**
 * A fresh pairing code, three ways: the code to read out or type (grouped 4 + 4), the link that
 * fills it in, and a QR code of that link for the claimant's camera. Says how long it lasts and
 * that it works once. Shown straight after it is made; it cannot be shown again later (only its
 * hash is stored), so the coach can make a new one at any time.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout } from '../ui';
import { QrCode } from './QrCode';
import { useCoachDates } from './format';
import type { Pairing } from './types';

export function PairingPanel({
  pairing,
  label,
  focusOnMount = false,
}: {
  pairing: Pairing;
  label: string;
  /** Move focus to the panel's heading when it appears (it answers the coach's button). */
  focusOnMount?: boolean;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount, pairing.code]);
  const dates = useCoachDates();
  const link = new URL(pairing.link, window.location.origin).href;
  return (
    <section className="pairing-panel" aria-labelledby="pairing-panel-title">
      <h2 id="pairing-panel-title" tabIndex={-1} ref={headingRef}>
        {t('coach.pairing.title', { label })}
      </h2>
      <p>{t('coach.pairing.intro')}</p>
      <p className="pairing-panel__code">
        <span aria-hidden="true">{pairing.code}</span>
        <span className="visually-hidden">
          {t('coach.pairing.codeSpelled', {
            code: pairing.code.replace(/-/g, '').split('').join(' '),
          })}
        </span>
      </p>
      <p>{t('coach.pairing.expires', { date: dates.date(pairing.expiresAt) })}</p>
      <h3>{t('coach.pairing.linkHeading')}</h3>
      {/* Text, not a link: opening it on the coach's computer would connect that browser. */}
      <p className="pairing-panel__link">{link}</p>
      <h3>{t('coach.pairing.qrHeading')}</h3>
      <QrCode text={link} label={t('coach.pairing.qrLabel')} />
      <Callout>{t('coach.pairing.privacy')}</Callout>
    </section>
  );
}
