/**
 * The testable part of `scripts/coach-add.ts`: reading its arguments and adding the coach (with
 * an audit row). The script itself only does the terminal and the database connection.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Queryable } from '../db';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { audit } from '../services/audit';
import { createCoach } from '../services/coaches';
import type { Coach } from '../services/coaches';

export const USAGE =
  'Usage: npx tsx scripts/coach-add.ts --email coach@example.org --office "Office name"\n' +
  'The password is read from standard input, or asked for when run in a terminal.';

export class UsageError extends Error {}

const argsSchema = z.object({
  email: z.email({ error: '--email must be an email address' }).max(254),
  office: z
    .string({ error: '--office must name the office' })
    .trim()
    .min(1, '--office must name the office')
    .max(200),
});

export function parseCoachAddArgs(argv: string[]): { email: string; office: string } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, office: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(`${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`);
  }
  return { email: parsed.data.email.trim(), office: parsed.data.office };
}

export function checkPassword(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  return undefined;
}

export async function addCoach(
  db: Queryable,
  input: { email: string; office: string; password: string },
): Promise<Coach> {
  const problem = checkPassword(input.password);
  if (problem) throw new UsageError(problem);
  const coach = await createCoach(db, input);
  await audit(db, {
    actor: { kind: 'system' },
    action: 'coach.create',
    detail: { coachId: coach.id },
  });
  return coach;
}
