/** The bars from DESIGN.md ("Bars") and issue 8, judged against the results of a run. */
import type { BenchResults } from './results';

export interface TargetResult {
  /** Short name of the bar, as printed and written to BENCHMARKS.md. */
  name: string;
  /** The bar in words, e.g. "≤ 120 KB gzip". */
  target: string;
  /** What was measured, in words. */
  actual: string;
  pass: boolean;
}

const KB = 1024;

export function evaluateTargets(results: BenchResults): TargetResult[] {
  const out: TargetResult[] = [];
  const add = (name: string, target: string, actual: string, pass: boolean) =>
    out.push({ name, target, actual, pass });

  const bundle = results.bundle?.data;
  if (bundle) {
    const gzip = bundle.firstScreen.js.gzip;
    add(
      'First-screen JavaScript',
      '≤ 120 KB gzip',
      `${(gzip / KB).toFixed(1)} KB gzip`,
      gzip <= 120 * KB,
    );
  }

  const pageload = results.pageload?.data;
  if (pageload) {
    for (const page of pageload.pages) {
      if (page.path === '/floor.html') continue;
      add(
        `Lighthouse: ${page.name}`,
        'performance ≥ 95, accessibility 100',
        `performance ${page.performance}, accessibility ${page.accessibility}`,
        page.performance >= 95 && page.accessibility === 100,
      );
    }
    add(
      'LCP against the floor',
      '≤ 1.3 × floor',
      `${pageload.lcpRatio.toFixed(2)} × (home ${Math.round(pageload.pages[0]?.lcp ?? 0)} ms, floor ${Math.round(pageload.pages[1]?.lcp ?? 0)} ms)`,
      pageload.lcpRatio <= 1.3,
    );
    const repeat = pageload.pages.find((p) => p.name.startsWith('Home (repeat'));
    if (repeat) {
      add(
        'Repeat visit first screen (service worker, 4× CPU)',
        '< 1,000 ms (LCP)',
        `${Math.round(repeat.lcp)} ms`,
        repeat.lcp < 1000,
      );
    }
  }

  const typing = results.typing?.data;
  if (typing) {
    add(
      'Keystroke with five years of data (p95, 4× CPU)',
      '< 50 ms',
      `${typing.frameP95.toFixed(1)} ms (p50 ${typing.frameP50.toFixed(1)} ms)`,
      typing.frameP95 < 50,
    );
  }

  const load = results.load?.data;
  if (load) {
    for (const run of load) {
      add(
        `1,000 devices syncing (${run.database === 'pglite' ? 'PGlite' : 'PostgreSQL'})`,
        'p95 < 100 ms, 0 errors',
        `${run.devices} devices: p95 ${run.p95.toFixed(1)} ms, ${run.errors} errors, ${run.requestsPerSecond} req/s`,
        run.devices >= 1000 && run.p95 < 100 && run.errors === 0,
      );
    }
  }
  return out;
}
