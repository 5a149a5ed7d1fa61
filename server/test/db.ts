/**
 * The database for server tests. By default an in-memory PGlite. When DATABASE_URL is set (CI),
 * a PostgreSQL schema of its own on that server, so test files running in parallel never see
 * each other's tables; close() drops the schema again.
 *
 *   const db = await createTestDatabase({ migrate: true });
 *   afterAll(() => db.close());
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Database, DatabaseKind } from '../db';
import { migrate } from '../db/migrate';
import { adaptPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { pgliteParsers } from '../db/type-parsers';

export const testDatabaseUrl = process.env.DATABASE_URL || undefined;
export const testDatabaseKind: DatabaseKind = testDatabaseUrl ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
  /**
   * Another handle on the same database, as a second server process would have: a second pool
   * in the same schema on PostgreSQL; on PGlite (one connection only) the same instance, whose
   * close() then does nothing.
   */
  openAnother(): Promise<Database>;
}

export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const db = testDatabaseUrl
    ? await createPostgresTestDatabase(testDatabaseUrl)
    : await createPgliteTestDatabase();
  if (options.migrate) await migrate(db);
  return db;
}

/** A freshly initialised PGlite, kept per worker: loading it is several times faster than initdb. */
let pgliteTemplate: Promise<Blob> | undefined;

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  pgliteTemplate ??= (async () => {
    const fresh = await PGlite.create({ parsers: pgliteParsers });
    const dump = await fresh.dumpDataDir('none');
    await fresh.close();
    return dump;
  })();
  const db = adaptPglite(
    await PGlite.create({ loadDataDir: await pgliteTemplate, parsers: pgliteParsers }),
  );
  return {
    ...db,
    openAnother: async () => ({ ...db, close: async () => undefined }),
  };
}

async function createPostgresTestDatabase(connectionString: string): Promise<TestDatabase> {
  const schema = `waymark_test_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres({ connectionString, max: 1 });
  await admin.exec(`create schema ${schema}`);
  const db = await openPostgres({ connectionString, schema, max: 4 });
  const others: Database[] = [];

  let closing: Promise<void> | undefined;
  return {
    ...db,
    openAnother: async () => {
      const other = await openPostgres({ connectionString, schema, max: 4 });
      others.push(other);
      return other;
    },
    close() {
      closing ??= (async () => {
        await Promise.all([db, ...others].map((d) => d.close()));
        try {
          await admin.exec(`drop schema if exists ${schema} cascade`);
        } finally {
          await admin.close();
        }
      })();
      return closing;
    },
  };
}
