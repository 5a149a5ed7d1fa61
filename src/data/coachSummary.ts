/**
 * What the home page says about the work coach, read in one transaction: whether this phone is
 * connected, how many of the coach's messages are new, and the next appointment that is on.
 *
 * The rules are the domain's (domain/messages.ts unreadCount, domain/appointments.ts
 * nextAppointment); deleted records count for neither.
 */
import type { Appointment, JournalEntry } from '../domain/records';
import { unreadCount } from '../domain/messages';
import { nextAppointment } from '../domain/appointments';
import type { WaymarkDB } from './db';

export interface CoachSummary {
  connected: boolean;
  unread: number;
  /** The next appointment that is on (it always has a time). */
  next?: Appointment & { at: string };
}

/** What coachSummary reads: the connection, the seen-message ids, messages and appointments. */
export interface CoachSummarySource {
  connected: boolean;
  seen: readonly string[];
  entries: readonly JournalEntry[];
  appointments: readonly Appointment[];
}

/** The summary from what was read (pure, so the Dexie-free home page read can use it too). */
export function summariseCoach(source: CoachSummarySource, now = Date.now()): CoachSummary {
  const live = <T extends { deleted?: boolean }>(records: readonly T[]) =>
    records.filter((r) => !r.deleted);
  return {
    connected: source.connected,
    unread: unreadCount(live(source.entries), source.seen),
    next: nextAppointment(live(source.appointments), now) as CoachSummary['next'],
  };
}

export function readCoachSummary(database: WaymarkDB, now = Date.now()): Promise<CoachSummary> {
  const { meta, journalEntries, appointments } = database;
  return database.transaction('r', [meta, journalEntries, appointments], async () => {
    const [connection, seen, entries, booked] = await Promise.all([
      meta.get('connection'),
      meta.get('messagesSeen'),
      journalEntries.toArray(),
      appointments.toArray(),
    ]);
    return summariseCoach(
      {
        connected: connection !== undefined,
        seen: (seen?.value ?? []) as string[],
        entries,
        appointments: booked,
      },
      now,
    );
  });
}
