/**
 * Brings the schema up to date: runs server/db/migrations/*.sql in file-name order, each in its
 * own transaction, and records it in schema_migrations with a checksum. A transaction-scoped
 * advisory lock makes it safe for several servers to start at once on one PostgreSQL (PGlite
 * has the same function). Migrations run inside a transaction, so they cannot use statements
 * such as CREATE INDEX CONCURRENTLY. Never edit a migration that has run: add a new one.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './types';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** `20261124000000_init.sql`: a UTC timestamp (YYYYMMDDHHMMSS), an underscore, a short name. */
const FILE_NAME = /^\d{14}_[a-z0-9_]+\.sql$/;

export interface Migration {
  /** The file name, which is also the id recorded in schema_migrations. */
  id: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  /** Migrations run now, in order. */
  applied: string[];
  /** Recorded as applied but with no file here: the database is newer than this code. */
  unknown: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const BOOKKEEPING = `
  create table if not exists schema_migrations (
    id text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`;

/** One lock per schema, so test files in separate schemas do not wait for each other. */
const LOCK = `select pg_advisory_xact_lock(hashtext('waymark.migrate.' || coalesce(current_schema(), '')))`;

function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const misnamed = names.filter((name) => !FILE_NAME.test(name));
  if (misnamed.length > 0) {
    throw new MigrationError(
      `Migration files must be named like 20261124000000_short_name.sql: ${misnamed.join(', ')}`,
    );
  }
  return Promise.all(
    names.map(async (id) => {
      const sql = await readFile(join(dir, id), 'utf8');
      return { id, sql, checksum: checksum(sql) };
    }),
  );
}

async function appliedChecksums(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; checksum: string }>(
    'select id, checksum from schema_migrations',
  );
  return new Map(rows.map((row) => [row.id, row.checksum]));
}

function assertUnchanged(migration: Migration, recorded: string | undefined): void {
  if (recorded !== undefined && recorded !== migration.checksum) {
    throw new MigrationError(
      `Migration ${migration.id} has changed since it was applied to this database. ` +
        'Put the change in a new migration instead of editing one that has already run.',
    );
  }
}

/** Runs every migration not yet applied; safe to call again (it then does nothing). */
export async function migrate(
  db: Database,
  options: { dir?: string } = {},
): Promise<MigrateResult> {
  const migrations = await readMigrations(options.dir);

  await db.transaction(async (tx) => {
    await tx.query(LOCK);
    await tx.exec(BOOKKEEPING);
  });

  const before = await appliedChecksums(db);
  const applied: string[] = [];
  for (const migration of migrations) {
    assertUnchanged(migration, before.get(migration.id));
    if (before.has(migration.id)) continue;

    const ran = await db.transaction(async (tx) => {
      await tx.query(LOCK);
      const { rows } = await tx.query<{ checksum: string }>(
        'select checksum from schema_migrations where id = $1',
        [migration.id],
      );
      // Another server may have applied it while this one waited for the lock.
      if (rows[0]) {
        assertUnchanged(migration, rows[0].checksum);
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.id} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      await tx.query('insert into schema_migrations (id, checksum) values ($1, $2)', [
        migration.id,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }

  const known = new Set(migrations.map((m) => m.id));
  return { applied, unknown: [...before.keys()].filter((id) => !known.has(id)).sort() };
}
