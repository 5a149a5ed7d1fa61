/**
 * The day-before reminder (issue 6): which appointment to remind the person about, and whether
 * a phone notification for it is still due.
 *
 * The home page reminds from the start of the day before an appointment until it begins (and
 * for the hour after, as domain/appointments.ts counts it as coming up), by the phone's own
 * calendar: "tomorrow at 10:30", then "today at 10:30". A cancelled appointment is never
 * reminded about. A notification is shown once per appointment and time: if the time changes,
 * the new time is worth one more.
 *
 * It loads with the home page's deferred read, so it imports only the domain's small rules.
 */
import type { Appointment } from './records';
import { nextAppointment } from './appointments';
import { localIsoDate } from './dates';

export interface AppointmentReminder {
  appointmentId: string;
  at: string;
  how: Appointment['how'] | undefined;
  source: Appointment['source'] | undefined;
  day: 'today' | 'tomorrow';
}

export function appointmentReminder(
  appointments: readonly Appointment[],
  now: Date,
): AppointmentReminder | undefined {
  const next = nextAppointment(
    appointments.filter((a) => !a.deleted),
    now.getTime(),
  );
  if (!next?.at) return undefined;
  const on = localIsoDate(new Date(next.at));
  const today = localIsoDate(now);
  const tomorrow = localIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  const day = on <= today ? 'today' : on === tomorrow ? 'tomorrow' : undefined;
  if (!day) return undefined;
  return { appointmentId: next.id, at: next.at, how: next.how, source: next.source, day };
}

/** The key a shown notification is remembered by: the appointment and its time. */
export function reminderKey(reminder: Pick<AppointmentReminder, 'appointmentId' | 'at'>): string {
  return `${reminder.appointmentId}@${reminder.at}`;
}
