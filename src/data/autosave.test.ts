// Autosave: debounced by 300 ms, flushed on demand, writes for one record kept in order, and a
// failed write kept queued for the next try.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';

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
});
