/**
 * Messages between the claimant and their work coach (journal entries): how long one may be,
 * and which of the coach's messages the person has not seen yet. "Seen" is the set of the
 * coach's message ids that were on screen the last time the messages page was open (kept on
 * this phone only), so a message counts as new however late it arrives by sync.
 */
import type { JournalEntry } from './records';

/** A message is short: the coach reads it at work. (The record allows more, for notes.) */
export const MESSAGE_MAX_LENGTH = 2_000;

type Entry = Pick<JournalEntry, 'id' | 'author'>;

/** The coach's messages among `entries`. */
export function coachMessages<T extends Entry>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.author === 'coach');
}

/** How many of the coach's messages are not in `seen`. */
export function unreadCount(entries: readonly Entry[], seen: readonly string[] = []): number {
  return coachMessages(entries).filter((e) => !seen.includes(e.id)).length;
}
