/**
 * Which built files the claimant app's service worker precaches: everything the claimant app
 * (index.html) can load, statically or lazily, and the other static files (icons, manifest);
 * not the coach console's own chunks, which only work online and are no use on a claimant's
 * phone. Read from Vite's build manifest (.vite/manifest.json) after the bundle is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ViteManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type ViteManifest = Record<string, ViteManifestChunk>;

/** Every output file reachable from the entry `entryKey` (imports, lazy imports, CSS, assets). */
export function reachableFiles(manifest: ViteManifest, entryKey: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    chunk.css?.forEach((file) => files.add(file));
    chunk.assets?.forEach((file) => files.add(file));
    chunk.imports?.forEach(visit);
    chunk.dynamicImports?.forEach(visit);
  };
  visit(entryKey);
  return files;
}

/** Files only the coach console loads: reachable from coach.html and not from index.html. */
export function coachOnlyFiles(manifest: ViteManifest): Set<string> {
  const claimant = reachableFiles(manifest, 'index.html');
  const coach = reachableFiles(manifest, 'coach.html');
  return new Set([...coach].filter((file) => !claimant.has(file)));
}

interface Entry {
  url: string;
  size: number;
  revision: string | null;
}

/** A Workbox manifestTransform dropping the coach console's own files (outDir read lazily). */
export function claimantPrecache(outDir: () => string) {
  return (entries: Entry[]) => {
    const manifest = JSON.parse(
      readFileSync(join(outDir(), '.vite', 'manifest.json'), 'utf8'),
    ) as ViteManifest;
    const coachOnly = coachOnlyFiles(manifest);
    return { manifest: entries.filter((entry) => !coachOnly.has(entry.url)), warnings: [] };
  };
}
