/**
 * Coach accounts and sessions: create a coach (and their office), check a sign-in, and issue,
 * find and end session tokens (stored as SHA-256 hashes, 12 hours).
 */
import type { Queryable } from '../db';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/passwords';
import { hashSecret, newToken } from '../auth/tokens';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface Coach {
  id: string;
  email: string;
  officeId: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class CoachExistsError extends Error {
  constructor(email: string) {
    super(`A coach with the email ${email} already exists.`);
  }
}

/** Creates the office if it does not exist yet, then the coach. */
export async function createCoach(
  db: Queryable,
  input: { email: string; password: string; office: string },
): Promise<Coach> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const existing = await db.query('select 1 from coaches where email = $1', [email]);
  if (existing.rowCount > 0) throw new CoachExistsError(email);
  const office = await db.query<{ id: string }>(
    `insert into offices (name) values ($1)
     on conflict (name) do update set name = excluded.name returning id`,
    [input.office.trim()],
  );
  const officeId = office.rows[0]!.id;
  const coach = await db.query<{ id: string }>(
    'insert into coaches (email, password_hash, office_id) values ($1, $2, $3) returning id',
    [email, passwordHash, officeId],
  );
  return { id: coach.rows[0]!.id, email, officeId };
}

/** The coach when the email and password match; undefined otherwise (same time either way). */
export async function checkSignIn(
  db: Queryable,
  email: string,
  password: string,
): Promise<Coach | undefined> {
  const found = await db.query<{
    id: string;
    email: string;
    office_id: string;
    password_hash: string;
  }>('select id, email, office_id, password_hash from coaches where email = $1', [
    normaliseEmail(email),
  ]);
  const row = found.rows[0];
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
  return row && ok ? { id: row.id, email: row.email, officeId: row.office_id } : undefined;
}

/** A new session; returns the token for the cookie (only its hash is kept). */
export async function createSession(
  db: Queryable,
  coachId: string,
  ttlMs = SESSION_TTL_MS,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.query('insert into sessions (token_hash, coach_id, expires_at) values ($1, $2, $3)', [
    hashSecret(token),
    coachId,
    expiresAt,
  ]);
  return { token, expiresAt };
}

/** The coach signed in with this session token, if it exists and has not expired. */
export async function findSession(db: Queryable, token: string): Promise<Coach | undefined> {
  const found = await db.query<{ id: string; email: string; office_id: string }>(
    `select c.id, c.email, c.office_id from sessions s join coaches c on c.id = s.coach_id
     where s.token_hash = $1 and s.expires_at > now()`,
    [hashSecret(token)],
  );
  const row = found.rows[0];
  return row ? { id: row.id, email: row.email, officeId: row.office_id } : undefined;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1 or expires_at < now()', [
    hashSecret(token),
  ]);
}
