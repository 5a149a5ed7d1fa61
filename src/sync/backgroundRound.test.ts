// The service worker's Background Sync work: rounds until nothing more waits, a retryable
// failure handed back to the browser, and a failure that waiting cannot fix ended quietly.
import { describe, expect, it } from 'vitest';
import { backgroundRound } from './backgroundRound';
import { SyncError, createSyncEngine, type SyncEngine, type SyncOutcome } from './engine';
import { FakeSyncServer } from './fakeServer';
import { freshDb } from '../data/testDb';
import { createRepository } from '../data/repository';

const done: SyncOutcome = { sent: 0, acked: 0, received: 0, conflicts: 0, more: false };

function scripted(steps: (SyncOutcome | SyncError)[]): SyncEngine & { calls: number } {
  const engine = {
    calls: 0,
    async syncOnce() {
      const step = steps[engine.calls++];
      if (step instanceof SyncError) throw step;
      return step ?? done;
    },
  };
  return engine;
}

describe('backgroundRound', () => {
  it('sends everything waiting, over several rounds, to the real engine', async () => {
    const db = freshDb();
    const server = new FakeSyncServer();
    const repo = createRepository(db);
    for (let i = 0; i < 3; i += 1) await repo.createRecord('action', { text: `Step ${i}` });
    const engine = createSyncEngine({
      db,
      transport: server.transport(),
      credentials: async () => ({ deviceId: crypto.randomUUID(), token: 't' }),
    });
    expect(await backgroundRound(engine)).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect(server.records.size).toBe(3);
  });

  it('runs again while the server says more is waiting, up to a bound', async () => {
    const more = { ...done, more: true };
    expect(await backgroundRound(scripted([more, more, done]))).toBe(3);
    expect(await backgroundRound(scripted(Array(10).fill(more)), 4)).toBe(4);
  });

  it('throws a failure that may pass, so the browser tries again later', async () => {
    const engine = scripted([new SyncError('offline', 'No connection')]);
    await expect(backgroundRound(engine)).rejects.toMatchObject({ kind: 'offline' });
  });

  it('ends quietly when waiting cannot help', async () => {
    expect(await backgroundRound(scripted([new SyncError('unpaired', 'Not connected')]))).toBe(1);
    expect(await backgroundRound(scripted([new SyncError('unauthorized', 'Revoked')]))).toBe(1);
  });
});
