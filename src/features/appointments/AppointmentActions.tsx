/**
 * What the person can do with one appointment, under its details: for one of the work coach's
 * still to come, "Before your appointment: get ready" with how far the pack has got (not
 * started, started, ready, and whether it is shared); for one of their own, "Change this
 * appointment". `when` names the appointment for screen readers, as lists hold several.
 */
import { useTranslation } from 'react-i18next';
import { Link, Tag } from '../../ui';
import type { Appointment, AppointmentPack } from '../../domain/records';
import { editAppointmentPath } from './paths';
import { packPath, packState } from './pack';

export function AppointmentActions({
  appointment,
  pack,
  upcoming,
  when,
}: {
  appointment: Appointment;
  pack: AppointmentPack | null | undefined;
  upcoming: boolean;
  when: string;
}) {
  const { t } = useTranslation();
  if (appointment.source === 'claimant') {
    return (
      <p>
        <Link href={editAppointmentPath(appointment.id)}>
          {t('appointments.own.change')}
          <span className="visually-hidden">: {when}</span>
        </Link>
      </p>
    );
  }
  // A pack is for getting ready: offered while the appointment is still to come, and kept
  // visible afterwards only if the person made one.
  const showPack = (upcoming && appointment.status !== 'cancelled') || pack;
  if (!showPack) return null;
  const state = packState(pack);
  return (
    <p className="appointment__pack">
      <Link href={packPath(appointment.id)}>
        {t('appointments.pack.linkTitle')}
        <span className="visually-hidden">: {when}</span>
      </Link>{' '}
      <Tag tone={state === 'ready' ? 'done' : state === 'started' ? 'inProgress' : 'notStarted'}>
        {t(`appointments.pack.state.${state}`)}
      </Tag>{' '}
      {pack?.sharing === 'shared' ? <Tag>{t('appointments.pack.stateShared')}</Tag> : null}
    </p>
  );
}
