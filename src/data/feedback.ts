/**
 * Feedback on this phone: starting one (or going back to the one already started about the
 * same appointment), "Don't ask about this one" for the home page's prompt (meta
 * `feedbackNotAsked`: appointment ids, kept on this phone only, never synced), and where each
 * sent feedback has got to (still in the outbox, or acknowledged by the server, and when).
 * The home page imports this module only when one of the prompt's buttons is pressed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Feedback } from '../domain/records';
import { db as defaultDb, type WaymarkDB } from './db';
import { createRepository, repository as defaultRepository, type Repository } from './repository';
import { readRecords } from './readRecords';
import { sentKey } from './recordSync';

declare module './db' {
  interface MetaValues {
    /** Appointment ids the claimant does not want to be asked about (see data/feedback.ts). */
    feedbackNotAsked: string[];
  }
}

export type FeedbackAbout = Feedback['about'] & string;

/**
 * A new draft feedback about `about` (and, for an appointment, which one); for an appointment
 * that already has feedback, that one instead, so one appointment never gets two. Returns its id.
 */
export async function startFeedback(
  about: FeedbackAbout,
  aboutId = '',
  options: { database?: WaymarkDB; repository?: Repository } = {},
): Promise<string> {
  const database = options.database ?? defaultDb;
  const repository =
    options.repository ?? (options.database ? createRepository(database) : defaultRepository);
  if (about === 'appointment' && aboutId) {
    const existing = (await readRecords(database, 'feedback')).find((f) => f.aboutId === aboutId);
    if (existing) return existing.id;
  }
  return repository.createRecord('feedback', {
    about,
    aboutId,
    anonymous: false,
    status: 'draft',
  });
}

/** "Don't ask about this one": the home page never asks about this appointment again. */
export async function dontAskAbout(
  appointmentId: string,
  database: WaymarkDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const entry = await database.meta.get('feedbackNotAsked');
    const ids = (entry?.value as string[] | undefined) ?? [];
    if (!ids.includes(appointmentId)) {
      await database.meta.put({ key: 'feedbackNotAsked', value: [...ids, appointmentId] });
    }
  });
}

export interface FeedbackDelivery {
  /** True when this phone is connected to a work coach. */
  connected: boolean;
  /** Ids of feedback with changes still waiting on this phone. */
  waiting: Set<string>;
  /** When the server last acknowledged each feedback (ms since the epoch). */
  sentAt: Map<string, number>;
}

/** Where the given feedback records have got to. */
export async function readFeedbackDelivery(
  ids: readonly string[],
  database: WaymarkDB = defaultDb,
): Promise<FeedbackDelivery> {
  const [connection, outbox, marks] = await Promise.all([
    database.meta.get('connection'),
    database.outbox.where('recordKind').equals('feedback').toArray(),
    database.sent.bulkGet(ids.map((id) => sentKey('feedback', id))),
  ]);
  const sentAt = new Map<string, number>();
  marks.forEach((mark, i) => {
    const id = ids[i];
    if (mark && id) sentAt.set(id, mark.at);
  });
  return {
    connected: connection !== undefined,
    waiting: new Set(outbox.map((entry) => entry.recordId)),
    sentAt,
  };
}

/** Where the given feedback records have got to, live; undefined while loading. */
export function useFeedbackDelivery(
  ids: readonly string[],
  database: WaymarkDB = defaultDb,
): FeedbackDelivery | undefined {
  const key = ids.join(' ');
  return useLiveQuery(
    () => readFeedbackDelivery(key ? key.split(' ') : [], database),
    [key, database],
  );
}
