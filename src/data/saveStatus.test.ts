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
    const a = store.begin('action:a');
    const b = store.begin('action:b');
    a({ ok: true });
    expect(store.get().state).toBe('saving');
    b({ ok: false, error: 'storageFull' });
    expect(store.get()).toEqual({ state: 'error', error: 'storageFull', savedAt: undefined });
    now = 2;
    const c = store.begin('action:b');
    c({ ok: true });
    c({ ok: false, error: 'unknown' }); // a second end is ignored
    expect(store.get()).toEqual({ state: 'saved', savedAt: 2 });
  });

  it('keeps the error while a failed write overlaps a successful one', () => {
    const store = createSaveStatusStore(() => 5);
    const a = store.begin('action:a');
    const b = store.begin('action:b');
    a({ ok: false, error: 'unknown' });
    b({ ok: true });
    expect(store.get()).toMatchObject({ state: 'error', error: 'unknown' });
  });

  it('never says saved while another record is still not written', () => {
    const store = createSaveStatusStore(() => 7);
    store.begin('aboutMe:1')({ ok: false, error: 'storageFull' });
    // A later, smaller write of something else gets through: the first is still not saved.
    store.begin('action:2')({ ok: true });
    expect(store.get()).toMatchObject({ state: 'error', error: 'storageFull' });
    // Trying the first again does not flash "Saving…" over the problem...
    const listener = vi.fn();
    store.subscribe(listener);
    const retry = store.begin('aboutMe:1');
    expect(store.get()).toMatchObject({ state: 'error', error: 'storageFull' });
    retry({ ok: false, error: 'storageFull' });
    expect(listener).not.toHaveBeenCalled();
    // ...and once it is written, the status says so.
    store.begin('aboutMe:1')({ ok: true });
    expect(store.get()).toEqual({ state: 'saved', savedAt: 7 });
  });

  it('shows the latest problem while several records are not written', () => {
    const store = createSaveStatusStore(() => 9);
    store.fail('aboutMe:1', 'invalid');
    expect(store.get()).toMatchObject({ state: 'error', error: 'invalid' });
    store.begin('action:2')({ ok: false, error: 'storageFull' });
    expect(store.get()).toMatchObject({ state: 'error', error: 'storageFull' });
    store.begin('action:2')({ ok: true });
    expect(store.get()).toMatchObject({ state: 'error', error: 'invalid' });
    store.begin('aboutMe:1')({ ok: true });
    expect(store.get()).toEqual({ state: 'saved', savedAt: 9 });
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
