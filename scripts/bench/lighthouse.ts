/**
 * Part 2, page load: Lighthouse (the npm package, its default mobile preset: Slow 4G and 4× CPU,
 * simulated) on Debian's Chromium, started with chrome-launcher, median of N runs each:
 * - home, cold: first visit, empty storage (Lighthouse clears caches and service workers);
 * - floor: /floor.html, the same visible content as plain HTML and the built CSS, same server;
 * - About Me question and check-in progress: with five years of data in IndexedDB (Lighthouse
 *   keeps IndexedDB between runs; caches and service workers are still cleared);
 * - home, repeat visit: after a warm-up load installed the service worker and precached the
 *   app, with `disableStorageReset`, so the page comes from the service worker's cache.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, seedIndexedDb } from './browser';
import type { SeedTable } from './dataset';
import { FLOOR_PATH } from './floor';
import { median, round } from './stats';

export interface PageRun {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  si: number;
  performance: number;
  accessibility: number;
}

export interface PageResult extends PageRun {
  name: string;
  path: string;
  runs: number;
  all: PageRun[];
  /** Accessibility audits that failed in any run. */
  accessibilityFailures: string[];
  /** From the median-LCP run: what the LCP element was and what held the page back. */
  lcpElement: string;
  bootup: { url: string; scriptMs: number }[];
  unusedJs: { url: string; wastedBytes: number }[];
  renderBlocking: { url: string; wastedMs: number }[];
  /** LCP split into TTFB, load delay, load time and render delay (ms). */
  lcpPhases: { phase: string; ms: number }[];
  /** Elements that moved most (layout shifts), with their share of CLS. */
  shifts: { element: string; score: number }[];
}

export interface LighthouseResults {
  pages: PageResult[];
  /** Waymark home (cold) LCP ÷ floor LCP. */
  lcpRatio: number;
  throttling: string;
}

