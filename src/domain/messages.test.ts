// Which of the coach's messages are new to the person.
import { describe, expect, it } from 'vitest';
import { coachMessages, unreadCount } from './messages';

const entries = [
  { id: 'a', author: 'coach' as const },
  { id: 'b', author: 'claimant' as const },
  { id: 'c', author: 'coach' as const },
  { id: 'd' },
];

describe('messages', () => {
  it('picks out the coach’s messages', () => {
    expect(coachMessages(entries).map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('counts the coach’s messages not yet seen, never the person’s own', () => {
    expect(unreadCount(entries)).toBe(2);
    expect(unreadCount(entries, ['a'])).toBe(1);
    expect(unreadCount(entries, ['a', 'b', 'c'])).toBe(0);
    expect(unreadCount([{ id: 'b', author: 'claimant' }], [])).toBe(0);
  });
});
