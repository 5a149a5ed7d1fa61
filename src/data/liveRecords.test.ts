// Live record hooks for feature pages.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useRecord, useRecords } from './liveRecords';
import { createRepository } from './repository';
import { createSaveStatusStore } from './saveStatus';
import { freshDb } from './testDb';

describe('live records', () => {
  it('useRecords lists live records and follows changes', async () => {
    const database = freshDb();
    const repo = createRepository(database, { status: createSaveStatusStore() });
    const id = await repo.createRecord('action', { text: 'one' });
    const { result } = renderHook(() => useRecords('action', database));
    await waitFor(() => expect(result.current?.map((r) => r.text)).toEqual(['one']));
    await act(async () => {
      await repo.deleteRecord('action', id);
    });
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('useRecord tells loading, found and not found apart', async () => {
    const database = freshDb();
    const repo = createRepository(database, { status: createSaveStatusStore() });
    const id = await repo.createRecord('values', { chosen: [{ id: 'family' }] });
    const found = renderHook(() => useRecord('values', id, database));
    expect(found.result.current).toBeUndefined();
    await waitFor(() => expect(found.result.current?.chosen).toEqual([{ id: 'family' }]));
    const missing = renderHook(() => useRecord('values', crypto.randomUUID(), database));
    await waitFor(() => expect(missing.result.current).toBeNull());
    const noId = renderHook(() => useRecord('values', undefined, database));
    await waitFor(() => expect(noId.result.current).toBeNull());
  });
});
