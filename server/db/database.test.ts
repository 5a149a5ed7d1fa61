/**
 * The Database contract, on whichever database the tests run against (PGlite by default,
 * PostgreSQL when DATABASE_URL is set): queries, transactions, closing, and the same JavaScript
 * types for the same columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import type { TestDatabase } from '../test/db';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.exec(`
    create table notes (id int primary key, body text not null);
    create table kinds (a int8, b date, c timestamptz, d jsonb, e numeric, f boolean, g text[], h int8[], i date[]);
  `);
});

afterAll(() => db.close());

describe(`Database (${testDatabaseKind})`, () => {
  it('says which kind it is', () => {
    expect(db.kind).toBe(testDatabaseKind);
  });

  it('runs parameterised queries and counts affected rows', async () => {
    const inserted = await db.query('insert into notes (id, body) values ($1, $2), ($3, $4)', [
      1,
      'first',
      2,
      'second',
    ]);
    expect(inserted.rowCount).toBe(2);

    const selected = await db.query<{ id: number; body: string }>(
      'select id, body from notes where id = $1',
      [2],
    );
    expect(selected.rows).toEqual([{ id: 2, body: 'second' }]);
    expect(selected.rowCount).toBe(1);

    const updated = await db.query('update notes set body = body || $1 where id > 0', ['!']);
    expect(updated.rowCount).toBe(2);
    const none = await db.query('update notes set body = $1 where id = 99', ['x']);
    expect(none.rowCount).toBe(0);
  });

  it('commits a transaction that resolves', async () => {
    const result = await db.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values ($1, $2)', [3, 'third']);
      const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from notes');
      return rows[0]?.n;
    });
    expect(result).toBe(3);
    const { rows } = await db.query('select body from notes where id = 3');
    expect(rows).toEqual([{ body: 'third' }]);
  });

  it('rolls back a transaction that throws, and re-throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (id, body) values ($1, $2)', [4, 'fourth']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await db.query('select id from notes where id = 4');
    expect(rows).toEqual([]);
  });

  it('rolls back when a statement in the transaction fails', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes (id, body) values ($1, $2)', [5, 'fifth']);
        await tx.query('insert into notes (id, body) values ($1, $2)', [5, 'duplicate']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const { rows } = await db.query('select id from notes where id = 5');
    expect(rows).toEqual([]);
    // The database is still usable afterwards.
    await expect(db.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('runs a script of several statements with exec', async () => {
    await db.exec(`
      insert into notes (id, body) values (10, 'a');
      insert into notes (id, body) values (11, 'b');
    `);
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from notes where id >= 10',
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('returns the same JavaScript types on both adapters', async () => {
    await db.query('insert into kinds values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
      '9007199254740993',
      '2026-11-24',
      new Date('2026-11-24T10:30:00.000Z'),
      { answer: [1, 'two'] },
      '1.50',
      true,
      ['a', 'b,c'],
      ['1', '2'],
      ['2026-01-02'],
    ]);
    const { rows } = await db.query('select *, count(*) over () as total from kinds');
    expect(rows[0]).toEqual({
      a: '9007199254740993',
      b: '2026-11-24',
      c: new Date('2026-11-24T10:30:00.000Z'),
      d: { answer: [1, 'two'] },
      e: '1.50',
      f: true,
      g: ['a', 'b,c'],
      h: ['1', '2'],
      i: ['2026-01-02'],
      total: '1',
    });
  });

  it('reports PostgreSQL error codes', async () => {
    await expect(db.query('select * from no_such_table')).rejects.toMatchObject({
      code: '42P01',
    });
  });
});

describe('closing', () => {
  it('is safe twice, and later queries fail', async () => {
    const other = await createTestDatabase();
    await other.close();
    await expect(other.close()).resolves.toBeUndefined();
    await expect(other.query('select 1')).rejects.toThrow();
  });
});
