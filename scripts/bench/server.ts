/** Starts the benchmark server (server-entry.ts) on a free port and stops it again. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { benchDir, processMemory, spawnTsx, stopChild, waitForLine } from './processes';
import type { PairedDevice } from './fixtures';
import type { QueryProfile } from './query-profile';

export type BenchDatabase = { kind: 'pglite' } | { kind: 'postgres'; url: string; schema: string };

export interface BenchServer {
  baseURL: string;
  pid: number;
  child: ChildProcess;
  devices: PairedDevice[];
  memory(): { rss: number; peak: number };
  /** Stops the server; resolves with its query profile when one was asked for. */
  stop(): Promise<QueryProfile | undefined>;
}

export async function startBenchServer(options: {
  database: BenchDatabase;
  staticDir?: string;
  seedDevices?: number;
  /** Time every SQL statement; the totals are read back by stop(). */
  profileQueries?: boolean;
}): Promise<BenchServer> {
  const work = mkdtempSync(join(tmpdir(), 'waymark-bench-server-'));
  const seedOut = join(work, 'devices.json');
  const profileOut = join(work, 'queries.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_DB: options.database.kind,
    DATA_DIR: join(work, 'db'),
    DATABASE_URL: options.database.kind === 'postgres' ? options.database.url : '',
    BENCH_SCHEMA: options.database.kind === 'postgres' ? options.database.schema : '',
    STATIC_DIR: options.staticDir ?? '',
    SEED_DEVICES: String(options.seedDevices ?? 0),
    SEED_OUT: seedOut,
    QUERY_PROFILE: options.profileQueries ? profileOut : '',
  };
  if (!options.profileQueries) delete env.QUERY_PROFILE;
  if (!options.staticDir) delete env.STATIC_DIR;
  const child = spawnTsx(join(benchDir, 'server-entry.ts'), [], { env });
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  let port: string;
  try {
    port = await waitForLine(child, 'BENCH_READY', 600_000);
  } catch (error) {
    await stopChild(child);
    cleanUp();
    throw error;
  }
  const devices = options.seedDevices
    ? (JSON.parse(readFileSync(seedOut, 'utf8')) as PairedDevice[])
    : [];
  return {
    baseURL: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    child,
    devices,
    memory: () => processMemory(child.pid ?? 0),
    stop: async () => {
      await stopChild(child, 15_000);
      const profile =
        options.profileQueries && existsSync(profileOut)
          ? (JSON.parse(readFileSync(profileOut, 'utf8')) as QueryProfile)
          : undefined;
      cleanUp();
      return profile;
    },
  };
}
