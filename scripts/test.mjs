#!/usr/bin/env node
// `npm test`: every check, in order, and one closing line `N passed, N failed` for CI.
//   type-check → lint → format → unit + server tests → build → first-screen size → browser tests
// Each gate (type-check, lint, format, build, size) counts as one check; Vitest's tests count
// one each, read from its JSON reporter. Anything that cannot run fails loudly; nothing is skipped.
// `npm test -- --only server` runs just the server suite (CI uses it against PostgreSQL).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function gate(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

function vitest(label, projects, env) {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/vitest-${projects.join('-')}.json`;
  rmSync(out, { force: true });
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      ...projectArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    env,
  );
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${label} (no results written)`);
    return false;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const suiteErrors = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + suiteErrors;
  if (report.numTotalTests === 0) {
    failed += 1;
    failures.push(`${label} ran no tests`);
    return false;
  }
  if (!ok || report.numFailedTests > 0 || suiteErrors > 0) failures.push(label);
  console.log(
    `  ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + suiteErrors} failed`,
  );
  return ok;
}

function main() {
  if (only === 'server') {
    vitest('Server tests', ['server']);
    return;
  }
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
    failed += 1;
    failures.push('Chromium for browser tests');
  }
  gate('Type-check (tsc, strict)', 'npm', ['run', '--silent', 'typecheck']);
  gate('Lint (eslint, no warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
  gate('Format (prettier --check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  vitest('Unit and server tests', ['unit', 'server']);
  const built = gate('Build (vite build)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  if (built) {
    gate('First-screen JavaScript size', 'node', ['scripts/size-check.mjs']);
    if (!failures.includes('Chromium for browser tests'))
      vitest('Browser tests (Chromium)', ['e2e']);
  } else {
    failed += 1;
    failures.push('Browser tests not run: the build failed');
  }
}

main();
const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\nnpm test took ${minutes} min`);
console.log(`${passed} passed, ${failed} failed`);
// CI runs this twice (PGlite, then PostgreSQL) and adds the counts up from this file.
if (process.env.WAYMARK_SUMMARY)
  appendFileSync(process.env.WAYMARK_SUMMARY, `${JSON.stringify({ passed, failed })}\n`);
process.exit(failed > 0 ? 1 : 0);
