// Hybrid logical clock: monotonic, skew-tolerant, drift-limited, and lexically sortable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ClockDriftError,
  HlcOverflowError,
  MAX_COUNTER,
  MAX_WALL,
  compareHlc,
  createClock,
  formatHlc,
  hlcWallTime,
  isHlc,
  maxHlc,
  parseHlc,
} from './hlc';

const T0 = 1_764_000_000_000;
const MINUTE = 60_000;

function fakeTime(start = T0) {
  let t = start;
  return {
    now: () => t,
    set: (v: number) => {
      t = v;
    },
  };
}

describe('format and parse', () => {
  it('pads wall time and counter to fixed widths', () => {
    expect(formatHlc({ wall: T0, counter: 35, node: 'dev1' })).toBe('001764000000000-000z-dev1');
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_WALL }),
        fc.integer({ min: 0, max: MAX_COUNTER }),
        fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/),
        (wall, counter, node) => {
          const s = formatHlc({ wall, counter, node });
          expect(isHlc(s)).toBe(true);
          expect(parseHlc(s)).toEqual({ wall, counter, node });
        },
      ),
    );
  });

  it('rejects malformed values', () => {
    for (const bad of [
      '',
      'abc',
      '1764000000000-0000-x',
      '001764000000000-00000-x',
      '001764000000000-0000-',
    ]) {
      expect(isHlc(bad)).toBe(false);
      expect(() => parseHlc(bad)).toThrow(SyntaxError);
    }
    expect(isHlc(42)).toBe(false);
    expect(() => formatHlc({ wall: -1, counter: 0, node: 'a' })).toThrow(RangeError);
    expect(() => formatHlc({ wall: 1, counter: 0, node: 'has space' })).toThrow(RangeError);
    expect(() => formatHlc({ wall: 1, counter: MAX_COUNTER + 1, node: 'a' })).toThrow(
      HlcOverflowError,
    );
  });

  it('reads the wall time back', () => {
    expect(hlcWallTime(formatHlc({ wall: T0, counter: 3, node: 'a' }))).toBe(T0);
  });
});

