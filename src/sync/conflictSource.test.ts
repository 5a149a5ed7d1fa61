// Who replaced a local edit, from the clock's node id: a coach is named, anything else is not.
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../domain/hlc';
import { conflictSource } from './conflictSource';

const hlc = (node: string) => formatHlc({ wall: 1_764_000_000_000, counter: 0, node });

describe('conflictSource', () => {
  it('names the work coach when the node id says so', () => {
    expect(conflictSource(hlc('coach.test'))).toBe('coach');
    expect(conflictSource(hlc('coach-1f2e'))).toBe('coach');
    expect(conflictSource(hlc('coach'))).toBe('coach');
  });

  it('uses neutral words for a phone, the server, a look-alike or a missing clock', () => {
    expect(conflictSource(hlc(crypto.randomUUID()))).toBe('elsewhere');
    expect(conflictSource(hlc('server'))).toBe('elsewhere');
    expect(conflictSource(hlc('coachella'))).toBe('elsewhere');
    expect(conflictSource(undefined)).toBe('elsewhere');
    expect(conflictSource('not a clock')).toBe('elsewhere');
  });
});
