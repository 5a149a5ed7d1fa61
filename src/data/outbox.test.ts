// Outbox read helpers and acknowledgement.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { acknowledge, pendingCount, pendingMutations, usePendingCount } from './outbox';
import { createRepository } from './repository';
import { createSaveStatusStore } from './saveStatus';
import { freshDb } from './testDb';

function setup() {
  const database = freshDb();
  const repo = createRepository(database, { status: createSaveStatusStore() });
  return { database, repo };
}

describe('outbox', () => {
  it('lists pending mutations oldest first, up to a limit', async () => {
    const { database, repo } = setup();
    for (const text of ['a', 'b', 'c']) await repo.createRecord('journalEntry', { text });
    const firstTwo = await pendingMutations(2, database);
    expect(firstTwo.map((m) => m.fields)).toEqual([{ text: 'a' }, { text: 'b' }]);
    expect(await pendingCount(database)).toBe(3);
  });

  it('acknowledges by mutation id and ignores unknown ids', async () => {
    const { database, repo } = setup();
    for (const text of ['a', 'b', 'c']) await repo.createRecord('journalEntry', { text });
    const [a, , c] = await pendingMutations(10, database);
    const removed = await acknowledge(
      [a?.mutationId as string, c?.mutationId as string, crypto.randomUUID()],
      database,
    );
    expect(removed).toBe(2);
    expect((await pendingMutations(10, database)).map((m) => m.fields)).toEqual([{ text: 'b' }]);
    expect(await acknowledge([], database)).toBe(0);
  });

  it('usePendingCount follows changes', async () => {
    const { database, repo } = setup();
    const { result } = renderHook(() => usePendingCount(database));
    await waitFor(() => expect(result.current).toBe(0));
    await act(async () => {
      await repo.createRecord('journalEntry', { text: 'a' });
    });
    await waitFor(() => expect(result.current).toBe(1));
  });
});
