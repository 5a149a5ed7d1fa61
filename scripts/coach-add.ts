/**
 * Adds a work coach account (and their office, if new) to the database the server uses
 * (DATABASE_URL, or PGlite in DATA_DIR; stop a PGlite server first):
 *
 *   npx tsx scripts/coach-add.ts --email coach@example.org --office "Cardiff Central"
 *
 * The password is read from standard input (`echo "$PW" | npx tsx scripts/coach-add.ts ...`), or
 * asked for twice without echo when run in a terminal. Exit code 1 with a message on any problem.
 */
import { ConfigError, loadConfig } from '../server/config';
import { createDatabase } from '../server/db';
import type { Database } from '../server/db';
import { DataDirInUseError } from '../server/db/data-dir-lock';
import { migrate, MigrationError } from '../server/db/migrate';
import { addCoach, parseCoachAddArgs, UsageError } from '../server/cli/coach-add';
import { CoachExistsError } from '../server/services/coaches';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Reads one line from the terminal without showing what is typed. */
function ask(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let answer = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new UsageError('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const first = await ask('Password for the new coach (at least 12 characters): ');
  const second = await ask('The same password again: ');
  if (first !== second) throw new UsageError('The two passwords are not the same.');
  return first;
}

async function main(): Promise<void> {
  let db: Database | undefined;
  try {
    const args = parseCoachAddArgs(process.argv.slice(2).filter((a) => a !== '--'));
    const password = await readPassword();
    const config = loadConfig();
    db = await createDatabase(config);
    await migrate(db);
    const coach = await db.transaction((tx) => addCoach(tx, { ...args, password }));
    console.log(`Added coach ${coach.email} (office "${args.office}"). They can sign in now.`);
  } catch (error) {
    const known = [
      UsageError,
      CoachExistsError,
      ConfigError,
      DataDirInUseError,
      MigrationError,
    ].some((kind) => error instanceof kind);
    console.error(known ? (error as Error).message : `Could not add the coach: ${String(error)}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}

await main();
