/**
 * The what's-new migration on a database that already has a journal: records written before it
 * get the claimant's last change (change number and time) from the mutations already applied,
 * and records only a coach has changed get none.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import type { TestDatabase } from '../test/db';
import { migrate, MIGRATIONS_DIR, readMigrations } from './migrate';

const WHATS_NEW = '20261124060000_whats_new.sql';

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'waymark-whats-new-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe(`the what's-new migration (${testDatabaseKind})`, () => {
  it('fills in the claimant’s last change of records written before it', async () => {
    const all = (await readMigrations()).map((m) => m.id);
    expect(all).toContain(WHATS_NEW);
    for (const id of all.filter((m) => m < WHATS_NEW)) {
      await copyFile(join(MIGRATIONS_DIR, id), join(dir, id));
    }
    await migrate(db, { dir });

    const office = await db.query<{ id: string }>(
      `insert into offices (name) values ('O') returning id`,
    );
    const coach = await db.query<{ id: string }>(
      `insert into coaches (email, password_hash, office_id) values ('c@example.org', 'x', $1)
       returning id`,
      [office.rows[0]!.id],
    );
    const claimant = await db.query<{ id: string }>(
      `insert into claimants (label, coach_id, office_id) values ('A', $1, $2) returning id`,
      [coach.rows[0]!.id, office.rows[0]!.id],
    );
    const claimantId = claimant.rows[0]!.id;
    const device = await db.query<{ id: string }>(
      `insert into devices (claimant_id, token_hash) values ($1, 'h') returning id`,
      [claimantId],
    );
    const byPhone = '00000000-0000-4000-8000-000000000001';
    const byCoach = '00000000-0000-4000-8000-000000000002';
    for (const [id, seq] of [
      [byPhone, 7],
      [byCoach, 9],
    ] as const) {
      await db.query(
        `insert into records (id, claimant_id, kind, data, updated, shared, seq)
         values ($1, $2, 'journalEntry', '{}'::jsonb, 'x', true, $3)`,
        [id, claimantId, seq],
      );
    }
    const mutations: [string, string | null, string | null, string, number][] = [
      ['00000000-0000-4000-8000-00000000000a', device.rows[0]!.id, null, byPhone, 3],
      ['00000000-0000-4000-8000-00000000000b', device.rows[0]!.id, null, byPhone, 5],
      ['00000000-0000-4000-8000-00000000000c', null, coach.rows[0]!.id, byPhone, 7],
      ['00000000-0000-4000-8000-00000000000d', null, coach.rows[0]!.id, byCoach, 9],
    ];
    for (const [mutationId, deviceId, coachId, recordId, seq] of mutations) {
      await db.query(
        `insert into applied_mutations
           (mutation_id, claimant_id, device_id, coach_id, record_id, outcome, applied_seq)
         values ($1, $2, $3, $4, $5, 'applied', $6)`,
        [mutationId, claimantId, deviceId, coachId, recordId, seq],
      );
    }

    await copyFile(join(MIGRATIONS_DIR, WHATS_NEW), join(dir, WHATS_NEW));
    expect((await migrate(db, { dir })).applied).toEqual([WHATS_NEW]);
    const rows = await db.query<{ id: string; seq: string | null; at: Date | null }>(
      `select id, claimant_seq::text as seq, claimant_changed_at as at from records order by id`,
    );
    expect(rows.rows.map((r) => [r.id, r.seq, r.at instanceof Date])).toEqual([
      [byPhone, '5', true],
      [byCoach, null, false],
    ]);
  });
});
