// The notices of refused changes: why in a word, one per record, newest last, at most 20.
import { describe, expect, it } from 'vitest';
import {
  MAX_REFUSED_NOTICES,
  refusalCode,
  refusedChangesFrom,
  withRefusedChanges,
  withoutRefusedChanges,
  type RefusedChange,
} from './refusals';

const notice = (n: number, at = n): RefusedChange => ({
  recordKind: 'action',
  recordId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  code: 'coachOnly',
  at,
});

describe('refused changes', () => {
  it('says why: hiding or removing an agreed requirement, or else a part only the coach changes', () => {
    const agreed = { requirement: 'agreedRequirement' };
    expect(refusalCode('action', { sharing: 'private' }, agreed)).toBe('requirementHidden');
    expect(refusalCode('action', { deleted: true }, agreed)).toBe('requirementDeleted');
    expect(refusalCode('action', { requirement: 'voluntary' }, agreed)).toBe('coachOnly');
    expect(refusalCode('action', { sharing: 'private' }, { requirement: 'voluntary' })).toBe(
      'coachOnly',
    );
    expect(refusalCode('appointment', { place: 'Library' }, { source: 'coach' })).toBe('coachOnly');
  });

  it('keeps one notice per record, the newest last, and at most 20', () => {
    const first = withRefusedChanges([], [notice(1), notice(2)]);
    const again = withRefusedChanges(first, [notice(1, 50)]);
    expect(again).toEqual([notice(2), notice(1, 50)]);
    const many = withRefusedChanges(
      again,
      Array.from({ length: 30 }, (_, i) => notice(100 + i)),
    );
    expect(many).toHaveLength(MAX_REFUSED_NOTICES);
    expect(many.at(-1)).toEqual(notice(129));
    expect(many[0]).toEqual(notice(110));
  });

  it('clears the notices read, but not a newer one about the same record', () => {
    const list = [notice(1), notice(2)];
    const newer = withRefusedChanges(list, [notice(1, 9)]);
    expect(withoutRefusedChanges(newer, list)).toEqual([notice(1, 9)]);
    expect(withoutRefusedChanges(list, list)).toEqual([]);
  });

  it('reads only well-formed notices from storage', () => {
    expect(refusedChangesFrom(undefined)).toEqual([]);
    expect(
      refusedChangesFrom([notice(1), { recordKind: 'action' }, { ...notice(2), code: 'x' }]),
    ).toEqual([notice(1)]);
  });
});
