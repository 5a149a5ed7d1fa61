/**
 * Fixtures for the coach's-journal tests: an app on a migrated test database, coaches with
 * sessions, claimants with paired devices, mutations with HLC timestamps, and row counts of
 * every journal table (to prove bad input changes nothing).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { RateLimits } from '../app';
import { SESSION_COOKIE } from '../auth/request-auth';
import { formatHlc } from '../../src/domain/hlc';
import type { Mutation } from '../../src/domain/sync';
import { createCoach, createSession } from '../services/coaches';
import type { Coach } from '../services/coaches';
import { createTestDatabase } from './db';
import type { TestDatabase } from './db';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery staple';

const GENEROUS = { max: 10_000, timeWindow: '1 minute' };

export interface Journal {
  db: TestDatabase;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openJournal(
  rateLimits: Partial<RateLimits> = {
    login: GENEROUS,
    pair: GENEROUS,
    sync: GENEROUS,
    deleteMe: GENEROUS,
  },
  trustProxy = false,
): Promise<Journal> {
  const db = await createTestDatabase({ migrate: true });
  const app = await buildApp({ db, logger: false, rateLimits, trustProxy });
  return {
    db,
    app,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

let coachCount = 0;

export async function addTestCoach(j: Journal, office = 'Test Office'): Promise<Coach> {
  coachCount += 1;
  return createCoach(j.db, {
    email: `coach${coachCount}-${randomUUID().slice(0, 8)}@example.org`,
    password: PASSWORD,
    office,
  });
}

/** A Cookie header for a fresh session of this coach. */
export async function coachCookie(j: Journal, coachId: string, ttlMs?: number): Promise<string> {
  const { token } = await createSession(j.db, coachId, ttlMs);
  return `${SESSION_COOKIE}=${token}`;
}

/** A request as the coach console sends it: session cookie and same-origin Origin. */
export function asCoach(cookie: string, options: InjectOptions): InjectOptions {
  return {
    ...options,
    headers: { origin: ORIGIN, cookie, ...options.headers },
  };
}

export function asDevice(token: string, options: InjectOptions): InjectOptions {
  return { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } };
}

export interface PairedDevice {
  deviceId: string;
  deviceToken: string;
}

export interface TestClaimant {
  id: string;
  code: string;
}

export async function addTestClaimant(
  j: Journal,
  cookie: string,
  label = 'A.B.',
): Promise<TestClaimant> {
  const response = await j.app.inject(
    asCoach(cookie, { method: 'POST', url: '/api/coach/claimants', payload: { label } }),
  );
  if (response.statusCode !== 201) throw new Error(`add claimant: ${response.body}`);
  const body = response.json();
  return { id: body.claimant.id, code: body.pairing.code };
}

export async function newCode(j: Journal, cookie: string, claimantId: string): Promise<string> {
  const response = await j.app.inject(
    asCoach(cookie, { method: 'POST', url: `/api/coach/claimants/${claimantId}/pairing-codes` }),
  );
  if (response.statusCode !== 201) throw new Error(`pairing code: ${response.body}`);
  return response.json().pairing.code;
}

export async function pair(j: Journal, code: string): Promise<PairedDevice> {
  const response = await j.app.inject({ method: 'POST', url: '/api/pair', payload: { code } });
  if (response.statusCode !== 201) throw new Error(`pair: ${response.body}`);
  return response.json();
}

/** A claimant of `cookie`'s coach with one paired device. */
export async function pairedClaimant(
  j: Journal,
  cookie: string,
): Promise<TestClaimant & { device: PairedDevice }> {
  const claimant = await addTestClaimant(j, cookie);
  return { ...claimant, device: await pair(j, claimant.code) };
}

export function hlc(wall: number, node: string, counter = 0): string {
  return formatHlc({ wall, counter, node });
}

/** A mutation with a fresh id. */
export function mutation(
  recordKind: Mutation['recordKind'],
  recordId: string,
  fields: Record<string, unknown>,
  stamp: string,
): Mutation {
  return { mutationId: randomUUID(), recordKind, recordId, fields, hlc: stamp } as Mutation;
}

export async function syncDevice(
  j: Journal,
  device: PairedDevice,
  mutations: Mutation[],
  since = '',
): Promise<LightMyRequestResponse> {
  return j.app.inject(
    asDevice(device.deviceToken, {
      method: 'POST',
      url: '/api/sync',
      payload: { deviceId: device.deviceId, since, mutations },
    }),
  );
}

export async function syncCoach(
  j: Journal,
  cookie: string,
  claimantId: string,
  mutations: Mutation[],
  since = '',
): Promise<LightMyRequestResponse> {
  return j.app.inject(
    asCoach(cookie, {
      method: 'POST',
      url: `/api/coach/claimants/${claimantId}/sync`,
      payload: { since, mutations },
    }),
  );
}

const TABLES = [
  'offices',
  'coaches',
  'sessions',
  'claimants',
  'pairing_codes',
  'devices',
  'records',
  'applied_mutations',
  'audit_log',
  'coach_claimant_views',
  'anonymous_feedback',
  'claimant_sync_days',
  'erased_device_tokens',
] as const;

/** Row counts of every journal table, plus a fingerprint of records and devices. */
export async function snapshot(j: Journal): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const table of TABLES) {
    const result = await j.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = result.rows[0]!.n;
  }
  const records = await j.db.query(`select id, seq, data from records order by id`);
  const devices = await j.db.query(`select id, revoked_at, label from devices order by id`);
  const claimants = await j.db.query(
    `select id, label, deleted_at, deleted_reason from claimants order by id`,
  );
  const codes = await j.db.query(
    `select code_hash, used_at, expires_at from pairing_codes order by code_hash`,
  );
  return {
    counts,
    records: records.rows,
    devices: devices.rows,
    claimants: claimants.rows,
    codes: codes.rows,
  };
}
