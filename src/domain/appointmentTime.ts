/** The appointment form's date and time boxes to and from a stored instant (local time). */
import { checkDate, type DateParts } from './dates';

export type TimeCheck =
  { kind: 'empty' } | { kind: 'valid'; hours: number; minutes: number } | { kind: 'notReal' };

/** "14:30", "9.05", "0930" → hours and minutes; a 24-hour clock. */
export function checkTime(value: string): TimeCheck {
  const trimmed = value.trim();
  if (!trimmed) return { kind: 'empty' };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))$/.exec(trimmed) ?? /^(\d{1,2})$/.exec(trimmed);
  if (!match) return { kind: 'notReal' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return { kind: 'notReal' };
  return { kind: 'valid', hours, minutes };
}

/** The instant for a local date and time, as ISO 8601 (UTC). */
export function appointmentInstant(date: DateParts, time: string): string | undefined {
  const day = checkDate(date);
  const clock = checkTime(time);
  if (day.kind !== 'valid' || clock.kind !== 'valid') return undefined;
  const [y, m, d] = day.iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, clock.hours, clock.minutes).toISOString();
}

/** The boxes for a stored instant, in this computer's time zone. */
export function partsFromInstant(iso: string | undefined): { date: DateParts; time: string } {
  if (!iso) return { date: { day: '', month: '', year: '' }, time: '' };
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: {
      day: String(at.getDate()),
      month: String(at.getMonth() + 1),
      year: String(at.getFullYear()),
    },
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

export type AppointmentTimeError =
  'dateMissing' | 'dateIncomplete' | 'dateNotReal' | 'timeMissing' | 'timeNotReal';

/** What is wrong with an appointment form's date and time boxes, if anything (both forms). */
export function appointmentTimeErrors(
  date: DateParts,
  time: string,
): { field: 'date' | 'time'; error: AppointmentTimeError }[] {
  const found: { field: 'date' | 'time'; error: AppointmentTimeError }[] = [];
  const day = checkDate(date);
  if (day.kind === 'empty') found.push({ field: 'date', error: 'dateMissing' });
  else if (day.kind === 'incomplete') found.push({ field: 'date', error: 'dateIncomplete' });
  else if (day.kind === 'notReal') found.push({ field: 'date', error: 'dateNotReal' });
  const clock = checkTime(time);
  if (clock.kind === 'empty') found.push({ field: 'time', error: 'timeMissing' });
  else if (clock.kind === 'notReal') found.push({ field: 'time', error: 'timeNotReal' });
  return found;
}

/**
 * The fields of an appointment form that differ from the stored appointment (the time compared
 * as an instant, empty text as no text), so only real changes are sent; a new time, or saving
 * a cancelled one, marks it "changed" so the other side sees that plainly.
 */
export function changedAppointmentFields(
  stored: Readonly<Record<string, unknown>> & { status?: string },
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const old = stored[key];
    const same =
      key === 'at'
        ? Date.parse(String(old)) === Date.parse(String(value))
        : (old ?? '') === (value ?? '');
    if (!same) changed[key] = value;
  }
  if ('at' in changed || stored.status === 'cancelled') changed.status = 'changed';
  return changed;
}
