// The running sync loop in the page: it counts changes that need a choice for the status line,
// and hands waiting changes to the service worker's Background Sync when a round fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../data/db';
import { repository } from '../data/repository';
import { runSync } from './active';
import { SYNC_TAG } from './background';
import { getSyncStatus } from './status';

afterEach(async () => {
  vi.unstubAllGlobals();
  await db.meta.delete('connection');
  await Promise.all([db.outbox.clear(), db.conflicts.clear()]);
});

describe('runSync', () => {
  it('asks for Background Sync when a round fails, and counts changes to check', async () => {
    const register = vi.fn(async (_tag: string) => undefined);
    vi.stubGlobal('navigator', {
      ...navigator,
      onLine: true,
      serviceWorker: { getRegistration: async () => ({ active: {}, sync: { register } }) },
    });
    const fetchSpy = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchSpy);
    await db.meta.put({
      key: 'connection',
      value: { deviceId: crypto.randomUUID(), token: 'token', pairedAt: Date.now() },
    });
    const id = await repository.createRecord('action', { text: 'Ring the GP' });
    const stop = runSync();
    try {
      await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled());
      await vi.waitFor(() => expect(register).toHaveBeenCalledWith(SYNC_TAG));
      expect(await db.outbox.count()).toBe(1);

      await db.conflicts.put({
        id: `action:${id}:text`,
        recordKind: 'action',
        recordId: id,
        field: 'text',
        localValue: 'Ring the GP',
        remoteValue: 'Ring the surgery',
        foundAt: Date.now(),
      });
      await vi.waitFor(() => expect(getSyncStatus().conflicts).toBe(1));
    } finally {
      stop();
    }
  });
});
