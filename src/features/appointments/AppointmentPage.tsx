/**
 * One appointment on its own page (/appointments/<id>): its date and time in words as the
 * heading, then everything about it (AppointmentDetails), then "Before your appointment" for
 * one of the coach's, or "Change this appointment" for one of the person's own.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { useRecord } from '../../data/liveRecords';
import { isUpcoming } from '../../domain/appointments';
import { AppointmentDetails } from './AppointmentDetails';
import { AppointmentActions } from './AppointmentActions';
import { usePack } from './usePack';
import { APPOINTMENTS_PATH } from './paths';
import './appointments.css';

export default function AppointmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const appointment = useRecord('appointment', id);
  const { pack } = usePack(id);
  const [now] = useState(() => Date.now());
  const when = appointment?.at ? dateTimeInWords(appointment.at, t) : undefined;
  usePageTitle(when ?? t('appointments.title'));
  return (
    <div className="page">
      <p>
        <Link href={APPOINTMENTS_PATH} variant="back">
          {t('appointments.title')}
        </Link>
      </p>
      {appointment === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : appointment === null || !when ? (
        <>
          <PageHeading focusOnMount={navigations > 0}>{t('appointments.title')}</PageHeading>
          <p>{t('appointments.detail.notFound')}</p>
        </>
      ) : (
        <>
          <PageHeading focusOnMount={navigations > 0} caption={t('appointments.title')}>
            {when}
          </PageHeading>
          <AppointmentDetails
            appointment={appointment}
            when={when}
            upcoming={isUpcoming(appointment, now)}
          />
          <AppointmentActions
            appointment={appointment}
            pack={pack}
            upcoming={isUpcoming(appointment, now)}
            when={when}
          />
        </>
      )}
    </div>
  );
}
