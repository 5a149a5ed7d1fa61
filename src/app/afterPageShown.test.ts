// Work that waits for the page: none of it runs while the page is loading, all of it once a page
// is shown and the browser is idle, and some of it anyway if no page ever says it is shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageShown, markPageShown, resetPageShown } from './afterPageShown';

describe('afterPageShown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPageShown();
  });
  afterEach(() => vi.useRealTimers());

  it('waits for a page to be shown, then runs each piece of work once', () => {
    const work = vi.fn();
    afterPageShown(work);
    vi.advanceTimersByTime(4_000);
    expect(work).not.toHaveBeenCalled();
    markPageShown();
    markPageShown();
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs work asked for after a page was shown without waiting for another', () => {
    markPageShown();
    const work = vi.fn();
    afterPageShown(work);
    vi.advanceTimersByTime(1_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work after five seconds when no page ever says it is shown', () => {
    const work = vi.fn();
    afterPageShown(work);
    vi.advanceTimersByTime(4_999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs work that was cancelled', () => {
    const work = vi.fn();
    const cancel = afterPageShown(work);
    cancel();
    markPageShown();
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
