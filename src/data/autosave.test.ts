// Autosave: debounced by 300 ms, flushed on demand, writes for one record kept in order, and a
// failed write kept queued, tried again by itself while the form is open, and reported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';
import { StorageFullError, ValidationError } from './errors';
import { createSaveStatusStore } from './saveStatus';

function fakeRepository() {
  const writes: Record<string, unknown>[] = [];
  let fail = false;
  return {
    writes,
    failNext: () => (fail = true),
    saveFields: vi.fn(async (_kind: string, _id: string, fields: Record<string, unknown>) => {
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
      writes.push(fields);
      return {} as never;
    }),
  };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, 300 ms after the last change, with the latest values', async () => {
    const repo = fakeRepository();
    const saver = createAutosaver('aboutMe', 'id-1', { repository: repo });
    saver.update({ enjoy: 'Gar' });
    await vi.advanceTimersByTimeAsync(200);
    saver.update({ enjoy: 'Garden' });
    await vi.advanceTimersByTimeAsync(299);
    expect(repo.writes).toEqual([]);
    expect(saver.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await saver.flush();
    expect(repo.writes).toEqual([{ enjoy: 'Garden' }]);
    expect(saver.pending()).toBe(false);
  });

  it('flushes at once when asked, merging fields changed since the last write', async () => {
    const repo = fakeRepository();
    const saver = createAutosaver('aboutMe', 'id-1', { repository: repo });
    saver.update({ enjoy: 'Walking' });
    saver.update({ proudOf: 'My kids' });
    await saver.flush();
    expect(repo.writes).toEqual([{ enjoy: 'Walking', proudOf: 'My kids' }]);
    await saver.flush();
    expect(repo.saveFields).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed write queued and saves it with the next change', async () => {
    const repo = fakeRepository();
    const errors: unknown[] = [];
    const saver = createAutosaver('aboutMe', 'id-1', {
      repository: repo,
      onError: (e) => errors.push(e),
    });
    repo.failNext();
    saver.update({ enjoy: 'Reading' });
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saver.pending()).toBe(true);
    saver.update({ proudOf: 'Finishing a course' });
    await saver.flush();
    expect(repo.writes).toEqual([{ enjoy: 'Reading', proudOf: 'Finishing a course' }]);
  });

  it('never lets an older write land after a newer one', async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const repo = {
      saveFields: vi.fn(async (_k: string, _i: string, fields: Record<string, unknown>) => {
        if (fields.enjoy === 'first')
          await new Promise<void>((resolve) => (releaseFirst = resolve));
        order.push(String(fields.enjoy));
        return {} as never;
      }),
    };
    const saver = createAutosaver('aboutMe', 'id-1', { repository: repo });
    saver.update({ enjoy: 'first' });
    const first = saver.flush();
    saver.update({ enjoy: 'second' });
    const second = saver.flush();
    await Promise.resolve();
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('tries a write that failed for lack of space again by itself, waiting longer each time', async () => {
    let full = true;
    const writes: Record<string, unknown>[] = [];
    const saveFields = vi.fn(async (_k: string, _i: string, fields: Record<string, unknown>) => {
      if (full) throw new StorageFullError();
      writes.push(fields);
      return {} as never;
    });
    const saver = createAutosaver('aboutMe', 'id-1', {
      repository: { saveFields },
      onError: () => undefined,
      backup: false,
    });
    saver.update({ enjoy: 'A long answer' });
    await vi.advanceTimersByTimeAsync(300);
    expect(saveFields).toHaveBeenCalledTimes(1);
    expect(saver.problem()).toBe('storageFull');
    expect(saver.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saveFields).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(saveFields).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(saveFields).toHaveBeenCalledTimes(3);
    full = false; // space was freed
    await vi.advanceTimersByTimeAsync(4_000);
    expect(writes).toEqual([{ enjoy: 'A long answer' }]);
    expect(saver.problem()).toBeUndefined();
    expect(saver.pending()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveFields).toHaveBeenCalledTimes(4);
  });

  it('stops trying again once closed, and starts again when typing resumes', async () => {
    const saveFields = vi.fn(async () => {
      throw new StorageFullError();
    });
    const saver = createAutosaver('aboutMe', 'id-1', {
      repository: { saveFields },
      onError: () => undefined,
      backup: false,
    });
    saver.update({ enjoy: 'Walking' });
    await saver.close();
    expect(saveFields).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveFields).toHaveBeenCalledTimes(1);
    saver.update({ enjoy: 'Walking the dog' });
    await vi.advanceTimersByTimeAsync(300);
    expect(saveFields).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000); // the second failure in a row waits 2 s
    expect(saveFields).toHaveBeenCalledTimes(3);
  });

  it('reports a change the rules refuse, and waits for the next edit instead of retrying', async () => {
    const status = createSaveStatusStore(() => 1);
    const saveFields = vi.fn(async (kind: string, _i: string, fields: Record<string, unknown>) => {
      if (String(fields.enjoy).length > 5) {
        throw new ValidationError(kind as 'aboutMe', [{ path: 'enjoy', message: 'Too long' }]);
      }
      return {} as never;
    });
    const saver = createAutosaver('aboutMe', 'id-1', {
      repository: { saveFields },
      onError: () => undefined,
      backup: false,
      status,
    });
    saver.update({ enjoy: 'Far too long' });
    await saver.flush();
    expect(saver.problem()).toBe('invalid');
    expect(status.get()).toMatchObject({ state: 'error', error: 'invalid' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saveFields).toHaveBeenCalledTimes(1);
    saver.update({ enjoy: 'Short' });
    await saver.flush();
    expect(saver.problem()).toBeUndefined();
  });
});
