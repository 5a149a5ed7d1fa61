/**
 * The PostgreSQL adapter: a `pg` connection pool, used when DATABASE_URL is set. Several Node
 * processes can share one PostgreSQL server this way. `schema` pins every connection's
 * search_path (the tests give each test file its own schema).
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import { postgresTypes } from './type-parsers';
import type { Database, Queryable, QueryResult } from './types';

export interface PostgresOptions {
  connectionString: string;
  /** Run every statement in this schema (must already exist). */
  schema?: string;
  /** Most connections held open; defaults to 10. */
  max?: number;
  /** Called when an idle connection fails (the pool replaces it); defaults to a line on stderr. */
  onIdleError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function queryable(runner: pg.Pool | PoolClient): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
      const result = await runner.query(sql, params ? [...params] : undefined);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await runner.query(sql);
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    try {
      const result = await fn(queryable(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`"${options.schema}" is not a plain lower-case schema name.`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    types: postgresTypes,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on(
    'error',
    options.onIdleError ??
      ((error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`)),
  );

  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: (fn) => inTransaction(pool, fn),
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}
