/**
 * Part 1, bundle: gzip and brotli bytes of the JavaScript and CSS the first screen loads (the
 * same lists as the size gate, scripts/size-check.mjs, read from Vite's build manifest) and of
 * what each route's page adds on top, plus the largest modules in the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { firstScreenFiles } from '../size-check.mjs';
import type { ModuleSize } from './build';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface RouteSize {
  /** The lazily loaded page module (the route's entry). */
  page: string;
  js: Sizes;
  css: Sizes;
}

export interface TopModule {
  id: string;
  chunk: string;
  renderedBytes: number;
  /** Its share of the chunk's minified and gzip bytes (by its share of rendered bytes). */
  minifiedBytes: number;
  gzipBytes: number;
  firstScreen: boolean;
}

export interface BundleResults {
  firstScreen: { critical: Sizes; deferred: Sizes; js: Sizes; css: Sizes; files: string[] };
  routes: RouteSize[];
  locales: Sizes & { namespaces: number };
  coach?: { js: Sizes; css: Sizes };
  topModules: TopModule[];
  topPackages: { name: string; renderedBytes: number; gzipBytes: number }[];
}

export function sizesOf(distDir: string, files: Iterable<string>): Sizes {
  const sizes: Sizes = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(join(distDir, file));
    sizes.files += 1;
    sizes.raw += data.length;
    sizes.gzip += gzipSync(data, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return sizes;
}

/** Keys of `start` and every chunk they import statically. */
function closure(manifest: Manifest, start: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    manifest[key]?.imports?.forEach(visit);
  };
  start.forEach(visit);
  return seen;
}

function filesOf(
  manifest: Manifest,
  keys: Iterable<string>,
): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    if (chunk.file.endsWith('.css')) css.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
  }
  return { js, css };
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (match?.[1]) return match[1];
  return id.split('/').slice(0, 2).join('/');
}

export function measureBundle(distDir: string, modules: ModuleSize[]): BundleResults {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const { critical, deferred } = firstScreenFiles(manifest);
  // CSS: what index.html links, and what the deferred first-screen chunks bring.
  const firstKeys = closure(manifest, ['index.html']);
  const firstCss = filesOf(manifest, firstKeys).css;
  const firstJs = new Set([...critical, ...deferred]);
  const firstScreen = {
    critical: sizesOf(distDir, critical),
    deferred: sizesOf(distDir, deferred),
    js: sizesOf(distDir, firstJs),
    css: sizesOf(distDir, firstCss),
    files: [...firstJs, ...firstCss],
  };

  const pages = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && /^src\/.*\.tsx$/.test(key))
    .map(([key]) => key)
    .sort();
  const routes = pages.map((page) => {
    const { js, css } = filesOf(manifest, closure(manifest, [page]));
    return {
      page,
      js: sizesOf(distDir, minus(js, firstJs)),
      css: sizesOf(distDir, minus(css, firstCss)),
    };
  });

  // English strings after the first screen: one file (scripts/chunk-groups.ts), the coach's apart.
  const localeKeys = Object.keys(manifest).filter(
    (key) => /^_strings-en-/.test(key) || /^locales\/en\/(?!coach\.json).*\.json$/.test(key),
  );
  const localeFiles = minus(filesOf(manifest, localeKeys).js, firstJs);
  const locales = { ...sizesOf(distDir, localeFiles), namespaces: localeFiles.length };

  let coach: BundleResults['coach'];
  if (manifest['coach.html']) {
    const { js, css } = filesOf(manifest, closure(manifest, ['coach.html']));
    coach = { js: sizesOf(distDir, js), css: sizesOf(distDir, css) };
  }

  const firstChunks = new Set(firstJs);
  // Each chunk's minified and gzip bytes, shared out over its modules by rendered size.
  const renderedPerChunk = new Map<string, number>();
  for (const m of modules) {
    renderedPerChunk.set(m.chunk, (renderedPerChunk.get(m.chunk) ?? 0) + m.renderedBytes);
  }
  const chunkSizes = new Map<string, Sizes>();
  const share = (m: ModuleSize) => {
    let sizes = chunkSizes.get(m.chunk);
    if (!sizes) {
      sizes = sizesOf(distDir, [m.chunk]);
      chunkSizes.set(m.chunk, sizes);
    }
    const fraction = m.renderedBytes / (renderedPerChunk.get(m.chunk) ?? m.renderedBytes);
    return {
      minifiedBytes: Math.round(sizes.raw * fraction),
      gzipBytes: Math.round(sizes.gzip * fraction),
    };
  };
  const topModules = [...modules]
    .sort((a, b) => b.renderedBytes - a.renderedBytes)
    .slice(0, 20)
    .map((m) => ({ ...m, ...share(m), firstScreen: firstChunks.has(m.chunk) }));
  const byPackage = new Map<string, { renderedBytes: number; gzipBytes: number }>();
  for (const m of modules) {
    if (!firstChunks.has(m.chunk)) continue;
    const name = packageOf(m.id);
    const entry = byPackage.get(name) ?? { renderedBytes: 0, gzipBytes: 0 };
    entry.renderedBytes += m.renderedBytes;
    entry.gzipBytes += share(m).gzipBytes;
    byPackage.set(name, entry);
  }
  const topPackages = [...byPackage]
    .map(([name, sizes]) => ({ name, ...sizes }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, 15);

  return { firstScreen, routes, locales, ...(coach ? { coach } : {}), topModules, topPackages };
}
