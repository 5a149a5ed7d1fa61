/**
 * The one database interface the rest of the server sees. Two adapters implement it (PGlite
 * embedded, PostgreSQL through `pg`); both speak the same PostgreSQL SQL with `$1` parameters
 * and return the same JavaScript types for the same columns (see type-parsers.ts).
 */

export type DatabaseKind = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted by the statement, or rows returned by a SELECT. */
  rowCount: number;
}

/** Something that runs SQL: the database itself, or a transaction in progress. */
export interface Queryable {
  /** One statement, with `$1`-style parameters. */
  query<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<T>>;
  /** A script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (the
   * error is re-thrown). Use only `tx` inside `fn`: on PGlite, which has a single connection,
   * a query on the database itself would wait for the transaction and never run.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes connections (and the data folder). Safe to call more than once. */
  close(): Promise<void>;
}
