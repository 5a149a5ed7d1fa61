/**
 * Starts the real server once for the browser tests: the built app (dist/, built first if
 * missing; or the folder named by WAYMARK_DIST, so several builds can be tested side by side) copied to a temporary folder (so a test can "deploy" a new version), a fresh
 * embedded PGlite data folder, and a free port. Tests read the address with inject('baseURL').
 */
import type { TestProject } from 'vitest/node';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, type RunningServer } from './support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    staticDir: string;
    coach: { email: string; password: string };
  }
}

/** A work coach account for the tests, made with the same command a newcomer would use. */
const COACH = { email: 'coach@e2e.test', password: 'a long e2e password 42', office: 'E2E office' };

let server: RunningServer | undefined;
let workDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = process.env.WAYMARK_DIST || 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], {
      stdio: 'inherit',
    });
  }
  workDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  const staticDir = join(workDir, 'app');
  cpSync(dist, staticDir, { recursive: true });
  const dataDir = join(workDir, 'db');
  execFileSync(
    'npx',
    ['tsx', 'scripts/coach-add.ts', '--email', COACH.email, '--office', COACH.office],
    {
      input: `${COACH.password}\n`,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  server = await startServer({ staticDir, dataDir });
  project.provide('baseURL', server.baseURL);
  project.provide('staticDir', staticDir);
  project.provide('coach', { email: COACH.email, password: COACH.password });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
