// Which appointments are coming up, which are past, and which one is next.
import { describe, expect, it } from 'vitest';
import { isUpcoming, nextAppointment, splitAppointments, STILL_UPCOMING_MS } from './appointments';
import type { Appointment } from './records';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const at = (iso: string, status: Appointment['status'] = 'booked') => ({ at: iso, status });

describe('appointments in time order', () => {
  it('counts an appointment as coming up until an hour after it starts', () => {
    expect(isUpcoming(at('2026-12-01T08:30:00Z'), NOW)).toBe(true);
    expect(isUpcoming({ at: new Date(NOW - STILL_UPCOMING_MS).toISOString() }, NOW)).toBe(false);
    expect(isUpcoming(at('2026-11-30T09:00:00Z'), NOW)).toBe(false);
  });

  it('lists coming up soonest first and past most recent first, skipping ones with no time', () => {
    const list: Pick<Appointment, 'at' | 'status'>[] = [
      at('2026-12-10T10:00:00Z'),
      at('2026-11-01T10:00:00Z'),
      at('2026-12-03T10:30:00+00:00'),
      at('2026-11-20T10:00:00Z'),
      { status: 'booked' },
    ];
    const { upcoming, past } = splitAppointments(list, NOW);
    expect(upcoming.map((a) => a.at)).toEqual([
      '2026-12-03T10:30:00+00:00',
      '2026-12-10T10:00:00Z',
    ]);
    expect(past.map((a) => a.at)).toEqual(['2026-11-20T10:00:00Z', '2026-11-01T10:00:00Z']);
  });

  it('compares times, not text, when offsets differ', () => {
    const list = [at('2026-12-03T10:30:00+01:00'), at('2026-12-03T10:00:00Z')];
    expect(splitAppointments(list, NOW).upcoming.map((a) => a.at)).toEqual([
      '2026-12-03T10:30:00+01:00',
      '2026-12-03T10:00:00Z',
    ]);
  });

  it('never makes a cancelled or past appointment the next one', () => {
    const list = [
      at('2026-12-02T10:00:00Z', 'cancelled'),
      at('2026-11-30T10:00:00Z'),
      at('2026-12-05T10:00:00Z', 'changed'),
      at('2026-12-04T10:00:00Z'),
    ];
    expect(nextAppointment(list, NOW)?.at).toBe('2026-12-04T10:00:00Z');
    expect(nextAppointment([at('2026-12-02T10:00:00Z', 'cancelled')], NOW)).toBeUndefined();
  });
});
