/**
 * `npm run bench`: Waymark's benchmarks (issue 8), not part of `npm test`.
 *
 *   npm run bench                          every part, full size (about 15 minutes)
 *   npm run bench -- --only bundle,sync    some parts: bundle, pageload, typing, sync, load
 *   npm run bench -- --quick               fewer runs and smaller N, for developing
 *   npm run bench -- --runs 3              Lighthouse runs per page (5, or 1 with --quick)
 *   npm run bench -- --dist <folder>       use an existing build instead of building (the
 *                                          largest-modules table then stays empty)
 *   npm run bench -- --report-only         rewrite BENCHMARKS.md from latest.json, run nothing
 *
 * Builds the app once into a temporary folder (never dist/), runs the parts, merges their
 * figures into bench/results/latest.json (a part not run keeps its last figures), prints every
 * figure against its target, and rewrites the figures in BENCHMARKS.md. Exits non-zero when a
 * part could not run; a missed target is reported, not an error. Every server and browser it
 * starts is stopped at the end, also on failure or Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildApp } from './build';
import type { Build } from './build';
import { launchChromium } from './browser';
import { measureBundle } from './bundle';
import { fiveYears } from './dataset';
import { writeFloorPage } from './floor';
import { runLighthouse } from './lighthouse';
import { runLoad } from './load';
import { machineInfo } from './machine';
import { repoRoot, stopAll } from './processes';
import { renderResults, updateBenchmarksFile } from './report';
import { PARTS } from './results';
import type { BenchResults, PartName } from './results';
import { startBenchServer } from './server';
import type { BenchServer } from './server';
import { runSync } from './sync';
import { evaluateTargets } from './targets';
import { runTyping } from './typing';

const RESULTS_FILE = join(repoRoot, 'bench', 'results', 'latest.json');
const BENCHMARKS_FILE = join(repoRoot, 'BENCHMARKS.md');
/** The node id the seeded records were written by (a device that is not this browser). */
const SEED_NODE = '5eed5eed-0000-4000-8000-000000000001';

interface Options {
  parts: PartName[];
  quick: boolean;
  /** Lighthouse runs per page (default 5, or 1 with --quick). */
  runs?: number;
  reportOnly?: boolean;
  dist?: string;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    `Usage: npm run bench -- [--only ${PARTS.join(',')}] [--quick] [--runs N] [--dist <built app folder>] [--report-only]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { parts: [...PARTS], quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--quick') options.quick = true;
    else if (arg === '--runs') {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) usage('--runs needs a whole number of 1 or more');
      options.runs = runs;
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      const list = (arg.includes('=') ? arg.slice(7) : value()).split(',').map((s) => s.trim());
      const unknown = list.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (unknown.length > 0) usage(`Unknown part: ${unknown.join(', ')}`);
      options.parts = list as PartName[];
    } else if (arg === '--dist') options.dist = resolve(value());
    else if (arg === '--report-only') options.reportOnly = true;
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`Unknown option ${arg}`);
  }
  return options;
}

const log = (part: string) => (line: string) => console.log(`[${part}] ${line}`);

async function prettierFormat(path: string, text: string): Promise<string> {
  const config = (await resolveConfig(path)) ?? {};
  return format(text, { ...config, filepath: path });
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const wanted = new Set(options.reportOnly ? [] : options.parts);
  const started = performance.now();
  const needsBrowser = wanted.has('pageload') || wanted.has('typing');
  const needsBuild = needsBrowser || wanted.has('bundle');

  let chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (needsBrowser) {
    // The project's own setup step: installs Debian's Chromium when it is missing.
    const out = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'ensure-chromium.mjs')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    chromiumPath = /Chromium: (.+)/.exec(out)?.[1]?.trim() ?? chromiumPath;
  }
  const machine = machineInfo(chromiumPath);
  console.log(
    `Waymark benchmarks: ${[...wanted].join(', ')}${options.quick ? ' (quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, ${machine.chromium}`,
  );

