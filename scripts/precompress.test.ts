/**
 * The build's compressed copies: every text file big enough gets a .br and a .gz that decode to
 * exactly its bytes; small files, images and Vite's dotfolder are left alone.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressFolder } from './precompress';

const big = (word: string) => `${word} `.repeat(Math.ceil((MIN_BYTES * 4) / (word.length + 1)));

let dir: string;

async function put(name: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(dir, name)), { recursive: true });
  await writeFile(join(dir, name), content);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-precompress-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('precompressFolder', () => {
  it('writes brotli and gzip copies that decode to the same bytes', async () => {
    await put('index.html', `<!doctype html><p>${big('welcome')}</p>`);
    await put('assets/app-abc.js', `console.log("${big('app')}");`);
    await put('assets/app-abc.css', `body{}${big('.a{color:red}')}`);
    await put('manifest.webmanifest', JSON.stringify({ name: big('Waymark') }));

    const result = await precompressFolder(dir);

    expect(result.files).toEqual([
      'assets/app-abc.css',
      'assets/app-abc.js',
      'index.html',
      'manifest.webmanifest',
    ]);
    for (const file of result.files) {
      const raw = await readFile(join(dir, file));
      expect(brotliDecompressSync(await readFile(join(dir, `${file}.br`)))).toEqual(raw);
      expect(gunzipSync(await readFile(join(dir, `${file}.gz`)))).toEqual(raw);
    }
    expect(result.brotliBytes).toBeLessThan(result.rawBytes / 4);
    expect(result.gzipBytes).toBeLessThan(result.rawBytes / 4);
  });

  it('leaves small files, images and the dotfolder alone', async () => {
    await put('registerSW.js', 'navigator.serviceWorker.register("/sw.js");');
    await put('icons/icon-192.png', big('png'));
    await put('.vite/manifest.json', JSON.stringify({ secret: big('internals') }));

    const result = await precompressFolder(dir);

    expect(result.files).toEqual([]);
    expect(existsSync(join(dir, 'registerSW.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'icons/icon-192.png.br'))).toBe(false);
    expect(existsSync(join(dir, '.vite/manifest.json.br'))).toBe(false);
  });

  it('keeps no copy that would be bigger than the file', async () => {
    // Random bytes do not compress: the copies would only add bytes.
    const noise = Buffer.from(
      Array.from({ length: MIN_BYTES * 2 }, (_, i) => (i * 2654435761) % 251),
    ).toString('base64');
    await put('assets/noise.js', noise);
    const result = await precompressFolder(dir);
    const raw = (await readFile(join(dir, 'assets/noise.js'))).byteLength;
    for (const suffix of ['.br', '.gz']) {
      const path = join(dir, `assets/noise.js${suffix}`);
      if (existsSync(path)) expect((await readFile(path)).byteLength).toBeLessThan(raw);
    }
    expect(result.rawBytes === 0 || result.files.includes('assets/noise.js')).toBe(true);
  });
});
