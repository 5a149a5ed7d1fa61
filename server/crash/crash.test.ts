/**
 * Crash safety (issue 7, suite 2): the real server, as `npm start` runs it, is killed with
 * SIGKILL while several paired phones sync at once. After a restart on the same database,
 * every mutation the server acknowledged before it died is there. Runs on PGlite (a data
 * folder on disk) and, when DATABASE_URL is set (CI's second pass), on PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { startServer, type RunningServer } from '../../tests/e2e/support/server';

const DEVICES = 6;
const PER_REQUEST = 20;
const databaseUrl = process.env.DATABASE_URL || '';
const kind = databaseUrl ? 'PostgreSQL' : 'PGlite';

const work = mkdtempSync(join(tmpdir(), 'waymark-crash-'));
const dataDir = join(work, 'db');
const env = { DATABASE_URL: databaseUrl };
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

function killHard(running: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    running.process.once('exit', () => resolve());
    try {
      if (running.process.pid) process.kill(-running.process.pid, 'SIGKILL');
    } catch {
      running.process.kill('SIGKILL');
    }
  });
}

interface Answer {
  claimant: { id: string };
  pairing: { code: string };
  deviceId: string;
  deviceToken: string;
  records: { record: { id: string; text?: string } }[];
}

/** Waits until the process named in the PGlite data folder's lock has died (SIGKILL is quick). */
async function untilLockReleased(): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    let pid = 0;
    try {
      pid = Number(readFileSync(join(dataDir, 'waymark.lock'), 'utf8').trim());
    } catch {
      return; // no lock (PostgreSQL, or already released)
    }
    let state = '';
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch {
      return; // the process is gone
    }
    if (state === 'Z') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function json(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer };
}

describe(`a server killed mid-sync loses no acknowledged change (${kind})`, () => {
  it('keeps every acknowledged mutation after SIGKILL and a restart', async () => {
    const email = `crash-${randomUUID().slice(0, 8)}@example.org`;
    const password = 'a long crash test password';
    execFileSync('npx', ['tsx', 'scripts/coach-add.ts', '--email', email, '--office', 'Crash'], {
      input: `${password}\n`,
      env: { ...process.env, DATA_DIR: dataDir, ...env },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    server = await startServer({ staticDir: join(work, 'no-app'), dataDir, env });
    const base = server.baseURL;
    const login = await fetch(`${base}/api/coach/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const coachHeaders = { cookie, origin: base, 'content-type': 'application/json' };

    const phones: { claimantId: string; deviceId: string; token: string }[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const created = await json(base, '/api/coach/claimants', {
        method: 'POST',
        headers: coachHeaders,
        body: JSON.stringify({ label: `Crash ${i}` }),
      });
      const paired = await json(base, '/api/pair', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: created.body.pairing.code }),
      });
      expect(paired.status).toBe(201);
      phones.push({
        claimantId: created.body.claimant.id,
        deviceId: paired.body.deviceId,
        token: paired.body.deviceToken,
      });
    }

    // Each phone syncs batches of new actions as fast as it can; what the server acknowledged
    // is remembered with the text it carried.
    const acked = new Map<string, { claimantId: string; recordId: string; text: string }>();
    let running = true;
    let counter = 0;
    const loops = phones.map(async (phone) => {
      while (running) {
        const batch = Array.from({ length: PER_REQUEST }, () => {
          counter += 1;
          return {
            mutationId: randomUUID(),
            recordKind: 'action',
            recordId: randomUUID(),
            fields: { text: `Action ${counter}` },
            hlc: formatHlc({ wall: Date.now(), counter: counter % 1000, node: phone.deviceId }),
          };
        });
        try {
          const response = await fetch(`${base}/api/sync`, {
            method: 'POST',
            headers: { authorization: `Bearer ${phone.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ deviceId: phone.deviceId, since: '', mutations: batch }),
          });
          if (response.status !== 200) continue;
          const answer = (await response.json()) as { acked: string[] };
          for (const id of answer.acked) {
            const m = batch.find((b) => b.mutationId === id);
            if (m)
              acked.set(id, {
                claimantId: phone.claimantId,
                recordId: m.recordId,
                text: m.fields.text,
              });
          }
        } catch {
          return; // the server is gone
        }
      }
    });

    // Let them run, then pull the plug while requests are in flight.
    while (acked.size < 600) await new Promise((resolve) => setTimeout(resolve, 50));
    await killHard(server);
    running = false;
    await Promise.all(loops);
    expect(acked.size).toBeGreaterThanOrEqual(600);

    // Restart on the same database (once the killed process is gone) and look for every
    // acknowledged change.
    await untilLockReleased();
    server = await startServer({ staticDir: join(work, 'no-app'), dataDir, env });
    const again = server.baseURL;
    const relogin = await fetch(`${again}/api/coach/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: again },
      body: JSON.stringify({ email, password }),
    });
    const cookie2 = (relogin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const missing: string[] = [];
    for (const phone of phones) {
      const records = await json(again, `/api/coach/claimants/${phone.claimantId}/records`, {
        headers: { cookie: cookie2, origin: again },
      });
      expect(records.status).toBe(200);
      const texts = new Map<string, string>(
        records.body.records.map((r) => [r.record.id, r.record.text ?? '']),
      );
      for (const [mutationId, m] of acked) {
        if (m.claimantId !== phone.claimantId) continue;
        if (texts.get(m.recordId) !== m.text) missing.push(mutationId);
      }
    }
    expect(missing, `${missing.length} of ${acked.size} acknowledged mutations were lost`).toEqual(
      [],
    );
    console.log(`crash (${kind}): ${acked.size} acknowledged mutations all kept after SIGKILL`);
  }, 240_000);
});
