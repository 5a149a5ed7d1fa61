import { describe, expect, it } from 'vitest';
import type { Appointment } from './records';
import { appointmentReminder, reminderKey } from './reminder';

const at = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

function appointment(fields: Partial<Appointment>): Appointment {
  return {
    id: crypto.randomUUID(),
    created: at(2026, 11, 1, 9),
    updated: '0000000000000-0000-dev',
    deleted: false,
    fieldClocks: {},
    status: 'booked',
    source: 'coach',
    ...fields,
  } as Appointment;
}

describe('appointmentReminder', () => {
  const now = new Date(2026, 11, 2, 18, 0); // Wednesday 2 December 2026, 6pm

  it('reminds the day before, by the calendar, then on the day', () => {
    const tomorrow = appointment({ at: at(2026, 12, 3, 10, 30), how: 'phone' });
    expect(appointmentReminder([tomorrow], now)).toMatchObject({
      appointmentId: tomorrow.id,
      day: 'tomorrow',
      how: 'phone',
    });
    // Just after midnight on the day itself it says "today".
    expect(appointmentReminder([tomorrow], new Date(2026, 11, 3, 0, 5))?.day).toBe('today');
    // Half an hour after it starts, it is still the reminder (coming up for an hour).
    expect(appointmentReminder([tomorrow], new Date(2026, 11, 3, 11, 0))?.day).toBe('today');
    expect(appointmentReminder([tomorrow], new Date(2026, 11, 3, 11, 31))).toBeUndefined();
  });

  it('does not remind two days ahead, or about cancelled or removed appointments', () => {
    expect(appointmentReminder([appointment({ at: at(2026, 12, 4, 9) })], now)).toBeUndefined();
    expect(
      appointmentReminder([appointment({ at: at(2026, 12, 3, 9), status: 'cancelled' })], now),
    ).toBeUndefined();
    expect(
      appointmentReminder([appointment({ at: at(2026, 12, 3, 9), deleted: true })], now),
    ).toBeUndefined();
  });

  it('picks the soonest, including the claimant’s own appointments', () => {
    const own = appointment({ at: at(2026, 12, 3, 9), source: 'claimant' });
    const coach = appointment({ at: at(2026, 12, 3, 14) });
    expect(appointmentReminder([coach, own], now)).toMatchObject({
      appointmentId: own.id,
      source: 'claimant',
    });
  });

  it('keys a notification by appointment and time, so a new time is reminded again', () => {
    const a = { appointmentId: 'x', at: at(2026, 12, 3, 9) };
    expect(reminderKey(a)).not.toBe(reminderKey({ ...a, at: at(2026, 12, 3, 10) }));
  });
});
