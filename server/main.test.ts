/**
 * The real entry point, as `npm run serve` starts it: bad settings exit 1 with a plain message;
 * a good start prints one friendly line, answers, refuses a second server on the same data
 * folder, and stops cleanly on SIGINT. Always on PGlite (the default, zero-install path).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from './db/data-dir-lock';
import { createStaticFixture } from './test/static-fixture';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(run: Run, pattern: RegExp, ms = 40_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = run.stdout().match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Never saw ${pattern}.\nstdout: ${run.stdout()}\nstderr: ${run.stderr()}`);
}

let parent: string;
let fixture: Awaited<ReturnType<typeof createStaticFixture>>;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'waymark-main-'));
  fixture = await createStaticFixture();
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
  await fixture.remove();
});

describe('server/main.ts', () => {
  it('exits 1 with a plain message when a setting is wrong', async () => {
    const run = start({ PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('PORT must be a whole number from 0 to 65535 (it is "eighty").');
    expect(run.stdout()).toBe('');
  });

  it('starts, answers, refuses a second server on its data folder, and stops on SIGINT', async () => {
    const dataDir = join(parent, 'data');
    const server = start({ PORT: '0', DATA_DIR: dataDir, STATIC_DIR: fixture.dir });
    try {
      const [line, port] = await waitFor(
        server,
        /Waymark is running at http:\/\/127\.0\.0\.1:(\d+) \(database: embedded PGlite in (.+)\)\n/,
      );
      expect(line).toContain(`embedded PGlite in ${dataDir}`);
      expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);

      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite' } });
      const page = await fetch(`http://127.0.0.1:${port}/settings`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');

      const second = start({ PORT: '0', DATA_DIR: dataDir, STATIC_DIR: fixture.dir });
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain('Waymark could not start.');
      expect(second.stderr()).toContain('is already in use by another Waymark server');

      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
      expect(server.stdout()).toContain('Waymark has stopped.');
      expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 90_000);

  it('exits 1 with a plain message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = start({ PORT: String(port), DATA_DIR: join(parent, 'busy') });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain(`Port ${port} is already in use.`);
      expect(existsSync(join(parent, 'busy', LOCK_FILE_NAME))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
