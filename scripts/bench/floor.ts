/**
 * The floor: a plain static HTML page with the same visible content as the home page, made from
 * the built home page's rendered DOM (scripts, module preloads and the template of the app's
 * script tags removed, the built CSS kept), written into the served copy of the build as
 * /floor.html with brotli and gzip copies as the build makes for index.html
 * (scripts/precompress.ts), so the same server serves both the same way.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PHONE } from './browser';

export const FLOOR_PATH = '/floor.html';

export async function writeFloorPage(
  browser: Browser,
  baseURL: string,
  staticDir: string,
): Promise<number> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('h1', { timeout: 30_000 });
    // Let the deferred task statuses land before taking the content.
    await page.waitForTimeout(1_000);
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      root
        .querySelectorAll(
          'script, template, link[rel="modulepreload"], link[rel="manifest"], noscript',
        )
        .forEach((el) => el.remove());
      return `<!doctype html>\n${root.outerHTML}`;
    });
    const file = join(staticDir, FLOOR_PATH.slice(1));
    writeFileSync(file, html);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
    return Buffer.byteLength(html);
  } finally {
    await context.close();
  }
}
