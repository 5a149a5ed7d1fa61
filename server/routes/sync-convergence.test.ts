/**
 * Convergence (fast-check): random edits of the same records by two devices and the coach,
 * delivered in random batches, in random order, with duplicates, always end as the domain's
 * own merge (applyFields) of all the edits; and duplicated requests racing each other on
 * separate connections apply each mutation once.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFields } from '../../src/domain/merge';
import type { Mutation } from '../../src/domain/sync';
import { buildApp } from '../app';
import { testDatabaseKind } from '../test/db';
import {
  addTestCoach,
  coachCookie,
  hlc,
  newCode,
  openJournal,
  pair,
  pairedClaimant,
  syncCoach,
  syncDevice,
} from '../test/journal';
import type { Journal, PairedDevice } from '../test/journal';

let j: Journal;
let cookie: string;

beforeAll(async () => {
  j = await openJournal();
  cookie = await coachCookie(j, (await addTestCoach(j)).id);
});
afterAll(() => j.close());

const base = Date.now() - 60_000;

type Writer = 'a' | 'b' | 'coach';
const deviceFields = fc.record(
  {
    text: fc.constantFrom('Call', 'Write CV', 'Visit'),
    status: fc.constantFrom('toDo', 'inProgress', 'done'),
    due: fc.constantFrom('2026-12-01', '2026-12-02', null),
  },
  { requiredKeys: [] },
);
const coachFields = fc.record(
  {
    text: fc.constantFrom('Call the college', 'Book course'),
    requirement: fc.constantFrom('voluntary', 'agreedRequirement'),
    due: fc.constantFrom('2027-01-01', null),
  },
  { requiredKeys: [] },
);
const edit = fc.record({
  writer: fc.constantFrom<Writer>('a', 'b', 'coach'),
  record: fc.nat(2),
  wall: fc.nat(50),
  counter: fc.nat(2),
  deviceFields,
  coachFields,
});

describe(`sync convergence (${testDatabaseKind})`, () => {
  it('ends with the domain merge of all edits, whatever the order, batches and repeats', async () => {
    await fc.assert(
      fc.asyncProperty(
        // One node never issues the same timestamp twice.
        fc.uniqueArray(edit, {
          minLength: 1,
          maxLength: 25,
          selector: (e) => `${e.writer}-${e.wall}-${e.counter}`,
        }),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        async (edits, noise) => {
          const claimant = await pairedClaimant(j, cookie);
          const devices: Record<'a' | 'b', PairedDevice> = {
            a: claimant.device,
            b: await pair(j, await newCode(j, cookie, claimant.id)),
          };
          const ids = [randomUUID(), randomUUID(), randomUUID()];
          const all = edits
            .map((e) => {
              const fields = e.writer === 'coach' ? e.coachFields : e.deviceFields;
              if (Object.keys(fields).length === 0) return undefined;
              const m = {
                mutationId: randomUUID(),
                recordKind: 'action',
                recordId: ids[e.record]!,
                fields,
                hlc: hlc(
                  base + e.wall,
                  e.writer === 'coach' ? 'coach-1' : `dev-${e.writer}`,
                  e.counter,
                ),
              } as Mutation;
              return { writer: e.writer, m };
            })
            .filter((x) => x !== undefined);
          // Deliver: shuffled, each possibly twice, in batches of 1-4.
          const deliveries = [...all, ...all.filter((_, i) => (noise[i] ?? 0) % 3 === 0)];
          deliveries.sort(
            (x, y) => (noise[all.indexOf(x) % 60] ?? 0) - (noise[all.indexOf(y) % 60] ?? 0),
          );
          let i = 0;
          while (i < deliveries.length) {
            const size = 1 + ((noise[i % 60] ?? 0) % 4);
            const batch = deliveries.slice(i, i + size);
            i += size;
            for (const writer of ['a', 'b', 'coach'] as const) {
              const mine = batch.filter((d) => d.writer === writer).map((d) => d.m);
              if (mine.length === 0) continue;
              const response =
                writer === 'coach'
                  ? await syncCoach(j, cookie, claimant.id, mine)
                  : await syncDevice(j, devices[writer], mine);
              expect(response.statusCode).toBe(200);
              expect(response.json().rejected).toBeUndefined();
            }
          }
          for (const [index, id] of ids.entries()) {
            const mutations = all.filter((d) => d.m.recordId === id).map((d) => d.m);
            const row = await j.db.query<{ data: unknown }>(
              'select data from records where id = $1',
              [id],
            );
            if (mutations.length === 0) {
              expect(row.rowCount, `record ${index}`).toBe(0);
              continue;
            }
            let expected: unknown = undefined;
            for (const m of mutations) {
              expected = applyFields(expected as never, {
                kind: 'action',
                id,
                fields: m.fields,
                hlc: m.hlc,
              });
            }
            expect(row.rows[0]!.data).toEqual(expected);
          }
          const applied = await j.db.query<{ n: number }>(
            'select count(*)::int as n from applied_mutations where claimant_id = $1',
            [claimant.id],
          );
          expect(applied.rows[0]!.n).toBe(all.length);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('applies a mutation once when the same request races itself on separate connections', async () => {
    const claimant = await pairedClaimant(j, cookie);
    const other = await j.db.openAnother();
    const second = await buildApp({ db: other, logger: false });
    try {
      const id = randomUUID();
      const mutations = Array.from({ length: 20 }, (_, n) => ({
        mutationId: randomUUID(),
        recordKind: 'journalEntry',
        recordId: n === 0 ? id : randomUUID(),
        fields: { author: 'claimant', text: `n${n}` },
        hlc: hlc(base + n, 'dev-a'),
      })) as Mutation[];
      const payload = { deviceId: claimant.device.deviceId, since: '', mutations };
      const send = (app: typeof j.app) =>
        app.inject({
          method: 'POST',
          url: '/api/sync',
          headers: { authorization: `Bearer ${claimant.device.deviceToken}` },
          payload,
        });
      const responses = await Promise.all([send(j.app), send(second), send(j.app), send(second)]);
      for (const r of responses) {
        expect(r.statusCode).toBe(200);
        expect(r.json().acked).toHaveLength(20);
      }
      const rows = await j.db.query<{ n: number; seqs: number }>(
        `select count(*)::int as n, count(distinct seq)::int as seqs from records
         where claimant_id = $1`,
        [claimant.id],
      );
      expect(rows.rows[0]).toEqual({ n: 20, seqs: 20 });
      const audits = await j.db.query<{ n: number }>(
        `select count(*)::int as n from audit_log where claimant_id = $1 and action = 'record.write'`,
        [claimant.id],
      );
      expect(audits.rows[0]!.n).toBe(20);
      // Every answer's changes are a prefix-free, gap-free view: the last cursor sees everything.
      const pulled = await syncDevice(j, claimant.device, []);
      expect(pulled.json().changes).toHaveLength(20);
    } finally {
      await second.close();
      await other.close();
    }
  });
});
