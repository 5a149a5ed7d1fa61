/** The appointment form's date and time boxes to and from a stored instant (local time). */
import { checkDate, type DateParts } from '../domain/dates';

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
