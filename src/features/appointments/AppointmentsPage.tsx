/**
 * Appointments from the work coach and the person's own ("Add an appointment"): those coming up first (soonest first), then past ones
 * (most recent first), each headed by its date and time in words, with how, where, with whom,
 * what to get ready and the coach's notes, whether it was changed or cancelled, "Add to my
 * calendar" for one still to come, and a link to its own page. Read from this phone's database
 * (the sync engine fills it), so it works with no signal.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { useRecords } from '../../data/liveRecords';
import { splitAppointments } from '../../domain/appointments';
import type { Appointment, AppointmentPack } from '../../domain/records';
import { packFor } from '../../domain/pack';
import { readConnection } from '../../sync/connection';
import { CONNECT_PATH } from '../pairing/routes';
import { AppointmentDetails } from './AppointmentDetails';
import { AppointmentActions } from './AppointmentActions';
import { NEW_APPOINTMENT_PATH, appointmentPath } from './paths';
import './appointments.css';

export default function AppointmentsPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('appointments.title'));
  const appointments = useRecords('appointment');
  const packs = useRecords('appointmentPack');
  const [connected, setConnected] = useState<boolean>();
  useEffect(() => {
    void readConnection().then((connection) => setConnected(connection !== undefined));
  }, []);
  // "Now" is when the page opened: an appointment does not jump lists while someone reads.
  const [now] = useState(() => Date.now());
  const groups = appointments ? splitAppointments(appointments, now) : undefined;

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('appointments.title')}</PageHeading>
      <p className="lead">{t('appointments.intro')}</p>
      <p>
        <Link href={NEW_APPOINTMENT_PATH} variant="button">
          {t('appointments.add')}
        </Link>
        <span className="appointment__calendar-hint">{t('appointments.addHint')}</span>
      </p>
      {connected === false ? (
        <Callout>
          <p>{t('appointments.notConnected')}</p>
          <p>
            <Link href={CONNECT_PATH}>{t('appointments.connectLink')}</Link>
          </p>
        </Callout>
      ) : null}
      {groups === undefined ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : groups.upcoming.length + groups.past.length === 0 ? (
        <p>{t('appointments.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="appointments-upcoming">
            <h2 id="appointments-upcoming">{t('appointments.upcoming')}</h2>
            {groups.upcoming.length === 0 ? (
              <p>{t('appointments.noneUpcoming')}</p>
            ) : (
              <AppointmentList appointments={groups.upcoming} packs={packs ?? []} upcoming />
            )}
          </section>
          {groups.past.length > 0 ? (
            <section aria-labelledby="appointments-past">
              <h2 id="appointments-past">{t('appointments.past')}</h2>
              <AppointmentList appointments={groups.past} packs={packs ?? []} upcoming={false} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function AppointmentList({
  appointments,
  packs,
  upcoming,
}: {
  appointments: Appointment[];
  packs: readonly AppointmentPack[];
  upcoming: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="appointment-list">
      {appointments.map((appointment) => {
        const when = dateTimeInWords(appointment.at ?? '', t);
        return (
          <li
            key={appointment.id}
            className="appointment"
            data-status={appointment.status}
            data-appointment-id={appointment.id}
          >
            <h3 className="appointment__when">{when}</h3>
            <AppointmentDetails appointment={appointment} when={when} upcoming={upcoming} />
            <AppointmentActions
              appointment={appointment}
              pack={packFor(packs, appointment.id)}
              upcoming={upcoming}
              when={when}
            />
            <p>
              <Link href={appointmentPath(appointment.id)}>
                {t('appointments.item.details')}
                <span className="visually-hidden">: {when}</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
