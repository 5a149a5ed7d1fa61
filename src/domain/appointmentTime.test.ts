import { describe, expect, it } from 'vitest';
import {
  appointmentInstant,
  appointmentTimeErrors,
  changedAppointmentFields,
  checkTime,
  partsFromInstant,
} from './appointmentTime';

describe('appointment times', () => {
  it('reads 24-hour times written in the usual ways', () => {
    expect(checkTime('14:30')).toEqual({ kind: 'valid', hours: 14, minutes: 30 });
    expect(checkTime(' 9.05 ')).toEqual({ kind: 'valid', hours: 9, minutes: 5 });
    expect(checkTime('0930')).toEqual({ kind: 'valid', hours: 9, minutes: 30 });
    expect(checkTime('9')).toEqual({ kind: 'valid', hours: 9, minutes: 0 });
    expect(checkTime('')).toEqual({ kind: 'empty' });
  });

  it('refuses times that do not exist or are not times', () => {
    for (const value of ['25:00', '12:60', '1:5', 'noon', '12:30pm', '-1:00', '123:00']) {
      expect(checkTime(value), value).toEqual({ kind: 'notReal' });
    }
  });

  it('turns a local date and time into an instant and back', () => {
    const at = appointmentInstant({ day: '3', month: '12', year: '2026' }, '10:30');
    expect(at).toBe(new Date(2026, 11, 3, 10, 30).toISOString());
    expect(partsFromInstant(at)).toEqual({
      date: { day: '3', month: '12', year: '2026' },
      time: '10:30',
    });
  });

  it('has no instant for a date or time that is not real', () => {
    expect(appointmentInstant({ day: '31', month: '2', year: '2027' }, '10:00')).toBeUndefined();
    expect(appointmentInstant({ day: '1', month: '2', year: '2027' }, '')).toBeUndefined();
    expect(partsFromInstant(undefined)).toEqual({
      date: { day: '', month: '', year: '' },
      time: '',
    });
  });
});

describe('appointmentTimeErrors', () => {
  const date = { day: '3', month: '12', year: '2026' };
  it('says nothing for a real date and time', () => {
    expect(appointmentTimeErrors(date, '10:30')).toEqual([]);
  });
  it('names what is missing or not real, date first', () => {
    expect(appointmentTimeErrors({ day: '', month: '', year: '' }, '')).toEqual([
      { field: 'date', error: 'dateMissing' },
      { field: 'time', error: 'timeMissing' },
    ]);
    expect(appointmentTimeErrors({ ...date, year: '' }, '25:00')).toEqual([
      { field: 'date', error: 'dateIncomplete' },
      { field: 'time', error: 'timeNotReal' },
    ]);
    expect(appointmentTimeErrors({ ...date, day: '31', month: '2' }, '9')).toEqual([
      { field: 'date', error: 'dateNotReal' },
    ]);
  });
});

describe('changedAppointmentFields', () => {
  const stored = {
    at: '2026-12-03T10:30:00.000Z',
    how: 'phone',
    place: undefined,
    notes: 'Bring the letter',
    status: 'booked',
  };
  it('keeps only what changed, the time compared as an instant', () => {
    expect(
      changedAppointmentFields(stored, {
        at: '2026-12-03T10:30:00Z',
        how: 'phone',
        place: '',
        notes: 'Bring both letters',
      }),
    ).toEqual({ notes: 'Bring both letters' });
  });
  it('marks a new time, or saving a cancelled one, as changed', () => {
    expect(changedAppointmentFields(stored, { at: '2026-12-03T11:00:00.000Z' })).toEqual({
      at: '2026-12-03T11:00:00.000Z',
      status: 'changed',
    });
    expect(changedAppointmentFields({ ...stored, status: 'cancelled' }, { how: 'phone' })).toEqual({
      status: 'changed',
    });
  });
});
