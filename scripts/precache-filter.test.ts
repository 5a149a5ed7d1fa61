import { describe, expect, it } from 'vitest';
import { coachOnlyFiles, reachableFiles, type ViteManifest } from './precache-filter';

const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/main.js',
    isEntry: true,
    imports: ['_shared'],
    dynamicImports: ['src/page.tsx'],
    css: ['assets/main.css'],
  },
  'coach.html': {
    file: 'assets/coach.js',
    isEntry: true,
    imports: ['_shared', '_coachOnly'],
    css: ['assets/coach.css'],
  },
  _shared: { file: 'assets/shared.js' },
  _coachOnly: { file: 'assets/qr.js', imports: ['_shared'] },
  'src/page.tsx': { file: 'assets/page.js', imports: ['_shared'], assets: ['assets/font.woff2'] },
};

describe('what the claimant app precaches', () => {
  it('follows imports, lazy imports, CSS and assets from an entry', () => {
    expect([...reachableFiles(manifest, 'index.html')].sort()).toEqual(
      [
        'assets/font.woff2',
        'assets/main.css',
        'assets/main.js',
        'assets/page.js',
        'assets/shared.js',
      ].sort(),
    );
  });

  it('leaves out only what the coach console alone loads', () => {
    expect([...coachOnlyFiles(manifest)].sort()).toEqual([
      'assets/coach.css',
      'assets/coach.js',
      'assets/qr.js',
    ]);
  });
});
