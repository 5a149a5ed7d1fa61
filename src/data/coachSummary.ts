/**
 * What the home page says about the work coach, read in one transaction: whether this phone is
 * connected, how many of the coach's messages are new, and the next appointment that is on.
 *
 * It loads with the home page's first screen, which has almost no bytes to spare, so it
 * imports nothing the pages share (each shared module becomes one more file to load): the two
 * rules are written out here, the same as domain/messages.ts unreadCount and
 * domain/appointments.ts nextAppointment, and coachSummary.test.ts checks they agree.
 */
import type { Appointment, JournalEntry } from '../domain/records';
import type { WaymarkDB } from './db';

export interface CoachSummary {
  connected: boolean;
  unread: number;
  /** The next appointment that is on (it always has a time). */
  next?: Appointment & { at: string };
}

/** As domain/appointments.ts STILL_UPCOMING_MS: an hour after it starts. */
const STILL_UPCOMING_MS = 3_600_000;

/** What coachSummary reads: the connection, the seen-message ids, messages and appointments. */
export interface CoachSummarySource {
  connected: boolean;
  seen: readonly string[];
  entries: readonly JournalEntry[];
  appointments: readonly Appointment[];
}

/** The summary from what was read (pure, so the Dexie-free home page read can use it too). */
export function summariseCoach(source: CoachSummarySource, now = Date.now()): CoachSummary {
  const start = (a: Appointment) => Date.parse(a.at ?? '');
  let next: CoachSummary['next'];
  for (const a of source.appointments) {
    if (a.deleted || a.status === 'cancelled' || !(start(a) + STILL_UPCOMING_MS > now)) continue;
    if (!next || start(a) < start(next)) next = a as CoachSummary['next'];
  }
  return {
    connected: source.connected,
    unread: source.entries.filter(
      (e) => !e.deleted && e.author === 'coach' && !source.seen.includes(e.id),
    ).length,
    next,
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
