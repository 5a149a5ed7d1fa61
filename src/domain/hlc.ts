/**
 * Hybrid logical clock (Kulkarni et al. 2014). A timestamp is a string that sorts lexically in
 * causal order: `<wall ms, 15 decimal digits>-<counter, 4 base-36 digits>-<node id>`, e.g.
 * `001764000000000-0000-3f2a...`. The node id (device id, 'server' or a coach id) is the
 * deterministic tie-break, so two different nodes never produce equal timestamps.
 */

export type Hlc = string;

export interface HlcParts {
  /** Milliseconds since the Unix epoch (physical part). */
  wall: number;
  /** Logical counter within one wall millisecond. */
  counter: number;
  /** Who made the timestamp. */
  node: string;
}

export const WALL_DIGITS = 15;
export const COUNTER_DIGITS = 4;
export const MAX_WALL = 10 ** WALL_DIGITS - 1;
export const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** A remote clock more than this far ahead of ours is refused (24 hours). */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

const NODE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const HLC_PATTERN = /^(\d{15})-([0-9a-z]{4})-([A-Za-z0-9_.:-]{1,64})$/;

/** A remote timestamp is further ahead of the local physical clock than allowed. */
export class ClockDriftError extends Error {
  override readonly name = 'ClockDriftError';
  constructor(
    readonly remote: Hlc,
    readonly driftMs: number,
    readonly maxDriftMs: number,
  ) {
    super(`Remote clock ${remote} is ${driftMs} ms ahead (the limit is ${maxDriftMs} ms)`);
  }
}

/** The logical counter would no longer fit in its digits. */
export class HlcOverflowError extends Error {
  override readonly name = 'HlcOverflowError';
  constructor(readonly wall: number) {
    super(`Hybrid logical clock counter overflow at ${wall}`);
  }
}

export function isNodeId(s: string): boolean {
  return NODE_PATTERN.test(s);
}

export function isHlc(s: unknown): s is Hlc {
  return typeof s === 'string' && HLC_PATTERN.test(s);
}

export function formatHlc({ wall, counter, node }: HlcParts): Hlc {
  if (!Number.isSafeInteger(wall) || wall < 0 || wall > MAX_WALL) {
    throw new RangeError(`HLC wall time out of range: ${wall}`);
  }
  if (!Number.isSafeInteger(counter) || counter < 0) {
    throw new RangeError(`HLC counter out of range: ${counter}`);
  }
  if (counter > MAX_COUNTER) throw new HlcOverflowError(wall);
  if (!isNodeId(node)) throw new RangeError(`Not a valid HLC node id: ${JSON.stringify(node)}`);
  const w = String(wall).padStart(WALL_DIGITS, '0');
  const c = counter.toString(36).padStart(COUNTER_DIGITS, '0');
  return `${w}-${c}-${node}`;
}

export function parseHlc(s: string): HlcParts {
  const m = HLC_PATTERN.exec(s);
  if (!m) throw new SyntaxError(`Not a hybrid logical clock value: ${JSON.stringify(s)}`);
  return { wall: Number(m[1]), counter: parseInt(m[2] as string, 36), node: m[3] as string };
}

/** -1, 0 or 1: wall time, then counter, then node id. Agrees with plain string order. */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  if (a === b) return 0;
  const x = parseHlc(a);
  const y = parseHlc(b);
  if (x.wall !== y.wall) return x.wall < y.wall ? -1 : 1;
  if (x.counter !== y.counter) return x.counter < y.counter ? -1 : 1;
  if (x.node !== y.node) return x.node < y.node ? -1 : 1;
  return 0;
}

export function maxHlc(a: Hlc, b: Hlc): Hlc {
  return compareHlc(a, b) >= 0 ? a : b;
}

/** The wall-clock part of a timestamp as milliseconds. */
export function hlcWallTime(h: Hlc): number {
  return parseHlc(h).wall;
}

export interface ClockOptions {
  /** Physical time source in ms; defaults to Date.now. */
  now?: () => number;
  /** Refuse remote timestamps further ahead than this; default 24 hours. */
  maxDriftMs?: number;
  /** The last timestamp this node issued or saw (for example, read back from storage). */
  initial?: Hlc;
}

export interface Clock {
  readonly nodeId: string;
  /** A timestamp for a local event, greater than every one issued or seen before. */
  tick(): Hlc;
  /** Merge a remote timestamp; returns a new local timestamp greater than both. */
  receive(remote: Hlc): Hlc;
  /** The latest timestamp issued or seen (all zeros before the first event). */
  last(): Hlc;
}

export function createClock(nodeId: string, options: ClockOptions = {}): Clock {
  if (!isNodeId(nodeId)) throw new RangeError(`Not a valid HLC node id: ${JSON.stringify(nodeId)}`);
  const now = options.now ?? (() => Date.now());
  const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  let wall = 0;
  let counter = 0;
  if (options.initial !== undefined) {
    const start = parseHlc(options.initial);
    wall = start.wall;
    counter = start.counter;
  }

  const commit = (w: number, c: number): Hlc => {
    if (c > MAX_COUNTER) throw new HlcOverflowError(w);
    const stamp = formatHlc({ wall: w, counter: c, node: nodeId });
    wall = w;
    counter = c;
    return stamp;
  };

  return {
    nodeId,
    tick() {
      const pt = Math.floor(now());
      return pt > wall ? commit(pt, 0) : commit(wall, counter + 1);
    },
    receive(remote) {
      const r = parseHlc(remote);
      const pt = Math.floor(now());
      const drift = r.wall - pt;
      if (drift > maxDriftMs) throw new ClockDriftError(remote, drift, maxDriftMs);
      const w = Math.max(wall, r.wall, pt);
      if (w === wall && w === r.wall) return commit(w, Math.max(counter, r.counter) + 1);
      if (w === wall) return commit(w, counter + 1);
      if (w === r.wall) return commit(w, r.counter + 1);
      return commit(w, 0);
    },
    last() {
      return formatHlc({ wall, counter, node: nodeId });
    },
  };
}