type Audit = Result['audits'][string];
type Item = Record<string, unknown>;
const items = (audit: Audit | undefined): Item[] =>
  ((audit?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
const short = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '');

function summarise(lhr: Result): PageRun & {
  failures: string[];
  lcpElement: string;
  bootup: PageResult['bootup'];
  unusedJs: PageResult['unusedJs'];
  renderBlocking: PageResult['renderBlocking'];
  lcpPhases: PageResult['lcpPhases'];
  shifts: PageResult['shifts'];
} {
  const a = lhr.audits;
  const value = (id: string) => a[id]?.numericValue ?? Number.NaN;
  const accessibilityRefs = lhr.categories.accessibility?.auditRefs ?? [];
  const failures = accessibilityRefs
    .map((ref) => a[ref.id])
    .filter((audit): audit is Audit => !!audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}`);
  const lcpLists = items(a['largest-contentful-paint-element']);
  const lcpItem = lcpLists[0];
  const phases = ((lcpLists[1]?.items as Item[] | undefined) ?? []).map((p) => ({
    phase: String(p.phase ?? ''),
    ms: round(Number(p.timing ?? 0), 0),
  }));

  const lcpNode = ((lcpItem?.items as Item[] | undefined)?.[0]?.node ??
    (lcpItem?.node as Item | undefined)) as Item | undefined;
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    failures,
    lcpElement: String(lcpNode?.snippet ?? lcpNode?.nodeLabel ?? ''),
    bootup: items(a['bootup-time'])
      .slice(0, 5)
      .map((i) => ({ url: short(i.url), scriptMs: round(Number(i.scripting ?? 0), 0) })),
    unusedJs: items(a['unused-javascript'])
      .slice(0, 5)
      .map((i) => ({ url: short(i.url), wastedBytes: Number(i.wastedBytes ?? 0) })),
    renderBlocking: items(a['render-blocking-resources'])
      .slice(0, 5)
      .map((i) => ({ url: short(i.url), wastedMs: round(Number(i.wastedMs ?? 0), 0) })),
    lcpPhases: phases,
    shifts: items(a['layout-shifts'])
      .slice(0, 3)
      .map((i) => ({
        element: String((i.node as Item | undefined)?.snippet ?? '').slice(0, 120),
        score: round(Number(i.score ?? 0), 3),
      })),
  };
}

export async function runLighthouse(options: {
  baseURL: string;
  chromiumPath: string;
  runs: number;
  seed: { tables: SeedTable[]; draftAboutMeId: string };
  log: (line: string) => void;
}): Promise<LighthouseResults> {
  const { baseURL, log } = options;
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'error',
  });
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  };
  const pages: PageResult[] = [];

  async function measure(name: string, path: string, extra: Flags = {}): Promise<PageResult> {
    const runs: ReturnType<typeof summarise>[] = [];
    for (let i = 0; i < options.runs; i++) {
      const result = await lighthouse(`${baseURL}${path}`, { ...flags, ...extra });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) {
        throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
      }
      runs.push(summarise(result.lhr));
      // For profiling: every raw report, when asked (WAYMARK_BENCH_LHR_DIR=<folder>).
      const reportDir = process.env.WAYMARK_BENCH_LHR_DIR;
      if (reportDir) {
        mkdirSync(reportDir, { recursive: true });
        const file = `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${i + 1}.json`;
        writeFileSync(join(reportDir, file), JSON.stringify(result.lhr));
      }
    }
    const pick = (key: keyof PageRun) =>
      round(median(runs.map((r) => r[key])), key === 'cls' ? 3 : 0);
    const byLcp = [...runs].sort((x, y) => x.lcp - y.lcp);
    const mid = byLcp[Math.floor(byLcp.length / 2)] ?? runs[0];
    if (!mid) throw new Error('No Lighthouse runs');
    const page: PageResult = {
      name,
      path,
      runs: runs.length,
      lcp: pick('lcp'),
      fcp: pick('fcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      si: pick('si'),
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      all: runs.map(({ lcp, fcp, tbt, cls, si, performance, accessibility }) => ({
        lcp: round(lcp, 0),
        fcp: round(fcp, 0),
        tbt: round(tbt, 0),
        cls: round(cls, 3),
        si: round(si, 0),
        performance,
        accessibility,
      })),
      accessibilityFailures: [...new Set(runs.flatMap((r) => r.failures))],
      lcpElement: mid.lcpElement.slice(0, 200),
      bootup: mid.bootup,
      unusedJs: mid.unusedJs,
      renderBlocking: mid.renderBlocking,
      lcpPhases: mid.lcpPhases,
      shifts: mid.shifts,
    };
    log(
      `${name}: LCP ${page.lcp} ms, FCP ${page.fcp} ms, TBT ${page.tbt} ms, CLS ${page.cls}, performance ${page.performance}, accessibility ${page.accessibility}`,
    );
    return page;
  }

  try {
    pages.push(await measure('Home (cold)', '/'));
    pages.push(await measure('Floor (static HTML)', FLOOR_PATH));

    // Five years of data in this browser profile's IndexedDB, written through a page of the app.
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = cdp.contexts()[0] ?? (await cdp.newContext());
    const seedPage = await context.newPage();
    await seedIndexedDb(seedPage, baseURL, options.seed.tables);
    await seedPage.close();

    pages.push(
      await measure(
        'About Me question (5 years of data)',
        `/about-me/${options.seed.draftAboutMeId}/questions/enjoy`,
      ),
    );
    pages.push(await measure('Check-in progress chart (5 years of data)', '/check-ins/progress'));

    // Warm-up: a visit that installs the service worker and lets it precache the app.
    const warm = await context.newPage();
    await warm.goto(`${baseURL}/`, { waitUntil: 'load' });
    await warm.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('No active service worker');
    });
    await warm.reload({ waitUntil: 'load' });
    const controlled = await warm.evaluate(() => !!navigator.serviceWorker.controller);
    if (!controlled) throw new Error('The service worker did not take control after the warm-up');
    await warm.close();
    await cdp.close();
    // Lantern's simulation does not model responses from a service worker's cache, so the
    // repeat visit is measured with the same Slow 4G and 4× CPU applied for real (DevTools).
    pages.push(
      await measure('Home (repeat visit, service worker)', '/', {
        disableStorageReset: true,
        throttlingMethod: 'devtools',
      }),
    );
  } finally {
    chrome.kill();
  }
  const home = pages[0];
  const floor = pages[1];
  return {
    pages,
    lcpRatio: home && floor ? round(home.lcp / floor.lcp, 2) : Number.NaN,
    throttling:
      'Lighthouse mobile preset: Slow 4G (150 ms RTT, 1.6 Mbps down) and 4× CPU slowdown, simulated (Lantern); the repeat visit with the same throttling applied (DevTools), since Lantern does not model a service worker cache; 412×823 at 1.75×',
  };
}
