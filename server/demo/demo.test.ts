/**
 * `npm run demo` (scripts/demo.ts): its settings (its own data folder; a PostgreSQL database only
 * when asked in so many words), and the real script end to end: it starts, prints a sign-in that
 * works and a pairing code that pairs, stops on SIGINT, and on a second run adds nothing but
 * prints a fresh code.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadResponseSchema } from '../../src/domain/caseload';
import { demoAnnouncement, demoEnvironment, DemoUsageError, SEED_DATABASE_FLAG } from './cli';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('the demo settings', () => {
  it('uses ./data-demo unless DATA_DIR says otherwise', () => {
    expect(demoEnvironment([], { PORT: '9000' })).toEqual({
      PORT: '9000',
      DATA_DIR: './data-demo',
    });
    expect(demoEnvironment(['--'], { DATA_DIR: ' ' }).DATA_DIR).toBe('./data-demo');
    expect(demoEnvironment([], { DATA_DIR: '/tmp/x' }).DATA_DIR).toBe('/tmp/x');
  });

  it('refuses DATABASE_URL without the flag, and unknown options', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db.example.org:5432/live' };
    expect(() => demoEnvironment([], env)).toThrow(DemoUsageError);
    expect(() => demoEnvironment([], env)).toThrow(SEED_DATABASE_FLAG);
    expect(demoEnvironment(['--', SEED_DATABASE_FLAG], env).DATABASE_URL).toBe(env.DATABASE_URL);
    expect(() => demoEnvironment(['--yes'], {})).toThrow('Unknown option --yes.');
  });

  it('announces the console, the sign-in and the pairing link', () => {
    const lines = demoAnnouncement(
      'http://localhost:8080',
      {
        coach: { id: 'c', email: 'demo.coach@example.org', officeId: 'o' },
        added: [],
        newClaimant: { id: 'n', label: 'L.B.' },
      },
      { code: 'ABCD-EFGH', link: '/pair?code=ABCD-EFGH', expiresAt: new Date(0) },
    ).join('\n');
    expect(lines).toContain('http://localhost:8080/coach');
    expect(lines).toContain('demo.coach@example.org');
    expect(lines).toContain('waymark-demo-coach');
    expect(lines).toContain('ABCD-EFGH');
    expect(lines).toContain('http://localhost:8080/pair?code=ABCD-EFGH');
    expect(lines).toContain('nothing was added');
  });
});

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function demo(env: Record<string, string>, args: string[] = []): Run {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(run: Run, pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
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
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'waymark-demo-'));
});
afterAll(() => rm(parent, { recursive: true, force: true }));

describe('scripts/demo.ts', () => {
  it('refuses to seed a database named by DATABASE_URL without the flag', async () => {
    const run = demo({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/live' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('Waymark could not start. DATABASE_URL is set');
    expect(run.stdout()).toBe('');
  }, 30_000);

  it('starts seeded, with a sign-in and a pairing code that work, and seeds once', async () => {
    const dataDir = join(parent, 'data-demo');
    const first = demo({ DATA_DIR: dataDir });
    let code: string;
    try {
      const [, url] = await waitFor(first, /Waymark is running at (http:\/\/[^ ]+) /);
      const [, link, printed] = await waitFor(first, /Link: +(\S+\/pair\?code=(\S+))\n/);
      code = printed!;
      expect(link).toBe(`${url}/pair?code=${code}`);
      expect(first.stdout()).toContain(`Open:      ${url}/coach`);
      expect(first.stdout()).toContain('(S.K., P.N., D.O., G.H., A.R., J.E., M.T., L.B.)');
      const email = first.stdout().match(/Email: +(\S+)/)![1]!;
      const password = first.stdout().match(/Password: +(\S+)/)![1]!;

      const login = await fetch(`${url}/api/coach/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const caseload = await fetch(`${url}/api/coach/claimants`, { headers: { cookie } });
      const claimants = caseloadResponseSchema.parse(await caseload.json()).claimants;
      expect(claimants.map((c) => c.label)).toEqual([
        'S.K.',
        'P.N.',
        'D.O.',
        'G.H.',
        'A.R.',
        'J.E.',
        'M.T.',
        'L.B.',
      ]);

      const paired = await fetch(`${url}/api/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      expect(paired.status).toBe(201);

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }

    const second = demo({ DATA_DIR: dataDir });
    try {
      const [, again] = await waitFor(second, /Code: +(\S+) /);
      expect(again).not.toBe(code);
      expect(second.stdout()).toContain('was already there; nothing was added');
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    } finally {
      if (second.child.exitCode === null) second.child.kill('SIGKILL');
    }
  }, 120_000);
});
