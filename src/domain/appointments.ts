/**
 * Appointments in time order: which are coming up and which are past, and which one is next.
 * An appointment counts as coming up until an hour after it starts, so someone checking the
 * details at the door, or a little late, still finds it first. A cancelled appointment is still
 * listed (so the person sees that it was cancelled) but is never "next".
 */
import type { Appointment } from './records';

/** How long after its start an appointment still counts as coming up. */
export const STILL_UPCOMING_MS = 60 * 60 * 1000;

type Timed = Pick<Appointment, 'at' | 'status'>;

/** When it starts, in ms since the epoch; NaN when the time is missing. */
const startOf = (a: Pick<Appointment, 'at'>) => (a.at ? Date.parse(a.at) : NaN);

export function isUpcoming(appointment: Pick<Appointment, 'at'>, now: number): boolean {
  return startOf(appointment) + STILL_UPCOMING_MS > now;
}

/** Coming up (soonest first) and past (most recent first); ones with no time are left out. */
export function splitAppointments<T extends Timed>(
  appointments: readonly T[],
  now: number,
): { upcoming: T[]; past: T[] } {
  const timed = appointments.filter((a) => !Number.isNaN(startOf(a)));
  const soonestFirst = [...timed].sort((a, b) => startOf(a) - startOf(b));
  return {
    upcoming: soonestFirst.filter((a) => isUpcoming(a, now)),
    past: soonestFirst.filter((a) => !isUpcoming(a, now)).reverse(),
  };
}

/** The next appointment that is still on (not cancelled), if any. */
export function nextAppointment<T extends Timed>(
  appointments: readonly T[],
  now: number,
): T | undefined {
  let next: T | undefined;
  for (const a of appointments) {
    if (a.status === 'cancelled' || !isUpcoming(a, now)) continue;
    if (!next || startOf(a) < startOf(next)) next = a;
  }
  return next;
}
