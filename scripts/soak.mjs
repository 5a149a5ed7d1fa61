#!/usr/bin/env node
// `npm run soak`: the whole-system sync convergence property test
// (server/routes/sync-whole-system.test.ts) with far more schedules than CI runs: 10,000 by
// default, or WAYMARK_PROPERTY_RUNS. Ends with one line, `soak: N schedules, N divergent`, and
// exits non-zero on any divergence (fast-check prints the seed and path to replay it with
// WAYMARK_PROPERTY_SEED and WAYMARK_PROPERTY_PATH). Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = process.env.WAYMARK_PROPERTY_RUNS || '10000';
const dir = mkdtempSync(join(tmpdir(), 'waymark-soak-'));
const report = join(dir, 'report.json');

const result = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'server', 'server/routes/sync-whole-system.test.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, WAYMARK_PROPERTY_RUNS: runs, WAYMARK_PROPERTY_REPORT: report },
  },
);

let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  summary = undefined;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!summary) {
  console.error('soak: the property test did not run to the end (see above)');
  process.exit(result.status || 1);
}
console.log(
  `soak: ${summary.schedules} schedules, ${summary.divergent} divergent (${summary.seconds} s)`,
);
process.exit(summary.divergent === 0 && result.status === 0 ? 0 : 1);
