/**
 * The server as `npm start` runs it (buildApp on a migrated database, listening), started by the
 * benchmarks in a child process of its own so its CPU time and memory are its own:
 *   BENCH_DB=pglite   DATA_DIR=<folder>                   embedded PGlite in a data folder
 *   BENCH_DB=postgres DATABASE_URL=<url> BENCH_SCHEMA=<s> PostgreSQL, in a schema of its own
 *   STATIC_DIR=<folder>       the built app to serve (optional)
 *   SEED_DEVICES=<n> SEED_OUT=<file>  pair n devices (one claimant each) before listening and
 *                                     write their ids and tokens to the file as JSON
 *   QUERY_PROFILE=<file>      time every SQL statement and write the totals there on SIGTERM
 * Prints `BENCH_READY <port>` once listening; SIGTERM closes the app and the database.
 */
import { writeFileSync } from 'node:fs';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import { openPostgres } from '../../server/db/postgres';
import { benchCoach, pairedClaimant } from './fixtures';
import { profileDatabase } from './query-profile';
import type { PairedDevice } from './fixtures';

async function openDatabase(): Promise<Database> {
  if (process.env.BENCH_DB === 'postgres') {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('BENCH_DB=postgres needs DATABASE_URL');
    return openPostgres({ connectionString, schema: process.env.BENCH_SCHEMA, max: 10 });
  }
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) throw new Error('BENCH_DB=pglite needs DATA_DIR');
  return openPglite({ dataDir });
}

async function main(): Promise<void> {
  const opened = await openDatabase();
  await migrate(opened);
  const profileFile = process.env.QUERY_PROFILE;
  const profiler = profileFile ? profileDatabase(opened) : undefined;
  const db = profiler?.db ?? opened;
  const seed = Number(process.env.SEED_DEVICES ?? 0);
  if (seed > 0) {
    const coach = await benchCoach(opened);
    const devices: PairedDevice[] = [];
    for (let i = 0; i < seed; i++) {
      devices.push(await pairedClaimant(opened, coach, `Bench ${i + 1}`));
    }
    writeFileSync(process.env.SEED_OUT ?? 'devices.json', JSON.stringify(devices));
  }
  const app = await buildApp({
    db,
    ...(process.env.STATIC_DIR ? { staticDir: process.env.STATIC_DIR } : {}),
    logger: { level: 'warn' },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await app.close();
      if (profiler && profileFile) writeFileSync(profileFile, JSON.stringify(profiler.report()));
    } finally {
      await db.close();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  console.log(`BENCH_READY ${port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