describe('compareHlc', () => {
  it('orders by wall, then counter, then node id', () => {
    const a = formatHlc({ wall: T0, counter: 5, node: 'zz' });
    const b = formatHlc({ wall: T0 + 1, counter: 0, node: 'aa' });
    const c = formatHlc({ wall: T0, counter: 6, node: 'aa' });
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(a, c)).toBe(-1);
    expect(compareHlc(b, a)).toBe(1);
    expect(compareHlc(a, a)).toBe(0);
    expect(maxHlc(a, b)).toBe(b);
  });

  it('breaks ties between nodes by node id', () => {
    const a = formatHlc({ wall: T0, counter: 2, node: 'device-a' });
    const b = formatHlc({ wall: T0, counter: 2, node: 'device-b' });
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(b, a)).toBe(1);
  });

  it('agrees with lexical string order (property)', () => {
    const hlc = fc
      .record({
        wall: fc.oneof(fc.integer({ min: 0, max: MAX_WALL }), fc.constantFrom(T0, T0 + 1)),
        counter: fc.oneof(
          fc.integer({ min: 0, max: MAX_COUNTER }),
          fc.constantFrom(0, 9, 10, 35, 36),
        ),
        node: fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/),
          fc.constantFrom('a', 'ab', 'b'),
        ),
      })
      .map(formatHlc);
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const lexical = a < b ? -1 : a > b ? 1 : 0;
        expect(compareHlc(a, b)).toBe(lexical);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('createClock', () => {
  it('is strictly monotonic even when the physical clock goes backwards', () => {
    const time = fakeTime();
    const clock = createClock('dev1', { now: time.now });
    const stamps = [clock.tick()];
    time.set(T0 - 5 * MINUTE);
    stamps.push(clock.tick(), clock.tick());
    time.set(T0 + 1);
    stamps.push(clock.tick());
    for (let i = 1; i < stamps.length; i++) {
      expect(compareHlc(stamps[i - 1] as string, stamps[i] as string)).toBe(-1);
    }
    expect(parseHlc(stamps[2] as string)).toEqual({ wall: T0, counter: 2, node: 'dev1' });
    expect(parseHlc(stamps[3] as string)).toEqual({ wall: T0 + 1, counter: 0, node: 'dev1' });
    expect(clock.last()).toBe(stamps[3]);
  });

  it('stays monotonic under any sequence of physical times (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 * T0 }), { minLength: 1, maxLength: 50 }),
        (times) => {
          const time = fakeTime(times[0]);
          const clock = createClock('n', { now: time.now });
          let previous = clock.last();
          for (const t of times) {
            time.set(t);
            const next = clock.tick();
            expect(compareHlc(previous, next)).toBe(-1);
            expect(parseHlc(next).wall).toBeGreaterThanOrEqual(t);
            previous = next;
          }
        },
      ),
    );
  });

  it('resumes after an initial value', () => {
    const time = fakeTime(T0 - 1000);
    const initial = formatHlc({ wall: T0, counter: 7, node: 'dev1' });
    const clock = createClock('dev1', { now: time.now, initial });
    expect(clock.last()).toBe(initial);
    expect(clock.tick()).toBe(formatHlc({ wall: T0, counter: 8, node: 'dev1' }));
  });

  it('receive() of a remote ahead adopts its wall time and counter + 1', () => {
    const clock = createClock('local', { now: () => T0 });
    clock.tick();
    const remote = formatHlc({ wall: T0 + 3 * MINUTE, counter: 4, node: 'remote' });
    const merged = clock.receive(remote);
    expect(parseHlc(merged)).toEqual({ wall: T0 + 3 * MINUTE, counter: 5, node: 'local' });
    expect(compareHlc(clock.tick(), merged)).toBe(1);
  });

  it('receive() of a remote behind keeps the local time and bumps the counter', () => {
    const time = fakeTime();
    const clock = createClock('local', { now: time.now });
    clock.tick();
    clock.tick();
    const merged = clock.receive(formatHlc({ wall: T0 - MINUTE, counter: 99, node: 'remote' }));
    expect(parseHlc(merged)).toEqual({ wall: T0, counter: 2, node: 'local' });
  });

  it('receive() of a remote with equal wall time takes the larger counter + 1', () => {
    const clock = createClock('local', { now: () => T0 });
    clock.tick();
    const merged = clock.receive(formatHlc({ wall: T0, counter: 10, node: 'remote' }));
    expect(parseHlc(merged)).toEqual({ wall: T0, counter: 11, node: 'local' });
  });

  it('receive() when physical time is ahead of both resets the counter', () => {
    const time = fakeTime();
    const clock = createClock('local', {
      now: time.now,
      initial: formatHlc({ wall: T0, counter: 3, node: 'local' }),
    });
    time.set(T0 + 10);
    const merged = clock.receive(formatHlc({ wall: T0 + 5, counter: 8, node: 'remote' }));
    expect(parseHlc(merged)).toEqual({ wall: T0 + 10, counter: 0, node: 'local' });
  });

  it('keeps causality between two nodes whose clocks are minutes apart', () => {
    const fast = createClock('fast', { now: () => T0 + 7 * MINUTE });
    const slow = createClock('slow', { now: () => T0 });
    const a = fast.tick();
    const b = slow.receive(a);
    const c = slow.tick();
    const d = fast.receive(c);
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(b, c)).toBe(-1);
    expect(compareHlc(c, d)).toBe(-1);
    // The slow node's events after hearing from the fast one carry the fast node's wall time.
    expect(hlcWallTime(c)).toBe(T0 + 7 * MINUTE);
  });

  it('rejects a remote clock further ahead than maxDriftMs and keeps its state', () => {
    const clock = createClock('local', { now: () => T0, maxDriftMs: 10 * MINUTE });
    const before = clock.tick();
    const tooFar = formatHlc({ wall: T0 + 11 * MINUTE, counter: 0, node: 'bad' });
    expect(() => clock.receive(tooFar)).toThrow(ClockDriftError);
    expect(clock.last()).toBe(before);
    // Just inside the limit is fine.
    expect(() =>
      clock.receive(formatHlc({ wall: T0 + 10 * MINUTE, counter: 0, node: 'ok' })),
    ).not.toThrow();
  });

  it('defaults maxDriftMs to 24 hours', () => {
    const clock = createClock('local', { now: () => T0 });
    const day = 24 * 60 * MINUTE;
    expect(() => clock.receive(formatHlc({ wall: T0 + day + 1, counter: 0, node: 'r' }))).toThrow(
      ClockDriftError,
    );
    expect(() => clock.receive(formatHlc({ wall: T0 + day, counter: 0, node: 'r' }))).not.toThrow();
  });

  it('throws on counter overflow rather than issuing a duplicate', () => {
    const clock = createClock('local', {
      now: () => T0,
      initial: formatHlc({ wall: T0, counter: MAX_COUNTER, node: 'local' }),
    });
    expect(() => clock.tick()).toThrow(HlcOverflowError);
    expect(() => clock.receive(formatHlc({ wall: T0, counter: MAX_COUNTER, node: 'r' }))).toThrow(
      HlcOverflowError,
    );
  });

  it('rejects an invalid node id', () => {
    expect(() => createClock('no spaces please')).toThrow(RangeError);
  });
});
