/** The coach:add command's arguments and the account it creates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../test/db';
import { createTestDatabase, testDatabaseKind } from '../test/db';
import { verifyPassword } from '../auth/passwords';
import { CoachExistsError, checkSignIn } from '../services/coaches';
import { addCoach, parseCoachAddArgs, UsageError } from './coach-add';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: true });
});
afterAll(() => db.close());

describe('parseCoachAddArgs', () => {
  it('reads --email and --office', () => {
    expect(parseCoachAddArgs(['--email', 'a@b.org', '--office', ' Cardiff '])).toEqual({
      email: 'a@b.org',
      office: 'Cardiff',
    });
  });

  it('explains what is wrong, with the usage', () => {
    for (const argv of [
      [],
      ['--email', 'nope', '--office', 'X'],
      ['--email', 'a@b.org'],
      ['--bogus'],
    ]) {
      expect(() => parseCoachAddArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
    expect(() => parseCoachAddArgs([])).toThrow(/Usage: npx tsx scripts\/coach-add.ts/);
  });
});

describe(`addCoach (${testDatabaseKind})`, () => {
  it('creates the office and a coach with a scrypt hash who can sign in', async () => {
    const coach = await addCoach(db, {
      email: 'Coach@Example.org',
      office: 'Cardiff',
      password: 'a long enough password',
    });
    expect(coach.email).toBe('coach@example.org');
    const row = await db.query<{ password_hash: string }>(
      'select password_hash from coaches where id = $1',
      [coach.id],
    );
    expect(await verifyPassword('a long enough password', row.rows[0]!.password_hash)).toBe(true);
    expect(await checkSignIn(db, 'COACH@example.org ', 'a long enough password')).toEqual(coach);
    const audit = await db.query(`select 1 from audit_log where action = 'coach.create'`);
    expect(audit.rowCount).toBe(1);
  });

  it('refuses a short password and a second account for the same email', async () => {
    await expect(
      addCoach(db, { email: 'x@example.org', office: 'Cardiff', password: 'short' }),
    ).rejects.toThrow(UsageError);
    await expect(
      addCoach(db, { email: 'coach@example.org', office: 'Cardiff', password: 'another long one' }),
    ).rejects.toThrow(CoachExistsError);
  });
});
