// Feedback on this phone: starting one (never two about the same appointment), "Don't ask about
// this one" and "Not now" as the home page's Dexie-free read sees them, and where sent
// feedback has got to.
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from './testDb';
import { createRepository } from './repository';
import { dontAskAbout, readFeedbackDelivery, startFeedback } from './feedback';
import { pauseFeedbackPrompt, readHomeData } from './homeData';
import { sentKey } from './recordSync';
import type { WaymarkDB } from './db';

const NOW = new Date('2026-11-24T12:00:00.000Z');

afterEach(() => sessionStorage.clear());

async function pastAppointment(db: WaymarkDB, hoursAgo: number): Promise<string> {
  const id = crypto.randomUUID();
  await createRepository(db).saveFields('appointment', id, {
    at: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
    how: 'phone',
    source: 'coach',
  });
  return id;
}

describe('starting feedback', () => {
  it('creates a draft about what was chosen, written with its outbox change', async () => {
    const db = freshDb();
    const id = await startFeedback('app', '', { database: db });
    expect(await db.feedback.get(id)).toMatchObject({
      about: 'app',
      aboutId: '',
      anonymous: false,
      status: 'draft',
    });
    expect(await db.outbox.where('recordId').equals(id).count()).toBe(1);
    // Another about the app is its own feedback.
    expect(await startFeedback('app', '', { database: db })).not.toBe(id);
  });

  it('goes back to the feedback already started about the same appointment', async () => {
    const db = freshDb();
    const appointmentId = await pastAppointment(db, 2);
    const first = await startFeedback('appointment', appointmentId, { database: db });
    expect(await startFeedback('appointment', appointmentId, { database: db })).toBe(first);
    expect(await db.feedback.count()).toBe(1);
  });
});

describe('the home page prompt after an appointment', () => {
  it('asks once the appointment is over, and stops once feedback is started', async () => {
    const db = freshDb();
    const appointmentId = await pastAppointment(db, 2);
    await pastAppointment(db, -24); // still to come: never asked about
    const before = await readHomeData({ name: db.name, now: NOW });
    expect(before.feedbackPrompt).toMatchObject({ appointmentId, how: 'phone' });

    await startFeedback('appointment', appointmentId, { database: db });
    expect((await readHomeData({ name: db.name, now: NOW })).feedbackPrompt).toBeUndefined();
  });

  it('“Don’t ask about this one” is kept on the phone, for that appointment only', async () => {
    const db = freshDb();
    const older = await pastAppointment(db, 48);
    const recent = await pastAppointment(db, 2);
    await dontAskAbout(recent, db);
    await dontAskAbout(recent, db);
    expect((await db.meta.get('feedbackNotAsked'))?.value).toEqual([recent]);
    expect((await readHomeData({ name: db.name, now: NOW })).feedbackPrompt?.appointmentId).toBe(
      older,
    );
    await dontAskAbout(older, db);
    expect((await readHomeData({ name: db.name, now: NOW })).feedbackPrompt).toBeUndefined();
  });

  it('“Not now” hides the prompt for the rest of this visit only', async () => {
    const db = freshDb();
    const appointmentId = await pastAppointment(db, 2);
    pauseFeedbackPrompt();
    expect((await readHomeData({ name: db.name, now: NOW })).feedbackPrompt).toBeUndefined();
    sessionStorage.clear(); // the next visit
    expect((await readHomeData({ name: db.name, now: NOW })).feedbackPrompt?.appointmentId).toBe(
      appointmentId,
    );
  });
});

describe('where feedback has got to', () => {
  it('tells waiting from acknowledged, and whether the phone is connected', async () => {
    const db = freshDb();
    const waiting = await startFeedback('course', '', { database: db });
    const sent = await startFeedback('referral', '', { database: db });
    await db.outbox.where('recordId').equals(sent).delete();
    await db.sent.put({ key: sentKey('feedback', sent), at: NOW.getTime() });

    const alone = await readFeedbackDelivery([waiting, sent], db);
    expect(alone.connected).toBe(false);
    expect([...alone.waiting]).toEqual([waiting]);
    expect(alone.sentAt.get(sent)).toBe(NOW.getTime());
    expect(alone.sentAt.has(waiting)).toBe(false);

    await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
    expect((await readFeedbackDelivery([waiting], db)).connected).toBe(true);
  });
});
