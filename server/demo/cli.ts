/**
 * The testable part of scripts/demo.ts: its settings (the server's, but with its own data folder,
 * and a refusal to seed a PostgreSQL database unless asked in so many words) and what it prints
 * once the server is ready.
 */
import type { PairingCode } from '../services/pairing';
import type { DemoOffice } from './seed';
import { DEMO_COACH_EMAIL, DEMO_COACH_PASSWORD, DEMO_OFFICE } from './seed';

/** The demo's PGlite data folder unless DATA_DIR says otherwise: never the real ./data. */
export const DEMO_DATA_DIR = './data-demo';
export const SEED_DATABASE_FLAG = '--yes-seed-this-database';

export const DEMO_USAGE =
  `Usage: npm run demo (or npx tsx scripts/demo.ts) [-- ${SEED_DATABASE_FLAG}]\n` +
  `Starts Waymark with made-up demo data in ${DEMO_DATA_DIR} (DATA_DIR to change it).`;

export class DemoUsageError extends Error {}

type Env = Record<string, string | undefined>;

/** The environment for loadConfig, or a DemoUsageError saying why the demo will not run. */
export function demoEnvironment(argv: readonly string[], env: Env): Env {
  const args = argv.filter((a) => a !== '--');
  const unknown = args.filter((a) => a !== SEED_DATABASE_FLAG);
  if (unknown.length > 0) {
    throw new DemoUsageError(`Unknown option ${unknown.join(' ')}.\n${DEMO_USAGE}`);
  }
  if (env.DATABASE_URL?.trim() && !args.includes(SEED_DATABASE_FLAG)) {
    throw new DemoUsageError(
      'DATABASE_URL is set, so the demo would add made-up coaches and claimants to that ' +
        'PostgreSQL database. If it is a database just for the demo, run the demo again with ' +
        `${SEED_DATABASE_FLAG}. To use the demo's own embedded database instead, unset DATABASE_URL.`,
    );
  }
  return { ...env, DATA_DIR: env.DATA_DIR?.trim() ? env.DATA_DIR : DEMO_DATA_DIR };
}

/** What the demo prints under the "running" line. */
export function demoAnnouncement(url: string, office: DemoOffice, pairing: PairingCode): string[] {
  const seeded =
    office.added.length > 0
      ? `Added the demo office "${DEMO_OFFICE}" (${office.added.join(', ')}).`
      : `The demo office "${DEMO_OFFICE}" was already there; nothing was added.`;
  return [
    '',
    seeded,
    '',
    'Coach console',
    `  Open:      ${url}/coach`,
    `  Email:     ${DEMO_COACH_EMAIL}`,
    `  Password:  ${DEMO_COACH_PASSWORD}`,
    '',
    `Pair a phone as the new claimant ${office.newClaimant.label}`,
    `  Code:      ${pairing.code} (single use, until ${pairing.expiresAt.toUTCString()})`,
    `  Link:      ${url}${pairing.link}`,
    '',
    'Everyone in the demo is made up. Do not use this database for real claimants.',
    '',
  ];
}
