/**
 * Part 4, sync: one device pushes 1,000 and 10,000 queued mutations to a real server
 * (buildApp on PGlite, in this process, over loopback HTTP), a fresh device pulls everything,
 * and the cost of a steady-state sync (a few changes each way) is measured as the claimant's
 * history grows 1× → 10× → 100×: it must follow the changes since the cursor, not the total.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type http from 'node:http';
import { buildApp } from '../../server/app';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import type { Database } from '../../server/db';
import { batchSize } from '../../src/domain/sync';
import type { Mutation, SyncResponse } from '../../src/domain/sync';
import { benchCoach, pairDevice, pairedClaimant } from './fixtures';
import type { PairedDevice } from './fixtures';
import { keepAliveAgent, postJson } from './http-client';
import { mutationStream } from './dataset';
import { median, round } from './stats';

export interface TransferResult {
  mutations: number;
  changes: number;
  requests: number;
  ms: number;
  bytesUp: number;
  bytesDown: number;
}

export interface GrowthRow {
  history: number;
  /** A steady-state round trip: push 10 mutations, pull the 10 another device made. */
  roundTripMsMedian: number;
  roundTripBytes: number;
  /** A fresh device pulling the whole history. */
  fullPullMs: number;
  fullPullBytes: number;
}

export interface SyncResults {
  push: TransferResult[];
  pull: TransferResult[];
  growth: GrowthRow[];
  /** round-trip time at the largest history ÷ at the smallest (1 = flat). */
  growthRatio: number;
}

class Device {
  cursor = '';
  constructor(
    readonly baseURL: string,
    readonly agent: http.Agent,
    readonly paired: PairedDevice,
  ) {}

  async round(mutations: Mutation[]): Promise<{
    response: SyncResponse;
    ms: number;
    bytesUp: number;
    bytesDown: number;
  }> {
    const exchange = await postJson<SyncResponse>(
      this.agent,
      `${this.baseURL}/api/sync`,
      { deviceId: this.paired.deviceId, since: this.cursor, mutations },
      { authorization: `Bearer ${this.paired.deviceToken}` },
    );
    if (exchange.status !== 200) {
      throw new Error(
        `POST /api/sync answered ${exchange.status}: ${JSON.stringify(exchange.body)}`,
      );
    }
    if (exchange.body.rejected?.length) {
      throw new Error(`The server refused mutations: ${JSON.stringify(exchange.body.rejected[0])}`);
    }
    this.cursor = exchange.body.cursor;
    return { response: exchange.body, ...exchange };
  }

  /** Sends the whole outbox in batches (as the app's engine does), then pulls until done. */
  async syncAll(outbox: Mutation[]): Promise<TransferResult> {
    const result: TransferResult = {
      mutations: outbox.length,
      changes: 0,
      requests: 0,
      ms: 0,
      bytesUp: 0,
      bytesDown: 0,
    };
    let pending = outbox;
    const started = performance.now();
    for (;;) {
      const n = batchSize({ deviceId: this.paired.deviceId, since: this.cursor }, pending);
      const { response, bytesUp, bytesDown } = await this.round(pending.slice(0, n));
      pending = pending.slice(n);
      result.requests += 1;
      result.bytesUp += bytesUp;
      result.bytesDown += bytesDown;
      result.changes += response.changes.length;
      if (pending.length === 0 && !response.more) break;
    }
    result.ms = performance.now() - started;
    return result;
  }
}

async function withServer<T>(run: (baseURL: string, db: Database) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-sync-'));
  const db = await openPglite({ dataDir: join(dir, 'db') });
  try {
    await migrate(db);
    const app = await buildApp({
      db,
      logger: false,
      // The production limit is 120 syncs a minute per device; one device pushing 100,000
      // mutations in 500-mutation batches needs more than that.
      rateLimits: { sync: { max: 100_000, timeWindow: '1 minute' } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      return await run(`http://127.0.0.1:${port}`, db);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSync(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<SyncResults> {
  const { log } = options;
  const agent = keepAliveAgent(4);
  const sizes = options.quick ? [200, 1_000] : [1_000, 10_000];
  const histories = options.quick ? [200, 2_000, 20_000] : [1_000, 10_000, 100_000];
  const rounds = options.quick ? 5 : 15;
  try {
    return await withServer(async (baseURL, db) => {
      const coach = await benchCoach(db);
      const push: TransferResult[] = [];
      const pull: TransferResult[] = [];
      for (const size of sizes) {
        const first = await pairedClaimant(db, coach, `Push ${size}`);
        const device = new Device(baseURL, agent, first);
        const outbox = mutationStream(size, first.deviceId, Date.now() - 3_600_000, size);
        const pushed = await device.syncAll(outbox);
        push.push(pushed);
        log(
          `push ${size}: ${Math.round(pushed.ms)} ms, ${pushed.requests} requests, ${pushed.bytesUp} B up`,
        );
        const fresh = new Device(baseURL, agent, await pairDevice(db, coach, first.claimantId));
        const pulled = await fresh.syncAll([]);
        pulled.mutations = size;
        pull.push(pulled);
        log(
          `pull after ${size}: ${Math.round(pulled.ms)} ms, ${pulled.changes} records, ${pulled.bytesDown} B down`,
        );
      }

      const growth: GrowthRow[] = [];
      const claimant = await pairedClaimant(db, coach, 'Growth');
      const writer = new Device(baseURL, agent, claimant);
      const reader = new Device(baseURL, agent, await pairDevice(db, coach, claimant.claimantId));
      let made = 0;
      let seed = 1_000_000;
      const start = Date.now() - 3_600_000;
      for (const history of histories) {
        // Grow this claimant's history to `history` mutations, through the API as a phone
        // would have sent them.
        const more = history - made;
        await writer.syncAll(mutationStream(more, claimant.deviceId, start + made, seed++));
        made = history;
        await reader.syncAll([]);
        const times: number[] = [];
        let bytes = 0;
        for (let r = 0; r < rounds; r++) {
          const mine = mutationStream(10, claimant.deviceId, start + made + r * 20, seed++);
          await writer.syncAll(mine);
          const theirs = mutationStream(
            10,
            reader.paired.deviceId,
            start + made + r * 20 + 10,
            seed++,
          );
          const t0 = performance.now();
          const round = await reader.round(theirs);
          times.push(performance.now() - t0);
          bytes = round.bytesUp + round.bytesDown;
        }
        made += rounds * 20;
        const fresh = new Device(baseURL, agent, await pairDevice(db, coach, claimant.claimantId));
        const full = await fresh.syncAll([]);
        growth.push({
          history,
          roundTripMsMedian: round(median(times), 2),
          roundTripBytes: bytes,
          fullPullMs: round(full.ms, 0),
          fullPullBytes: full.bytesDown,
        });
        log(
          `history ${history}: steady round trip ${median(times).toFixed(1)} ms (${bytes} B); full pull ${Math.round(full.ms)} ms`,
        );
      }
      const first = growth[0]?.roundTripMsMedian ?? Number.NaN;
      const last = growth[growth.length - 1]?.roundTripMsMedian ?? Number.NaN;
      return { push, pull, growth, growthRatio: round(last / first, 2) };
    });
  } finally {
    agent.destroy();
  }
}
