/**
 * The floor: a plain static HTML page with the same visible content as the home page, made from
 * the built home page's rendered DOM (scripts and module preloads removed, the built CSS kept),
 * written into the served copy of the build as /floor.html, so the same server serves both.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
        .querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"], noscript')
        .forEach((el) => el.remove());
      return `<!doctype html>\n${root.outerHTML}`;
    });
    writeFileSync(join(staticDir, FLOOR_PATH.slice(1)), html);
    return Buffer.byteLength(html);
  } finally {
    await context.close();
  }
}
