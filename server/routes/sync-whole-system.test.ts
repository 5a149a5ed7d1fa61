/**
 * Sync convergence of the whole system, property-based (fast-check): two claimant phones (real
 * Dexie databases, repository and sync engine) and a work coach (the console's round trip)
 * make random edits to every kind of shared record, through a network that drops, duplicates,
 * delays and reorders requests and answers, with clocks minutes apart, offline periods and
 * server restarts (server/test/syncWorld.ts). When the network heals and everyone has synced,
 * every replica holds the same shared records, and every edit shown as saved is there, was
 * replaced by a later one, waits as a conflict on the phone that made it, or was refused by the
 * server (hiding or deleting an action the coach made an agreed requirement meanwhile) and put
 * back on the phone, which tells the person.
 *
 *   WAYMARK_PROPERTY_RUNS   how many schedules (default 1000; `npm run soak` runs 10,000)
 *   WAYMARK_PROPERTY_SEED   replay a run: the seed fast-check printed
 *   WAYMARK_PROPERTY_PATH   with the seed, go straight to the shrunk counterexample
 *   WAYMARK_PROPERTY_REPORT a file to write the summary to, as JSON (scripts/soak.mjs reads it)
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutationSchema } from '../../src/domain/sync';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../test/db';
import {
  Divergence,
  FAULTS,
  PHONE_KINDS,
  World,
  openServer,
  type Fault,
  type PhoneName,
  type ReplicaName,
  type Schedule,
  type Server,
  type Step,
} from '../test/syncWorld';

const runs = Number(process.env.WAYMARK_PROPERTY_RUNS || 1000);
const report = process.env.WAYMARK_PROPERTY_REPORT || undefined;
/**
 * `npm test` (and CI) runs one fixed set of 1,000 schedules, so a red run can be replayed and a
 * green one means the same everywhere; `npm run soak` (which asks for a report) draws new ones
 * each time. WAYMARK_PROPERTY_SEED chooses the schedules either way.
 */
const CI_SEED = 20_261_124;
const seed = process.env.WAYMARK_PROPERTY_SEED
  ? Number(process.env.WAYMARK_PROPERTY_SEED)
  : report
    ? undefined
    : CI_SEED;
/** One schedule that has not finished in this long is stuck: it fails (with its seed), not hangs. */
const SCHEDULE_LIMIT_MS = 60_000;

function withinLimit<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish in ${SCHEDULE_LIMIT_MS / 1000} s`)),
      SCHEDULE_LIMIT_MS,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
const path = process.env.WAYMARK_PROPERTY_PATH || undefined;

let db: TestDatabase;
let server: Server;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: true });
  server = await openServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const MINUTE = 60_000;
const replica = fc.constantFrom<ReplicaName>('phoneA', 'phoneB', 'coach');
const phone = fc.constantFrom<PhoneName>('phoneA', 'phoneB');
const skew = fc.integer({ min: -10 * MINUTE, max: 10 * MINUTE });

/** Most requests go through; each kind of fault is rarer. */
const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Fault>('ok') },
  ...FAULTS.filter((f) => f !== 'ok').map((f) => ({ weight: 1, arbitrary: fc.constant(f) })),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      who: replica,
      kind: fc.nat(2),
      slot: fc.nat(5),
      field: fc.nat(11),
      value: fc.nat(11),
    }),
  },
  { weight: 8, arbitrary: fc.record({ t: fc.constant('sync' as const), who: replica }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('deliver' as const), index: fc.nat(5) }) },
  {
    weight: 4,
    arbitrary: fc.record({ t: fc.constant('offline' as const), who: replica, on: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restart' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('resolve' as const),
      who: phone,
      index: fc.nat(3),
      keep: fc.constantFrom('mine' as const, 'theirs' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('pair' as const), who: phone }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('wait' as const),
      ms: fc.integer({ min: MINUTE, max: 20 * MINUTE }),
    }),
  },
);

const schedule: fc.Arbitrary<Schedule> = fc.record({
  skew: fc.record({ phoneA: skew, phoneB: skew, coach: skew }),
  lateB: fc.nat(3).map((n) => n === 0),
  prepared: fc.nat(3).map((n) => n > 0),
  focus: fc.uniqueArray(fc.nat(PHONE_KINDS.length - 1), { minLength: 1, maxLength: 2 }),
  faults: fc.array(fault, { maxLength: 40 }),
  steps: fc.array(fc.record({ step, dt: fc.nat(5_000) }), {
    minLength: 5,
    maxLength: 30,
    size: 'max',
  }),
});

const emptyStats = {
  requests: 0,
  faults: 0,
  conflicts: 0,
  coachRefusals: 0,
  edits: 0,
  superseded: 0,
  inConflict: 0,
  withdrawn: 0,
  refused: 0,
};

describe(`whole-system sync convergence (${testDatabaseKind})`, () => {
  it('edits every record kind the sync protocol carries', () => {
    const carried = mutationSchema.options.map((option) => option.shape.recordKind.value);
    expect([...PHONE_KINDS].sort()).toEqual([...carried].sort());
  });

  it(
    'every replica ends with the same shared records and no saved edit is lost',
    async () => {
      const started = Date.now();
      const totals = { ...emptyStats };
      const details = await fc.check(
        fc.asyncProperty(schedule, async (s) => {
          const world = new World(server, s);
          try {
            await withinLimit(world.run(), 'the schedule');
            const problems = await withinLimit(world.check(), 'the final check');
            for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
              totals[key] += world.stats[key];
            }
            if (problems.length > 0) throw new Divergence(problems);
          } finally {
            await withinLimit(world.dispose(), 'closing the schedule').catch(() => undefined);
          }
        }),
        {
          numRuns: runs,
          // A stuck schedule is reported at once, with its seed, rather than shrunk for hours.
          endOnFailure: true,
          ...(seed === undefined ? {} : { seed }),
          ...(path ? { path } : {}),
        },
      );
      const divergent = details.failed ? 1 : 0;
      const schedules = details.numRuns;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `sync convergence: ${schedules} schedules, ${divergent} divergent ` +
          `(${seconds} s; ${totals.requests} requests, ${totals.faults} faults, ` +
          `${server.restarts} server restarts, ${totals.conflicts} conflicts shown, ` +
          `${totals.coachRefusals} coach writes refused; of ${totals.edits} saved edits, ` +
          `${totals.superseded} replaced by later ones, ${totals.inConflict} kept as conflicts, ` +
          `${totals.withdrawn} coach's withdrawn with an un-share and ${totals.refused} ` +
          `phone edits refused and put back)`,
      );
      if (report) {
        writeFileSync(
          report,
          JSON.stringify({ schedules, divergent, seconds: Number(seconds), seed: details.seed }),
        );
      }
      if (details.failed) {
        const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
        throw new Error(`${fc.defaultReportMessage(details) ?? 'divergent'}\n${cause}`);
      }
      if (!path) expect(details.numRuns).toBe(runs);
    },
    Math.max(120_000, runs * 2_000),
  );
});
