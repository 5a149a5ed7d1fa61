/**
 * One load-generating process for part 5: runs a slice of the simulated devices, each syncing
 * in a loop (push its few new edits, pull since its cursor), then waiting a think time, for a
 * fixed duration. Prints `LOAD_RESULT <json>` with every latency and every failure.
 *   argv: <baseURL> <devices.json> <from> <to> <durationMs> <thinkMinMs> <thinkMaxMs>
 */
import { readFileSync } from 'node:fs';
import { formatHlc } from '../../src/domain/hlc';
import type { Mutation, SyncResponse } from '../../src/domain/sync';
import type { PairedDevice } from './fixtures';
import { keepAliveAgent, postJson } from './http-client';
import { random, sentence, uuid } from './dataset';

export interface WorkerResult {
  latencies: number[];
  statuses: Record<string, number>;
  errors: string[];
  bytesUp: number;
  bytesDown: number;
}

const [baseURL, devicesFile, fromArg, toArg, durationArg, thinkMinArg, thinkMaxArg] =
  process.argv.slice(2);
if (!baseURL || !devicesFile) throw new Error('usage: load-worker <baseURL> <devices.json> …');
const devices = (JSON.parse(readFileSync(devicesFile, 'utf8')) as PairedDevice[]).slice(
  Number(fromArg),
  Number(toArg),
);
const durationMs = Number(durationArg);
const thinkMin = Number(thinkMinArg);
const thinkMax = Number(thinkMaxArg);
const agent = keepAliveAgent(devices.length);
const result: WorkerResult = { latencies: [], statuses: {}, errors: [], bytesUp: 0, bytesDown: 0 };
const deadline = Date.now() + durationMs;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runDevice(device: PairedDevice, seed: number): Promise<void> {
  const rand = random(seed);
  const aboutMe = uuid(rand);
  const checkIn = uuid(rand);
  let cursor = '';
  let counter = 0;
  const think = () => thinkMin + rand() * (thinkMax - thinkMin);
  await sleep(rand() * Math.min(thinkMax, durationMs));
  while (Date.now() < deadline) {
    const mutations: Mutation[] = [];
    const hlc = () =>
      formatHlc({ wall: Date.now(), counter: counter++ % 1000, node: device.deviceId });
    if (rand() < 0.5) {
      mutations.push({
        mutationId: uuid(rand),
        recordKind: 'aboutMe',
        recordId: aboutMe,
        fields: { enjoy: sentence(rand, 100, 400), sharing: 'shared' },
        hlc: hlc(),
      } as Mutation);
    }
    if (rand() < 0.1) {
      mutations.push({
        mutationId: uuid(rand),
        recordKind: 'checkIn',
        recordId: checkIn,
        fields: {
          scores: { confidence: { kind: 'score', value: 1 + Math.floor(rand() * 10) } },
          takenAt: new Date().toISOString(),
          sharing: 'shared',
        },
        hlc: hlc(),
      } as Mutation);
    }
    try {
      const exchange = await postJson<SyncResponse>(
        agent,
        `${baseURL}/api/sync`,
        { deviceId: device.deviceId, since: cursor, mutations },
        { authorization: `Bearer ${device.deviceToken}` },
      );
      result.latencies.push(exchange.ms);
      result.bytesUp += exchange.bytesUp;
      result.bytesDown += exchange.bytesDown;
      result.statuses[exchange.status] = (result.statuses[exchange.status] ?? 0) + 1;
      if (exchange.status === 200) cursor = exchange.body.cursor;
      else if (result.errors.length < 20)
        result.errors.push(`${exchange.status} ${JSON.stringify(exchange.body)}`);
    } catch (error) {
      result.statuses.network = (result.statuses.network ?? 0) + 1;
      if (result.errors.length < 20) result.errors.push(String(error));
    }
    await sleep(Math.min(think(), Math.max(0, deadline - Date.now())));
  }
}

await Promise.all(devices.map((device, i) => runDevice(device, Number(fromArg) * 7919 + i + 1)));
agent.destroy();
console.log(`LOAD_RESULT ${JSON.stringify(result)}`);
