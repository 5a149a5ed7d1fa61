/**
 * Builds the claimant app once for the whole run, into a temporary folder (never dist/, which
 * other people use), with the project's own vite.config.ts plus one extra plugin that records
 * how many bytes each module contributes to each output chunk (for the "largest modules" table).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import type { Plugin } from 'vite';
import { repoRoot } from './processes';

export interface ModuleSize {
  /** The module, relative to the repository (node_modules/… for packages). */
  id: string;
  /** The output chunk it was rendered into. */
  chunk: string;
  /** Bytes of the module's code as rendered into the chunk, before minification. */
  renderedBytes: number;
}

export interface Build {
  distDir: string;
  modules: ModuleSize[];
}

function moduleSizes(into: ModuleSize[]): Plugin {
  return {
    name: 'waymark-bench-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(output.modules)) {
          if (!info.renderedLength) continue;
          into.push({
            id: relative(repoRoot, id.replace(/^\0/, '').split('?')[0] ?? id),
            chunk: output.fileName,
            renderedBytes: info.renderedLength,
          });
        }
      }
    },
  };
}

export async function buildApp(): Promise<Build> {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-bench-build-'));
  const distDir = join(folder, 'dist');
  const modules: ModuleSize[] = [];
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      root: repoRoot,
      logLevel: 'warn',
      build: { outDir: distDir },
      plugins: [moduleSizes(modules)],
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(previous);
  }
  return { distDir, modules };
}
