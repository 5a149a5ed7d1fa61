/**
 * Where the server's time goes, per SQL statement: wraps a Database so that every query (and
 * every whole transaction) is timed from the server's side, including waiting for a pooled
 * connection or PGlite's single one. Used by the load part to say which queries cost most.
 */
import type { Database, Queryable } from '../../server/db';

export interface StatementStats {
  sql: string;
  calls: number;
  totalMs: number;
  meanMs: number;
}

export interface QueryProfile {
  statements: StatementStats[];
  transactions: { calls: number; totalMs: number; meanMs: number };
}

const shorten = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 140);

export function profileDatabase(db: Database): { db: Database; report(): QueryProfile } {
  const stats = new Map<string, { calls: number; totalMs: number }>();
  const tx = { calls: 0, totalMs: 0 };
  const note = (sql: string, ms: number) => {
    const key = shorten(sql);
    const s = stats.get(key) ?? { calls: 0, totalMs: 0 };
    s.calls += 1;
    s.totalMs += ms;
    stats.set(key, s);
  };
  const wrap = (q: Queryable): Queryable => ({
    async query(sql, params) {
      const t0 = performance.now();
      try {
        return await q.query(sql, params);
      } finally {
        note(sql, performance.now() - t0);
      }
    },
    exec: (sql) => q.exec(sql),
  });
  const wrapped: Database = {
    kind: db.kind,
    ...wrap(db),
    async transaction(fn) {
      const t0 = performance.now();
      try {
        return await db.transaction((inner) => fn(wrap(inner)));
      } finally {
        tx.calls += 1;
        tx.totalMs += performance.now() - t0;
      }
    },
    close: () => db.close(),
  };
  return {
    db: wrapped,
    report: () => ({
      statements: [...stats]
        .map(([sql, s]) => ({
          sql,
          calls: s.calls,
          totalMs: Math.round(s.totalMs),
          meanMs: Math.round((s.totalMs / s.calls) * 100) / 100,
        }))
        .sort((a, b) => b.totalMs - a.totalMs),
      transactions: {
        calls: tx.calls,
        totalMs: Math.round(tx.totalMs),
        meanMs: Math.round((tx.totalMs / Math.max(1, tx.calls)) * 100) / 100,
      },
    }),
  };
}
