/**
 * Starts the real server once for the browser tests: the built app (dist/, built first if
 * missing) copied to a temporary folder (so a test can "deploy" a new version), a fresh
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
  }
}

let server: RunningServer | undefined;
let workDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  workDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  const staticDir = join(workDir, 'app');
  cpSync('dist', staticDir, { recursive: true });
  server = await startServer({ staticDir, dataDir: join(workDir, 'db') });
  project.provide('baseURL', server.baseURL);
  project.provide('staticDir', staticDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
