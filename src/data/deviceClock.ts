/**
 * This device's identity and hybrid logical clock, kept in the meta table. Every function here
 * must run inside a Dexie transaction that includes `meta`, so reading, advancing and storing
 * the clock is atomic: two tabs never issue the same timestamp.
 */
import { createClock, type Clock, type ClockOptions, type Hlc } from '../domain/hlc';
import type { MetaKey, MetaValues, WaymarkDB } from './db';

export interface ClockSource {
  /** Physical time in ms; defaults to Date.now. */
  now?: () => number;
  maxDriftMs?: number;
  /** Makes the device id on first use; defaults to crypto.randomUUID. */
  randomUUID?: () => string;
}

export async function readMeta<K extends MetaKey>(
  database: WaymarkDB,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const entry = await database.meta.get(key);
  return entry?.value as MetaValues[K] | undefined;
}

/** This device's id, created and stored the first time it is asked for. */
export async function deviceIdIn(database: WaymarkDB, source: ClockSource = {}): Promise<string> {
  const existing = await readMeta(database, 'deviceId');
  if (existing) return existing;
  const deviceId = (source.randomUUID ?? (() => crypto.randomUUID()))();
  await database.meta.put({ key: 'deviceId', value: deviceId });
  return deviceId;
}

async function withClock(
  database: WaymarkDB,
  source: ClockSource,
  step: (clock: Clock) => Hlc,
): Promise<Hlc> {
  const deviceId = await deviceIdIn(database, source);
  const options: ClockOptions = {};
  if (source.now) options.now = source.now;
  if (source.maxDriftMs !== undefined) options.maxDriftMs = source.maxDriftMs;
  const initial = await readMeta(database, 'hlc');
  if (initial) options.initial = initial;
  const hlc = step(createClock(deviceId, options));
  await database.meta.put({ key: 'hlc', value: hlc });
  return hlc;
}

/** A new timestamp for a local change, stored as the clock's latest. */
export function tickIn(database: WaymarkDB, source: ClockSource = {}): Promise<Hlc> {
  return withClock(database, source, (clock) => clock.tick());
}

/** Merges a timestamp seen from the server; throws ClockDriftError if it is too far ahead. */
export function receiveIn(
  database: WaymarkDB,
  remote: Hlc,
  source: ClockSource = {},
): Promise<Hlc> {
  return withClock(database, source, (clock) => clock.receive(remote));
}
