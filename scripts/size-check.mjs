#!/usr/bin/env node
// Bundle-size gate: the gzip size of all the JavaScript the first screen (the home page) loads,
// read exactly from Vite's build manifest:
//   critical: the entry chunk and every chunk it imports statically (Vite preloads those);
//   deferred: what the home page imports right after its first paint (a Dexie-free read of the
//             local database for the task statuses and the coach summary, the check whether
//             this phone is connected to a coach, and workbox-window to register the service
//             worker). Dexie and the sync engine load only on phones that are connected to a
//             coach (after the first paint, to sync), so they are not counted here.
// The gate is on critical + deferred (all of it is downloaded for the first screen); the
// browser tests check that the home page requests no JavaScript outside these lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const HARD_LIMIT = 150 * 1024;
export const GOAL = 120 * 1024;
/** Modules the first screen imports dynamically, at once, after it paints. */
export const DEFERRED_ENTRIES = [
  'src/data/homeData.ts',
  'src/sync/start.ts',
  'node_modules/workbox-window/build/workbox-window.prod.es5.mjs',
];

function closure(manifest, keys, seen = new Set()) {
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`The build manifest has no chunk for ${key}: update DEFERRED_ENTRIES`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

export function firstScreenFiles(manifest) {
  const critical = closure(manifest, ['index.html']);
  const all = closure(manifest, DEFERRED_ENTRIES, new Set(critical));
  const files = (keys) =>
    [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const criticalFiles = files(critical);
  return {
    critical: criticalFiles,
    deferred: files(all).filter((file) => !criticalFiles.includes(file)),
  };
}

export function measure(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const { critical, deferred } = firstScreenFiles(manifest);
  const size = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const rows = [
    ...critical.map((file) => ({ file, when: 'critical', gzip: size(file) })),
    ...deferred.map((file) => ({ file, when: 'deferred', gzip: size(file) })),
  ];
  const sum = (when) =>
    rows.filter((r) => !when || r.when === when).reduce((n, r) => n + r.gzip, 0);
  return { rows, critical: sum('critical'), total: sum() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, critical, total } = measure(process.argv[2] ?? 'dist');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const row of rows) console.log(`  ${row.when.padEnd(8)} ${row.file}  ${kb(row.gzip)} gzip`);
  console.log(`Before first paint: ${kb(critical)} gzip`);
  const verdict =
    total > HARD_LIMIT ? 'FAIL' : total > GOAL ? 'over the 120 KB goal' : 'within the 120 KB goal';
  console.log(`First-screen JavaScript in all: ${kb(total)} gzip (limit 150 KB): ${verdict}`);
  if (total > HARD_LIMIT) process.exit(1);
}
