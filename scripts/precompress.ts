/**
 * Brotli and gzip copies of the built files, written beside them at build time (`app.js.br`,
 * `app.js.gz`), so the server sends compressed bytes without compressing on each request
 * (@fastify/static's `preCompressed`, server/http/static-site.ts). On Slow 4G the bytes are most
 * of a cold page load: the About Me page's JavaScript is about 800 KB as written and under a
 * third of that compressed (BENCHMARKS.md).
 *
 * Node's own zlib does the work; no library. Only text files are compressed (images and fonts
 * are compressed already), only when they are big enough to gain, and a copy is kept only when
 * it is smaller than the file. Vite's dotfolder (.vite/manifest.json) is never served, so it is
 * skipped. The service worker's precache lists only the plain files (vite.config.ts globPatterns),
 * so the copies never reach a phone's cache twice.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The file kinds worth compressing: text. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

/** Below this a file fits in one packet anyway, and the header costs more than it saves. */
export const MIN_BYTES = 1024;

export interface PrecompressResult {
  /** Files given compressed copies (relative paths). */
  files: string[];
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

async function textFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await textFiles(dir, relative)));
    else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name))) found.push(relative);
  }
  return found;
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file in `dir`. */
export async function precompressFolder(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: [], rawBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const files = await textFiles(dir);
  await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const raw = await readFile(path);
      if (raw.byteLength < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipAsync(raw, { level: 9 }),
      ]);
      // Each copy only when it gains: @fastify/static falls back to the plain file without one.
      const writes: Promise<void>[] = [];
      if (br.byteLength < raw.byteLength) writes.push(writeFile(`${path}.br`, br));
      if (gz.byteLength < raw.byteLength) writes.push(writeFile(`${path}.gz`, gz));
      if (writes.length === 0) return;
      await Promise.all(writes);
      result.files.push(file);
      result.rawBytes += raw.byteLength;
      result.brotliBytes += Math.min(br.byteLength, raw.byteLength);
      result.gzipBytes += Math.min(gz.byteLength, raw.byteLength);
    }),
  );
  result.files.sort();
  return result;
}

/**
 * The Vite plugin: runs last, after every other plugin has written its files (the service
 * worker is written by vite-plugin-pwa in its own closeBundle, and index.html carries the
 * prerendered home page), so the copies match what is served.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  let logger: Logger | undefined;
  return {
    name: 'waymark-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const result = await precompressFolder(outDir);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger?.info(
          `compressed ${result.files.length} files: ${kb(result.rawBytes)} → ` +
            `${kb(result.brotliBytes)} brotli, ${kb(result.gzipBytes)} gzip`,
        );
      },
    },
  };
}
