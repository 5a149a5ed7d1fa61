/**
 * Part 5, server load: the real server in its own process (server-entry.ts) with 1,000 paired
 * devices (one claimant each), and load-worker.ts processes playing those devices over loopback
 * with keep-alive for 60 s. Each device syncs, then thinks for 2–8 s (mean 5 s, so about 200
 * syncs a second in all): every claimant of a 1,000-claimant caseload editing at once, with the
 * app's change-debounced sync. Half the syncs carry an About Me edit, one in ten a check-in
 * score; every one pulls since its cursor. Run on PGlite, and on PostgreSQL when available.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openPostgres } from '../../server/db/postgres';
import {
  benchDir,
  machineCpuTicks,
  processCpuSeconds,
  spawnTsx,
  stopChild,
  waitForLine,
} from './processes';
import { startBenchServer } from './server';
import type { BenchDatabase } from './server';
import type { WorkerResult } from './load-worker';
import { percentile, round } from './stats';

export interface LoadResult {
  database: 'pglite' | 'postgres';
  devices: number;
  seconds: number;
  thinkMs: [number, number];
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
  sampleErrors: string[];
  serverRssMiB: number;
  serverPeakRssMiB: number;
  bytesPerSync: number;
  /** Both cores' busy share during the run (server, database, load generators together). */
  machineCpuBusyPct: number;
  /** The Node server process's CPU use, in % of one core. */
  serverCpuPct: number;
  /** Server-side time per sync transaction and the statements that took most of it. */
  meanTransactionMs: number;
  topStatements: { sql: string; calls: number; totalMs: number; meanMs: number }[];
}

export const DEFAULT_POSTGRES_URL = 'postgres://waymark:waymark@127.0.0.1:5432/waymark_ci';

/** A PostgreSQL to measure on: DATABASE_URL, else the local cluster CI uses, if it answers. */
export async function findPostgres(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
  try {
    const db = await openPostgres({ connectionString: url, max: 1, onIdleError: () => undefined });
    await db.close();
    return url;
  } catch {
    return undefined;
  }
}

async function runOnce(
  database: BenchDatabase,
  options: {
    devices: number;
    seconds: number;
    workers: number;
    think: [number, number];
    log: (l: string) => void;
  },
): Promise<LoadResult> {
  const { log } = options;
  log(`${database.kind}: pairing ${options.devices} devices…`);
  const server = await startBenchServer({
    database,
    seedDevices: options.devices,
    profileQueries: true,
  });
  const work = mkdtempSync(join(tmpdir(), 'waymark-bench-load-'));
  let stopped = false;
  try {
    const devicesFile = join(work, 'devices.json');
    writeFileSync(devicesFile, JSON.stringify(server.devices));
    const per = Math.ceil(options.devices / options.workers);
    log(`${database.kind}: ${options.devices} devices syncing for ${options.seconds} s…`);
    let peak = 0;
    let last = 0;
    const sampler = setInterval(() => {
      try {
        const m = server.memory();
        peak = Math.max(peak, m.rss);
        last = m.rss;
      } catch {
        // the server is stopping
      }
    }, 1_000);
    const cpu0 = machineCpuTicks();
    const server0 = processCpuSeconds(server.pid);
    const results = await Promise.all(
      Array.from({ length: options.workers }, async (_, w) => {
        const child = spawnTsx(join(benchDir, 'load-worker.ts'), [
          server.baseURL,
          devicesFile,
          String(w * per),
          String(Math.min(options.devices, (w + 1) * per)),
          String(options.seconds * 1000),
          String(options.think[0]),
          String(options.think[1]),
        ]);
        try {
          const line = await waitForLine(child, 'LOAD_RESULT', options.seconds * 1000 + 120_000);
          return JSON.parse(line) as WorkerResult;
        } finally {
          await stopChild(child);
        }
      }),
    );
    // Each worker stops issuing syncs at its deadline, so the window is the set duration.
    const elapsed = options.seconds;
    clearInterval(sampler);
    const cpu1 = machineCpuTicks();
    const serverCpu = processCpuSeconds(server.pid) - server0;
    const profile = await server.stop();
    stopped = true;
    const latencies = results.flatMap((r) => r.latencies);
    const statuses: Record<string, number> = {};
    for (const r of results)
      for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
    const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
    const errors = requests - (statuses['200'] ?? 0);
    const bytes = results.reduce((n, r) => n + r.bytesUp + r.bytesDown, 0);
    return {
      database: database.kind,
      devices: options.devices,
      seconds: round(elapsed, 1),
      thinkMs: options.think,
      requests,
      requestsPerSecond: round(requests / elapsed, 1),
      p50: round(percentile(latencies, 50), 1),
      p95: round(percentile(latencies, 95), 1),
      p99: round(percentile(latencies, 99), 1),
      max: round(Math.max(...latencies), 1),
      errors,
      statuses,
      sampleErrors: results.flatMap((r) => r.errors).slice(0, 5),
      serverRssMiB: round(last / 1024 / 1024, 0),
      serverPeakRssMiB: round(peak / 1024 / 1024, 0),
      bytesPerSync: Math.round(bytes / Math.max(1, requests)),
      machineCpuBusyPct: round(
        (100 * (cpu1.busy - cpu0.busy)) / Math.max(1, cpu1.total - cpu0.total),
        0,
      ),
      serverCpuPct: round((100 * serverCpu) / elapsed, 0),
      meanTransactionMs: profile?.transactions.meanMs ?? Number.NaN,
      topStatements: (profile?.statements ?? []).slice(0, 8),
    };
  } finally {
    if (!stopped) await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runLoad(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<LoadResult[]> {
  const settings = {
    devices: options.quick ? 200 : 1_000,
    seconds: options.quick ? 15 : 60,
    workers: 2,
    think: [2_000, 8_000] as [number, number],
    log: options.log,
  };
  const results = [await runOnce({ kind: 'pglite' }, settings)];
  const url = await findPostgres();
  if (!url) {
    throw new Error(
      `No PostgreSQL answered at ${process.env.DATABASE_URL ? 'DATABASE_URL' : DEFAULT_POSTGRES_URL}. Start one (pg_ctlcluster 15 main start) or set DATABASE_URL, or run with --only to leave the load part out.`,
    );
  }
  const schema = `waymark_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres({ connectionString: url, max: 1 });
  await admin.exec(`create schema ${schema}`);
  try {
    results.push(await runOnce({ kind: 'postgres', url, schema }, settings));
  } finally {
    await admin.exec(`drop schema if exists ${schema} cascade`);
    await admin.close();
  }
  return results;
}
