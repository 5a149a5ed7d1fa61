import { describe, expect, it } from 'vitest';
import { packFor, packReadyBefore } from './pack';

describe('packReadyBefore', () => {
  const at = '2026-12-03T10:30:00.000Z';
  it('counts a pack marked ready before the appointment began', () => {
    expect(packReadyBefore({ status: 'done', completedAt: '2026-12-02T19:00:00.000Z' }, at)).toBe(
      true,
    );
  });
  it('does not count a draft, a pack finished afterwards, or a removed one', () => {
    expect(packReadyBefore({ status: 'draft', completedAt: null }, at)).toBe(false);
    expect(packReadyBefore({ status: 'done', completedAt: '2026-12-03T10:30:00.000Z' }, at)).toBe(
      false,
    );
    expect(
      packReadyBefore(
        { status: 'done', completedAt: '2026-12-01T10:00:00.000Z', deleted: true },
        at,
      ),
    ).toBe(false);
    expect(packReadyBefore({ status: 'done', completedAt: 'not a date' }, at)).toBe(false);
    expect(
      packReadyBefore({ status: 'done', completedAt: '2026-12-01T10:00:00.000Z' }, undefined),
    ).toBe(false);
  });
});

describe('packFor', () => {
  it('finds the newest live pack for an appointment', () => {
    const packs = [
      { appointmentId: 'a', updated: '2', id: 'old' },
      { appointmentId: 'a', updated: '3', id: 'new' },
      { appointmentId: 'a', updated: '4', id: 'gone', deleted: true },
      { appointmentId: 'b', updated: '9', id: 'other' },
    ];
    expect(packFor(packs, 'a')?.id).toBe('new');
    expect(packFor(packs, 'c')).toBeUndefined();
  });
});
