/**
 * The .ics file for one appointment: a timed event (stored in UTC, so the phone's calendar shows
 * it in its own time zone) with where it is, and reminders the day before and an hour before.
 * Waymark does not know how long an appointment lasts, so the event blocks an hour. The UID is
 * stable, so adding a changed appointment again updates the event rather than adding another.
 */
import type { TFunction } from 'i18next';
import { buildIcs } from '../../domain/ics';
import type { Appointment } from '../../domain/records';
import { dateTimeInWords } from '../journal/dateTimeWords';

export const APPOINTMENT_LENGTH_MS = 60 * 60 * 1000;
export const REMINDERS = ['P1D', 'PT1H'] as const;

/** Where it is, in words: the place for one in person, else how it happens. */
export function appointmentLocation(appointment: Appointment, t: TFunction): string {
  const place = appointment.place?.trim();
  if (place) return place;
  return appointment.how ? t(`appointments.how.${appointment.how}`) : '';
}

export function appointmentSummary(appointment: Appointment, t: TFunction): string {
  const name = appointment.withWhom?.trim();
  return name
    ? t('appointments.calendar.summaryWith', { name })
    : t('appointments.calendar.summary');
}

export function appointmentIcs(appointment: Appointment, t: TFunction, stamp: Date): string {
  if (!appointment.at) throw new Error('An appointment without a time has no calendar event');
  const start = new Date(appointment.at);
  const lines = [
    appointment.how ? t(`appointments.how.${appointment.how}`) : '',
    appointment.prepare?.trim()
      ? `${t('appointments.item.prepare')}: ${appointment.prepare.trim()}`
      : '',
    appointment.notes?.trim() ? `${t('appointments.item.notes')}: ${appointment.notes.trim()}` : '',
  ].filter(Boolean);
  return buildIcs({
    stamp,
    prodId: '-//Waymark//Appointments//EN',
    events: [
      {
        uid: `${appointment.id}@waymark`,
        start,
        end: new Date(start.getTime() + APPOINTMENT_LENGTH_MS),
        summary: appointmentSummary(appointment, t),
        description: lines.join('\n') || undefined,
        location: appointmentLocation(appointment, t) || undefined,
        status: appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        remindBefore: REMINDERS,
        reminderText: t('appointments.calendar.reminder', {
          when: dateTimeInWords(appointment.at, t),
        }),
      },
    ],
  });
}
