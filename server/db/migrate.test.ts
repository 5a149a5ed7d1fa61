/**
 * Migrations: applied once, in file-name order, each in a transaction, recorded with a
 * checksum; a second run (or a second server starting at the same moment) does nothing more.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import type { TestDatabase } from '../test/db';
import { migrate, MigrationError, readMigrations } from './migrate';

let db: TestDatabase;
let dir: string;

beforeEach(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'waymark-migrations-'));
});

afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function appliedIds(): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('select id from schema_migrations order by id');
  return rows.map((row) => row.id);
}

describe(`migrate (${testDatabaseKind})`, () => {
  it('applies the real migrations once, and a second run is a no-op', async () => {
    const files = (await readMigrations()).map((m) => m.id);
    expect(files[0]).toBe('20261124000000_init.sql');

    const first = await migrate(db);
    expect(first).toEqual({ applied: files, unknown: [] });
    expect(await appliedIds()).toEqual(files);

    const meta = await db.query<{ instance_id: string; created_at: Date }>(
      'select instance_id, created_at from server_meta',
    );
    expect(meta.rows).toHaveLength(1);
    expect(meta.rows[0]?.instance_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(meta.rows[0]?.created_at).toBeInstanceOf(Date);

    const second = await migrate(db);
    expect(second).toEqual({ applied: [], unknown: [] });
    expect(await appliedIds()).toEqual(files);
    const again = await db.query('select instance_id from server_meta');
    expect(again.rows).toEqual([{ instance_id: meta.rows[0]?.instance_id }]);
  });

  it('is what createTestDatabase({ migrate: true }) hands to other tests', async () => {
    const migrated = await createTestDatabase({ migrate: true });
    try {
      const { rows } = await migrated.query<{ n: number }>(
        'select count(*)::int as n from server_meta',
      );
      expect(rows).toEqual([{ n: 1 }]);
      expect(await migrate(migrated)).toEqual({ applied: [], unknown: [] });
    } finally {
      await migrated.close();
    }
  });

  it('is safe when two servers migrate at the same moment', async () => {
    const other = await db.openAnother();
    const [a, b] = await Promise.all([migrate(db), migrate(other)]);
    const files = (await readMigrations()).map((m) => m.id);
    expect([...a.applied, ...b.applied].sort()).toEqual(files);
    expect(await appliedIds()).toEqual(files);
    const meta = await db.query('select * from server_meta');
    expect(meta.rows).toHaveLength(1);
    await other.close();
  });

  it('runs files in name order, not in the order they were written', async () => {
    await writeFile(join(dir, '20260102000000_second.sql'), 'insert into steps values (2);');
    await writeFile(join(dir, '20260101000000_first.sql'), 'create table steps (n int);');
    await writeFile(join(dir, 'README.md'), 'Not a migration.');
    const result = await migrate(db, { dir });
    expect(result.applied).toEqual(['20260101000000_first.sql', '20260102000000_second.sql']);
    expect((await db.query('select n from steps')).rows).toEqual([{ n: 2 }]);
  });

  it('rolls back a failing migration completely and keeps the ones before it', async () => {
    await writeFile(join(dir, '20260101000000_ok.sql'), 'create table fine (n int);');
    await writeFile(
      join(dir, '20260102000000_broken.sql'),
      'create table half_done (n int);\ninsert into no_such_table values (1);',
    );
    await expect(migrate(db, { dir })).rejects.toThrow(
      /Migration 20260102000000_broken\.sql failed: .*no_such_table/,
    );
    expect(await appliedIds()).toEqual(['20260101000000_ok.sql']);
    const { rows } = await db.query<{ name: string | null }>(
      "select to_regclass('half_done')::text as name",
    );
    expect(rows[0]?.name).toBeNull();

    // Fixed, it then applies.
    await writeFile(join(dir, '20260102000000_broken.sql'), 'create table half_done (n int);');
    expect((await migrate(db, { dir })).applied).toEqual(['20260102000000_broken.sql']);
  });

  it('refuses to run when an applied migration has been edited', async () => {
    const file = join(dir, '20260101000000_init.sql');
    await writeFile(file, 'create table edited (n int);');
    await migrate(db, { dir });
    await writeFile(file, 'create table edited (n int, extra text);');
    await expect(migrate(db, { dir })).rejects.toThrow(
      /20260101000000_init\.sql has changed since it was applied/,
    );
  });

  it('ignores a change of line endings only', async () => {
    const file = join(dir, '20260101000000_init.sql');
    await writeFile(file, 'create table crlf (n int);\ncreate table crlf2 (n int);\n');
    await migrate(db, { dir });
    await writeFile(file, 'create table crlf (n int);\r\ncreate table crlf2 (n int);\r\n');
    await expect(migrate(db, { dir })).resolves.toEqual({ applied: [], unknown: [] });
  });

  it('reports migrations the database has but this code does not', async () => {
    await writeFile(join(dir, '20260101000000_a.sql'), 'select 1;');
    await writeFile(join(dir, '20260102000000_b.sql'), 'select 1;');
    await migrate(db, { dir });
    await rm(join(dir, '20260102000000_b.sql'));
    await expect(migrate(db, { dir })).resolves.toEqual({
      applied: [],
      unknown: ['20260102000000_b.sql'],
    });
  });

  it('rejects a misnamed migration file before running anything', async () => {
    await writeFile(join(dir, '20260101000000_ok.sql'), 'create table never (n int);');
    await writeFile(join(dir, '2026_bad name.sql'), 'select 1;');
    await expect(migrate(db, { dir })).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(db, { dir })).rejects.toThrow(/named like 20261124000000_short_name\.sql/);
    const { rows } = await db.query<{ name: string | null }>(
      "select to_regclass('never')::text as name",
    );
    expect(rows[0]?.name).toBeNull();
  });
});
