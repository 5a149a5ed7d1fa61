/**
 * `npm run demo`: Waymark as `npm start` runs it (server/start.ts), on its own data folder
 * (./data-demo unless DATA_DIR says otherwise), with a demo office seeded before it listens
 * (server/demo/seed.ts). It prints where to sign in to the coach console and a fresh pairing code
 * for a new claimant. With DATABASE_URL set it refuses, unless given --yes-seed-this-database,
 * so demo data never lands in a real database by accident.
 */
import { loadConfig } from '../server/config';
import { demoAnnouncement, demoEnvironment, DemoUsageError } from '../server/demo/cli';
import { demoPairingCode, seedDemoOffice } from '../server/demo/seed';
import { fail, startServer } from '../server/start';

let env: Record<string, string | undefined>;
try {
  env = demoEnvironment(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof DemoUsageError) fail(error.message);
  throw error;
}

await startServer({
  loadConfig: () => loadConfig(env),
  prepare: async (db) => {
    const office = await seedDemoOffice(db);
    const pairing = await demoPairingCode(db, office);
    return (url) => demoAnnouncement(url, office, pairing);
  },
});
