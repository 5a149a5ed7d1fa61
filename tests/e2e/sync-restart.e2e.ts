// Nothing is lost when the server dies: a server of this test's own (its own data folder) is
// killed just after it applied a change and before the phone heard back; more changes are
// made while it is down; it restarts on the same data folder and port, and every change
// arrives once and the phone's outbox empties. And the service worker's Background Sync sends
// a change made offline after the tab was closed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { connectPhone, newPhoneContext, useBrowser } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { addClaimant, coachRecords, signInCoach } from './support/coach';
import enActionPlan from '../../locales/en/actionPlan.json';

const browser = useBrowser();
const COACH = { email: 'restart@e2e.test', password: 'a long restart password 7' };

/** This phone's changes not yet acknowledged, read straight from IndexedDB. */
function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function pair(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await connectPhone(page, link);
  return page;
}

async function addAction(page: Page, text: string): Promise<string> {
  const id = crypto.randomUUID();
  await page.goto(`/action-plan/action/${id}`);
  await page.getByRole('textbox', { name: enActionPlan.form.text }).fill(text);
  await page.getByRole('button', { name: enActionPlan.form.save }).click();
  await page.getByRole('heading', { level: 3, name: text, exact: true }).waitFor();
  return id;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the server's whole process group at once, as a crash or power cut would. */
async function killHard(server: RunningServer, dataDir: string): Promise<void> {
  // The node process that holds the data folder (its pid is in the lock file).
  const holder = Number(readFileSync(join(dataDir, 'waymark.lock'), 'utf8').trim());
  await new Promise<void>((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    process.kill(-(server.process.pid ?? 0), 'SIGKILL');
  });
  // Wait until it is really gone, so the restarted server can take the folder over.
  for (let i = 0; i < 100 && running(holder); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it(
  'loses no change when the server is killed mid-sync and restarted',
  { timeout: 120_000 },
  async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'waymark-restart-'));
    const dataDir = join(workDir, 'db');
    execFileSync('npx', ['tsx', 'scripts/coach-add.ts', '--email', COACH.email, '--office', 'R'], {
      input: `${COACH.password}\n`,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const staticDir = inject('staticDir');
    let server = await startServer({ staticDir, dataDir });
    const port = Number(new URL(server.baseURL).port);
    const context = await newPhoneContext(browser(), server.baseURL, { language: 'en' });
    try {
      const coach = await signInCoach(server.baseURL, COACH);
      const { claimantId, link } = await addClaimant(coach, 'E2E restart');
      const page = await pair(context, link);

      // The first change reaches the server and is saved there; the server dies before the
      // phone hears back, so the phone still holds it.
      let died: Promise<void> | undefined;
      await page.route('**/api/sync', async (route) => {
        const body = route.request().postDataJSON() as { mutations: unknown[] };
        if (died || body.mutations.length === 0) return route.continue();
        await route.fetch();
        died = killHard(server, dataDir);
        await died;
        await route.abort('connectionreset');
      });
      const first = await addAction(page, 'Ask about a bus pass');
      await expect.poll(() => died !== undefined, { timeout: 30_000 }).toBe(true);
      await died;

      // More changes while the server is down: they wait on the phone.
      const second = await addAction(page, 'Phone the debt advice line');
      await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: 'Ask about a bus pass' }) })
        .getByRole('button', { name: /^Mark as done/ })
        .click();
      await expect.poll(() => outboxCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

      // The server comes back on the same data folder and address; the phone sends again (the
      // route above now lets every request through).
      server = await startServer({ staticDir, dataDir, port });
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(() => outboxCount(page), { timeout: 60_000 }).toBe(0);
      const coachAgain = await signInCoach(server.baseURL, COACH);
      const records = await coachRecords(coachAgain, claimantId);
      expect(records.get(`action:${first}`)).toMatchObject({
        text: 'Ask about a bus pass',
        status: 'done',
      });
      expect(records.get(`action:${second}`)).toMatchObject({ text: 'Phone the debt advice line' });
      await page
        .getByRole('listitem')
        .filter({
          has: page.getByRole('heading', { level: 3, name: 'Phone the debt advice line' }),
        })
        .getByText(/^Sent to your work coach at \d/)
        .waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
      await server.stop();
      rmSync(workDir, { recursive: true, force: true });
    }
  },
);

it('sends a change made offline from the service worker after the tab is closed', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'E2E background sync');
  const context = await newPhoneContext(browser(), base, { language: 'en' });
  try {
    const page = await pair(context, link);
    await context.setOffline(true);
    const id = await addAction(page, 'Look at the bus timetable');
    // The page asked the service worker to send it when the connection is back.
    const tags = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
        sync: { getTags(): Promise<string[]> };
      };
      return registration.sync.getTags();
    });
    expect(tags).toContain('waymark-sync');
    expect((await coachRecords(coach, claimantId)).has(`action:${id}`)).toBe(false);

    // The tab closes; the connection comes back; the browser fires the sync event (here by
    // DevTools, as Chromium would when it sees the network return).
    const observer = await context.newPage();
    await page.close();
    await context.setOffline(false);
    const cdp = await context.newCDPSession(observer);
    const registrations = new Map<string, string>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => {
      for (const r of list as { registrationId: string; scopeURL: string }[]) {
        registrations.set(r.scopeURL, r.registrationId);
      }
    });
    await cdp.send('ServiceWorker.enable');
    const scope = `${new URL(base).origin}/`;
    await expect.poll(() => registrations.get(scope), { timeout: 10_000 }).toBeTruthy();
    const record = async () => (await coachRecords(coach, claimantId)).get(`action:${id}`);
    if (!(await record())) {
      await cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin: new URL(base).origin,
        registrationId: registrations.get(scope) ?? '',
        tag: 'waymark-sync',
        lastChance: false,
      });
    }
    await expect
      .poll(async () => (await record())?.text, { timeout: 30_000 })
      .toBe('Look at the bus timetable');
  } finally {
    await context.close();
  }
});
