// What may leave the phone: the coach's appointments always (they are on the shared timeline);
// an appointment the person added, and a "Before your appointment" pack, only once shared.
import { describe, expect, it } from 'vitest';
import { isShareable } from './sharing';

const base = { id: 'x', created: '', updated: '', deleted: false, fieldClocks: {} };

describe('isShareable for appointments and packs', () => {
  it('always shares the coach’s appointments', () => {
    expect(isShareable('appointment', { ...base, source: 'coach', status: 'booked' })).toBe(true);
  });

  it('keeps the person’s own appointments on the phone until they share one', () => {
    const own = { ...base, source: 'claimant', status: 'booked' } as const;
    expect(isShareable('appointment', own)).toBe(false);
    expect(isShareable('appointment', { ...own, sharing: 'private' })).toBe(false);
    expect(isShareable('appointment', { ...own, sharing: 'shared' })).toBe(true);
  });

  it('keeps a pack private until shared', () => {
    const pack = { ...base, sharing: 'private', status: 'draft' } as const;
    expect(isShareable('appointmentPack', pack)).toBe(false);
    expect(isShareable('appointmentPack', { ...pack, sharing: 'shared' })).toBe(true);
  });
});
