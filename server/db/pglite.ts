/**
 * The embedded adapter: PostgreSQL compiled to WebAssembly (PGlite), in one process. With a
 * data folder it persists there (the folder is created, and locked to this process); with none
 * it lives in memory, which is what the tests use.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { pgliteParsers } from './type-parsers';
import type { Database, Queryable, QueryResult } from './types';

export interface PgliteOptions {
  /** Where the database lives on disk; omit for an in-memory database. */
  dataDir?: string;
}

type Runner = Pick<PGlite, 'query' | 'exec'> | Transaction;

function queryable(runner: Runner): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
      const result = await runner.query<T>(sql, params ? [...params] : undefined);
      const affected = result.affectedRows ?? 0;
      return { rows: result.rows, rowCount: affected > 0 ? affected : result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await runner.exec(sql);
    },
  };
}

/** Wraps a ready PGlite instance; `onClose` runs after it closes (openPglite frees the lock). */
export function adaptPglite(pglite: PGlite, onClose: () => void = () => {}): Database {
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    ...queryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    close() {
      closing ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          onClose();
        }
      })();
      return closing;
    },
  };
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  let releaseLock = (): void => {};
  let dataDir: string | undefined;
  if (options.dataDir !== undefined) {
    dataDir = resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    releaseLock = lockDataDir(dataDir);
  }

  try {
    const pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers: pgliteParsers });
    return adaptPglite(pglite, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}
