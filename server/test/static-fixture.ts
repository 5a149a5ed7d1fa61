/**
 * A throwaway copy of what `vite build` writes to dist/: the page, the service worker and its
 * loader, the web manifest, a hashed asset, an icon and Vite's dotfolder manifest.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_FILES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="en"><title>Waymark</title><div id="root"></div></html>',
  'sw.js': 'self.addEventListener("install", () => {});',
  'registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
  'workbox-1a2b3c4d.js': 'export {};',
  'manifest.webmanifest': '{"name":"Waymark","start_url":"/"}',
  'assets/app-abc123.js': 'console.log("app");',
  'assets/app-def456.css': 'body{margin:0}',
  'icons/icon-192.png': 'not really a png',
  '.vite/manifest.json': '{"secret":"build internals"}',
};

export async function createStaticFixture(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-dist-'));
  for (const [name, content] of Object.entries(FIXTURE_FILES)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
