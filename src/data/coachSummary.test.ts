// What the home page can say about the work coach, from this phone's database: connected or
// not, how many of the coach's messages are new (by the ids seen on the messages page), and
// the next appointment that is still on.
import { describe, expect, it } from 'vitest';
import { freshDb } from './testDb';
import { createRepository } from './repository';
import { readCoachSummary } from './coachSummary';
import { markMessagesSeen, readMessagesSeen } from './messagesSeen';
import { createSaveStatusStore } from './saveStatus';
import fc from 'fast-check';
import { nextAppointment } from '../domain/appointments';
import { unreadCount } from '../domain/messages';

const NOW = Date.parse('2026-12-01T09:00:00Z');

function setup() {
  const database = freshDb();
  return { database, repo: createRepository(database, { status: createSaveStatusStore() }) };
}

describe('readCoachSummary', () => {
  it('is empty and not connected on a new phone', async () => {
    const { database } = setup();
    expect(await readCoachSummary(database, NOW)).toEqual({
      connected: false,
      unread: 0,
      next: undefined,
    });
  });

  it('counts the coach’s messages not yet seen, never the person’s own or deleted ones', async () => {
    const { database, repo } = setup();
    await database.meta.put({
      key: 'connection',
      value: { deviceId: 'd', token: 't', pairedAt: 1 },
    });
    const a = await repo.createRecord('journalEntry', { author: 'coach', text: 'One' });
    const b = await repo.createRecord('journalEntry', { author: 'coach', text: 'Two' });
    await repo.createRecord('journalEntry', { author: 'claimant', text: 'Mine' });
    const gone = await repo.createRecord('journalEntry', { author: 'coach', text: 'Gone' });
    await repo.deleteRecord('journalEntry', gone);
    let summary = await readCoachSummary(database, NOW);
    expect(summary).toMatchObject({ connected: true, unread: 2 });

    await markMessagesSeen([a], database);
    expect((await readCoachSummary(database, NOW)).unread).toBe(1);
    await markMessagesSeen([b, a, b], database);
    expect(await readMessagesSeen(database)).toEqual([a, b].sort());
    summary = await readCoachSummary(database, NOW);
    expect(summary.unread).toBe(0);
  });

  it('names the next appointment that is still on', async () => {
    const { database, repo } = setup();
    await repo.createRecord('appointment', {
      source: 'coach',
      at: '2026-12-02T10:00:00Z',
      status: 'cancelled',
    });
    await repo.createRecord('appointment', { source: 'coach', at: '2026-11-20T10:00:00Z' });
    const next = await repo.createRecord('appointment', {
      source: 'coach',
      at: '2026-12-03T10:30:00Z',
      how: 'phone',
    });
    const summary = await readCoachSummary(database, NOW);
    expect(summary.next?.id).toBe(next);
    expect(summary.next?.how).toBe('phone');
  });
});

describe('readCoachSummary agrees with the domain rules', () => {
  it('gives the same next appointment and unread count as domain/ (random data)', async () => {
    const offsets = fc.array(
      fc.record({
        minutes: fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
        status: fc.constantFrom('booked', 'changed', 'cancelled' as const),
        deleted: fc.boolean(),
      }),
      { maxLength: 6 },
    );
    const messages = fc.array(
      fc.record({ coach: fc.boolean(), seen: fc.boolean(), deleted: fc.boolean() }),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(offsets, messages, async (appointments, entries) => {
        const { database, repo } = setup();
        const seen: string[] = [];
        for (const a of appointments) {
          const id = await repo.createRecord('appointment', {
            source: 'coach',
            at: new Date(NOW + a.minutes * 60_000).toISOString(),
            status: a.status,
          });
          if (a.deleted) await repo.deleteRecord('appointment', id);
        }
        for (const e of entries) {
          const id = await repo.createRecord('journalEntry', {
            author: e.coach ? 'coach' : 'claimant',
            text: 'x',
          });
          if (e.seen) seen.push(id);
          if (e.deleted) await repo.deleteRecord('journalEntry', id);
        }
        await markMessagesSeen(seen, database);
        const summary = await readCoachSummary(database, NOW);
        const liveAppointments = await repo.listRecords('appointment');
        const liveEntries = await repo.listRecords('journalEntry');
        // Compared by time: two at the same minute are equally "next".
        expect(summary.next?.at).toBe(nextAppointment(liveAppointments, NOW)?.at);
        expect(summary.unread).toBe(unreadCount(liveEntries, seen));
        await database.delete();
      }),
      { numRuns: 25 },
    );
  });
});
