// Save-status store and hook.
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { createSaveStatusStore, useSaveStatus } from './saveStatus';

describe('createSaveStatusStore', () => {
  it('goes idle -> saving -> saved with the time', () => {
    const store = createSaveStatusStore(() => 1234);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get()).toEqual({ state: 'idle' });
    const end = store.begin();
    expect(store.get().state).toBe('saving');
    end({ ok: true });
    expect(store.get()).toEqual({ state: 'saved', savedAt: 1234 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stays saving until overlapping writes finish, and keeps an error visible', () => {
    let now = 1;
    const store = createSaveStatusStore(() => now);
    const a = store.begin();
    const b = store.begin();
    a({ ok: true });
    expect(store.get().state).toBe('saving');
    b({ ok: false, error: 'storageFull' });
    expect(store.get()).toEqual({ state: 'error', error: 'storageFull', savedAt: undefined });
    now = 2;
    const c = store.begin();
    c({ ok: true });
    c({ ok: false, error: 'unknown' }); // a second end is ignored
    expect(store.get()).toEqual({ state: 'saved', savedAt: 2 });
  });

  it('keeps the error while a failed write overlaps a successful one', () => {
    const store = createSaveStatusStore(() => 5);
    const a = store.begin();
    const b = store.begin();
    a({ ok: false, error: 'unknown' });
    b({ ok: true });
    expect(store.get()).toMatchObject({ state: 'error', error: 'unknown' });
  });

  it('stops notifying after unsubscribe', () => {
    const store = createSaveStatusStore();
    const listener = vi.fn();
    store.subscribe(listener)();
    store.begin()({ ok: true });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('useSaveStatus', () => {
  it('re-renders with the store', () => {
    const store = createSaveStatusStore(() => 99);
    const { result } = renderHook(() => useSaveStatus(store));
    expect(result.current.state).toBe('idle');
    act(() => store.begin()({ ok: true }));
    expect(result.current).toEqual({ state: 'saved', savedAt: 99 });
  });
});