  const results: BenchResults = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults)
    : {};
  const failures: string[] = [];
  const temp = mkdtempSync(join(tmpdir(), 'waymark-bench-'));

  async function part<K extends PartName>(
    name: K,
    run: () => Promise<NonNullable<BenchResults[K]>['data']>,
  ): Promise<void> {
    if (!wanted.has(name)) return;
    const t0 = performance.now();
    console.log(`[${name}] starting`);
    try {
      const data = await run();
      const seconds = Math.round((performance.now() - t0) / 100) / 10;
      (results as Record<string, unknown>)[name] = {
        at: new Date().toISOString(),
        quick: options.quick,
        seconds,
        machine,
        data,
      };
      console.log(`[${name}] done in ${seconds} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${message}`);
      console.error(`[${name}] FAILED: ${message}`);
    }
  }

  let build: Build | undefined;
  let server: BenchServer | undefined;
  try {
    if (needsBuild) {
      if (options.dist) {
        if (!existsSync(join(options.dist, '.vite', 'manifest.json'))) {
          throw new Error(`${options.dist} is not a Vite build (no .vite/manifest.json)`);
        }
        console.log(`[build] using the existing build in ${options.dist}`);
        build = { distDir: options.dist, modules: [] };
      } else {
        console.log('[build] vite build into a temporary folder…');
        build = await buildApp();
      }
    }

    await part('bundle', async () => measureBundle(build!.distDir, build!.modules));

    await part('sync', () => runSync({ quick: options.quick, log: log('sync') }));

    if (needsBrowser && build) {
      // The served copy of the build, with the floor page added next to the app.
      const staticDir = join(temp, 'app');
      cpSync(build.distDir, staticDir, { recursive: true });
      server = await startBenchServer({ database: { kind: 'pglite' }, staticDir });
      const seed = fiveYears(SEED_NODE);

      await part('typing', async () => {
        const browser = await launchChromium(chromiumPath);
        try {
          return await runTyping({
            browser,
            baseURL: server!.baseURL,
            data: seed,
            characters: options.quick ? 60 : 500,
            log: log('typing'),
          });
        } finally {
          await browser.close();
        }
      });

      await part('pageload', async () => {
        const browser = await launchChromium(chromiumPath);
        try {
          const bytes = await writeFloorPage(browser, server!.baseURL, staticDir);
          log('pageload')(`floor page written (${bytes} bytes of HTML)`);
        } finally {
          await browser.close();
        }
        return runLighthouse({
          baseURL: server!.baseURL,
          chromiumPath,
          runs: options.runs ?? (options.quick ? 1 : 5),
          seed,
          log: log('pageload'),
        });
      });
      await server.stop();
      server = undefined;
    }

    await part('load', () => runLoad({ quick: options.quick, log: log('load') }));
  } catch (error) {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.error(error);
  } finally {
    await server?.stop().catch(() => undefined);
    await stopAll();
    rmSync(temp, { recursive: true, force: true });
    if (build && !options.dist) rmSync(dirname(build.distDir), { recursive: true, force: true });
  }

  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, await prettierFormat(RESULTS_FILE, JSON.stringify(results)));
  const targets = evaluateTargets(results);
  updateBenchmarksFile(BENCHMARKS_FILE, renderResults(results, targets));
  writeFileSync(
    BENCHMARKS_FILE,
    await prettierFormat(BENCHMARKS_FILE, readFileSync(BENCHMARKS_FILE, 'utf8')),
  );

  console.log('\nTargets:');
  for (const t of targets) {
    console.log(`  ${t.pass ? 'pass' : 'MISS'}  ${t.name}: ${t.actual} (target ${t.target})`);
  }
  console.log(
    `\nWrote ${RESULTS_FILE} and ${BENCHMARKS_FILE} in ${Math.round((performance.now() - started) / 1000)} s.`,
  );
  if (failures.length > 0) {
    console.error(
      `\n${failures.length} part(s) could not run:\n${failures.map((f) => `  - ${f.split('\n')[0]}`).join('\n')}`,
    );
    return 1;
  }
  return 0;
}

const stopOnSignal = (signal: NodeJS.Signals) => {
  console.error(`\n${signal}: stopping the servers and browsers this run started…`);
  void stopAll().finally(() => process.exit(130));
};
process.on('SIGINT', stopOnSignal);
process.on('SIGTERM', stopOnSignal);

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
