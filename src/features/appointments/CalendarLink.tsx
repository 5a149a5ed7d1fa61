/**
 * "Add to my calendar" for an appointment: a real link to a Blob holding its .ics file, with
 * the download attribute, so it works by keyboard, offline and with no server (as the action
 * plan's). Stamped with the appointment's last change, so the file only changes when it does;
 * a replaced Blob URL is released a minute later, so a tap at that moment still downloads.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlobUrl } from '../../app/useBlobUrl';
import { hlcWallTime, isHlc } from '../../domain/hlc';
import type { Appointment } from '../../domain/records';
import { appointmentIcs } from './calendar';

export function CalendarLink({ appointment, when }: { appointment: Appointment; when: string }) {
  const { t } = useTranslation();
  const stamp = isHlc(appointment.updated)
    ? hlcWallTime(appointment.updated)
    : Date.parse(appointment.created);
  const ics = useMemo(
    () => appointmentIcs(appointment, t, new Date(stamp)),
    [appointment, t, stamp],
  );
  const url = useBlobUrl(ics, 'text/calendar;charset=utf-8');
  return (
    <p className="appointment__calendar">
      <a className="link" href={url} download={t('appointments.calendar.fileName')}>
        {t('appointments.item.addToCalendar')}
        <span className="visually-hidden">: {when}</span>
      </a>
      <span className="appointment__calendar-hint">{t('appointments.item.calendarHint')}</span>
    </p>
  );
}
