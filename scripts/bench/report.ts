/**
 * Writes the figures into BENCHMARKS.md between two marker comments, leaving the rest of the
 * file (the introduction and the hand-written "What stands in the way") as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults, PartRecord } from './results';
import type { TargetResult } from './targets';
import type { Sizes } from './bundle';

export const START = '<!-- bench:results:start -->';
export const END = '<!-- bench:results:end -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number) => value.toLocaleString('en-GB');
const msText = (value: number) => `${n(Math.round(value))} ms`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function when(part: PartRecord<unknown>): string {
  return `_${part.at.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(part.seconds)} s${part.quick ? ', **quick run** (fewer runs, smaller N)' : ''}_`;
}

const sizeCells = (s: Sizes) => [s.files, kb(s.raw), kb(s.gzip), kb(s.brotli)];

export function renderResults(results: BenchResults, targets: TargetResult[]): string {
  const out: string[] = [];
  const parts = Object.values(results).filter(Boolean) as PartRecord<unknown>[];
  const latest = parts.sort((a, b) => b.at.localeCompare(a.at))[0];
  if (latest) {
    const m = latest.machine;
    out.push(
      '## Machine',
      '',
      table(
        ['CPU', 'cores', 'RAM', 'Node', 'Chromium', 'date', 'load average at start'],
        [
          [
            m.cpu,
            m.cores,
            `${m.ramGiB} GiB`,
            m.node,
            m.chromium,
            m.date.slice(0, 10),
            m.loadAverageAtStart.join(', '),
          ],
        ],
      ),
      '',
      'A shared 2-core virtual machine: other agents ran builds and tests on it at the same time, so',
      'absolute times move from run to run; the side-by-side comparisons (Waymark against the floor,',
      '1× against 100× history) are taken in one run and are the figures to trust.',
      '',
    );
  }

  out.push(
    '## Targets',
    '',
    table(
      ['bar', 'target', 'measured', 'result'],
      targets.map((t) => [t.name, t.target, t.actual, t.pass ? 'pass' : '**miss**']),
    ),
    '',
  );

  const bundle = results.bundle;
  if (bundle) {
    const b = bundle.data;
    out.push(
      '## 1. Bundle',
      '',
      when(bundle),
      '',
      'What the first screen (the home page) loads, from the build manifest: "critical" is the entry',
      'and its static imports; "deferred" is what it imports at once after the first paint (the',
      'local database, the sync connection check, workbox-window).',
      '',
      table(
        ['first screen', 'files', 'raw', 'gzip', 'brotli'],
        [
          ['JavaScript, critical', ...sizeCells(b.firstScreen.critical)],
          ['JavaScript, deferred', ...sizeCells(b.firstScreen.deferred)],
          ['**JavaScript, all**', ...sizeCells(b.firstScreen.js)],
          ['CSS', ...sizeCells(b.firstScreen.css)],
        ],
      ),
      '',
      'What each route adds on top of the first screen (its page chunk and the chunks it imports that',
      'the first screen does not have):',
      '',
      table(
        ['route page', 'JS files', 'JS gzip', 'JS brotli', 'CSS gzip'],
        b.routes.map((r) => [
          `\`${r.page}\``,
          r.js.files,
          kb(r.js.gzip),
          kb(r.js.brotli),
          kb(r.css.gzip),
        ]),
      ),
      '',
      `English text beyond the first screen's (loaded with the first other page): ${b.locales.namespaces} file(s), ${kb(b.locales.gzip)} gzip.` +
        (b.coach
          ? ` The coach console (coach.html, not on claimants' phones): ${kb(b.coach.js.gzip)} JS and ${kb(b.coach.css.gzip)} CSS gzip.`
          : ''),
      '',
    );
    if (b.topModules.length > 0) {
      out.push(
        'Largest modules: bytes rendered into their chunk before minification, and their share of',
        "the chunk's minified and gzip bytes (split by rendered size, so approximate):",
        '',
        table(
          ['module', 'rendered', '≈ minified', '≈ gzip', 'chunk', 'first screen'],
          b.topModules.map((m) => [
            `\`${m.id}\``,
            n(m.renderedBytes),
            kb(m.minifiedBytes),
            kb(m.gzipBytes),
            `\`${m.chunk.replace(/^assets\//, '')}\``,
            m.firstScreen ? 'yes' : 'no',
          ]),
        ),
        '',
        'First-screen JavaScript by package or source folder:',
        '',
        table(
          ['package', 'rendered', '≈ gzip'],
          b.topPackages.map((p) => [`\`${p.name}\``, n(p.renderedBytes), kb(p.gzipBytes)]),
        ),
        '',
      );
    }
  }

  const pageload = results.pageload;
  if (pageload) {
    const p = pageload.data;
    out.push(
      '## 2. Page load (Lighthouse)',
      '',
      when(pageload),
      '',
      `${p.throttling}. Median of ${p.pages[0]?.runs ?? 0} runs per page.`,
      '',
      table(
        ['page', 'LCP', 'FCP', 'TBT', 'CLS', 'performance', 'accessibility'],
        p.pages.map((page) => [
          `${page.name} \`${page.path.replace(/[0-9a-f-]{36}/, '<id>')}\``,
          msText(page.lcp),
          msText(page.fcp),
          msText(page.tbt),
          page.cls.toFixed(3),
          page.performance,
          page.accessibility,
        ]),
      ),
      '',
      `Waymark ÷ floor, LCP: **${p.lcpRatio.toFixed(2)}×**.`,
      '',
      'The LCP element and the scripts with most main-thread time (median run):',
      '',
      table(
        ['page', 'LCP element', 'script time'],
        p.pages.map((page) => [
          page.name,
          `\`${page.lcpElement.replace(/\|/g, '\\|') || '-'}\``,
          page.bootup
            .filter((x) => x.scriptMs > 0)
            .slice(0, 3)
            .map((x) => `\`${x.url}\` ${x.scriptMs} ms`)
            .join(', ') || '-',
        ]),
      ),
      '',
    );
    out.push(
      'Where the LCP time goes (median run) and what moved (layout shifts, with their CLS share):',
      '',
      table(
        ['page', 'LCP phases', 'layout shifts'],
        p.pages.map((page) => [
          page.name,
          page.lcpPhases.map((x) => `${x.phase} ${n(x.ms)} ms`).join(', ') || '-',
          page.shifts.map((x) => `\`${x.element.replace(/\|/g, '\\|')}\` ${x.score}`).join(', ') ||
            '-',
        ]),
      ),
      '',
    );
    const failures = p.pages.filter((page) => page.accessibilityFailures.length > 0);
    if (failures.length > 0) {
      out.push(
        'Accessibility audits that failed:',
        '',
        ...failures.map((page) => `- ${page.name}: ${page.accessibilityFailures.join('; ')}`),
        '',
      );
    }
  }

  const typing = results.typing;
  if (typing) {
    const t = typing.data;
    out.push(
      '## 3. Typing and saving',
      '',
      when(typing),
      '',
      `${t.characters} characters typed into an About Me answer at ${t.cpuSlowdown}× CPU, a word at 150 ms a key and`,
      `400 ms between words, with five years of data in IndexedDB (${Object.entries(t.seeded)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}).`,
      '',
      table(
        ['measure', 'p50', 'p95', 'max'],
        [
          ['keystroke → next frame', msText(t.frameP50), msText(t.frameP95), msText(t.frameMax)],
          [
            `… the ${t.nearSave.keys} keystrokes within 100 ms of an autosave commit`,
            msText(t.nearSave.p50),
            msText(t.nearSave.p95),
            '-',
          ],
          [
            `… the other ${t.awayFromSave.keys} keystrokes`,
            msText(t.awayFromSave.p50),
            msText(t.awayFromSave.p95),
            '-',
          ],
          [
            'Event Timing interaction duration (≥ 16 ms reported)',
            '-',
            msText(t.eventTimingP95),
            '-',
          ],
          ['keystroke → IndexedDB commit', msText(t.commitP50), msText(t.commitP95), '-'],
          [
            'last keystroke before a pause → commit (300 ms autosave delay + write)',
            msText(t.pauseToCommitP50),
            msText(t.pauseToCommitP95),
            '-',
          ],
        ],
      ),
      '',
      `${t.commits} autosave commits; the saved answer matched the typed text.`,
      '',
    );
  }

  const sync = results.sync;
  if (sync) {
    const s = sync.data;
    out.push(
      '## 4. Sync',
      '',
      when(sync),
      '',
      'One device pushes its queued mutations to a real server (buildApp on PGlite in a data folder,',
      'loopback HTTP, batches of at most 500 mutations and 1 MB as the app sends them); then a fresh',
      'device pulls everything. Bytes are on the wire, headers included (the API is not compressed).',
      '',
      table(
        ['transfer', 'requests', 'time', 'bytes up', 'bytes down', 'records back'],
        [
          ...s.push.map((x) => [
            `push ${n(x.mutations)} mutations`,
            x.requests,
            msText(x.ms),
            n(x.bytesUp),
            n(x.bytesDown),
            n(x.changes),
          ]),
          ...s.pull.map((x) => [
            `fresh device pulls (after ${n(x.mutations)})`,
            x.requests,
            msText(x.ms),
            n(x.bytesUp),
            n(x.bytesDown),
            n(x.changes),
          ]),
        ],
      ),
      '',
      "Growth: the claimant's history grown to 1×, 10×, 100× mutations; a steady-state sync (push 10,",
      'pull the 10 another device made) must cost the same at every size; a fresh full pull grows.',
      '',
      table(
        [
          'history (mutations)',
          'steady sync, median',
          'steady sync bytes',
          'full pull',
          'full pull bytes',
        ],
        s.growth.map((g) => [
          n(g.history),
          `${g.roundTripMsMedian.toFixed(1)} ms`,
          n(g.roundTripBytes),
          msText(g.fullPullMs),
          n(g.fullPullBytes),
        ]),
      ),
      '',
      `Steady sync at the largest history ÷ at the smallest: **${s.growthRatio.toFixed(2)}×** (flat is 1).`,
      '',
    );
  }

  const load = results.load;
  if (load) {
    const db = (r: { database: string }) => (r.database === 'pglite' ? 'PGlite' : 'PostgreSQL');
    out.push(
      '## 5. Server load',
      '',
      when(load),
      '',
      'The server in its own process; each device is a paired phone of its own claimant. Each syncs,',
      "then waits 2–8 s (every claimant editing at once, with the app's change-debounced sync): half",
      'the syncs push an About Me edit, one in ten a check-in score, all pull since their cursor.',
      'Two load-generator processes with keep-alive connections, on the same 2 cores as the server',
      '(and, for PostgreSQL, the database).',
      '',
      table(
        [
          'database',
          'devices',
          'syncs',
          'syncs/s',
          'p50',
          'p95',
          'p99',
          'max',
          'errors',
          'server RSS (peak)',
          'CPU: machine, server',
        ],
        load.data.map((r) => [
          db(r),
          n(r.devices),
          n(r.requests),
          r.requestsPerSecond,
          `${r.p50.toFixed(1)} ms`,
          `${r.p95.toFixed(1)} ms`,
          `${r.p99.toFixed(1)} ms`,
          `${r.max.toFixed(1)} ms`,
          r.errors,
          `${r.serverRssMiB} MiB (${r.serverPeakRssMiB} MiB)`,
          `${r.machineCpuBusyPct}% of 2 cores, ${r.serverCpuPct}% of 1`,
        ]),
      ),
      '',
      `About ${n(load.data[0]?.bytesPerSync ?? 0)} bytes on the wire per sync. Where the server's time went, per SQL statement,`,
      "timed from the server's side (including the wait for a pooled connection):",
      '',
      table(
        ['database', 'statement', 'calls', 'mean', 'total'],
        load.data.flatMap((r) =>
          r.topStatements
            .slice(0, 6)
            .map((q) => [
              db(r),
              `\`${q.sql.replace(/\|/g, '\\|').slice(0, 90)}…\``,
              n(q.calls),
              `${q.meanMs.toFixed(2)} ms`,
              msText(q.totalMs),
            ]),
        ),
      ),
      '',
      load.data
        .map(
          (r) =>
            `${db(r)}: a sync transaction took ${r.meanTransactionMs.toFixed(2)} ms on average.`,
        )
        .join(' '),
      '',
    );
  }
  return out.join('\n');
}

const SKELETON = `# Benchmarks

\`npm run bench\` measures Waymark against the physical floor and under load (issue 8). See
scripts/bench/run.ts for the options.

${START}
${END}

## What stands in the way

Written after each full run: for every missed target, the reason found by profiling and the
proposed fix.
`;

export function updateBenchmarksFile(path: string, block: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has lost its ${START} … ${END} markers`);
  const next = `${current.slice(0, start + START.length)}\n\n${block.trim()}\n\n${current.slice(end)}`;
  writeFileSync(path, next);
}
