// Persistent storage helpers: feature-detected and never throwing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getStorageEstimate, isPersisted, requestPersistentStorage } from './storage';

function stubStorage(storage: unknown) {
  vi.stubGlobal('navigator', { ...navigator, storage });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage', () => {
  it('reports unsupported when the API is missing', async () => {
    stubStorage(undefined);
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await isPersisted()).toBe(false);
    expect(await getStorageEstimate()).toBeUndefined();
  });

  it('passes on what the browser answers', async () => {
    stubStorage({
      persist: vi.fn().mockResolvedValue(true),
      persisted: vi.fn().mockResolvedValue(true),
      estimate: vi.fn().mockResolvedValue({ usage: 2048, quota: 1_000_000 }),
    });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(await isPersisted()).toBe(true);
    expect(await getStorageEstimate()).toEqual({ usage: 2048, quota: 1_000_000 });
  });

  it('reports a refusal as denied', async () => {
    stubStorage({
      persist: vi.fn().mockResolvedValue(false),
      persisted: vi.fn().mockResolvedValue(false),
    });
    expect(await requestPersistentStorage()).toBe('denied');
    expect(await isPersisted()).toBe(false);
  });

  it('never throws when the browser does', async () => {
    const fail = vi.fn().mockRejectedValue(new Error('SecurityError'));
    stubStorage({ persist: fail, persisted: fail, estimate: fail });
    expect(await requestPersistentStorage()).toBe('denied');
    expect(await isPersisted()).toBe(false);
    expect(await getStorageEstimate()).toBeUndefined();
  });

  it('ignores an estimate without numbers', async () => {
    stubStorage({ estimate: vi.fn().mockResolvedValue({}) });
    expect(await getStorageEstimate()).toBeUndefined();
  });
});
