/**
 * One config for the build (Vite), the service worker (vite-plugin-pwa, injectManifest) and the
 * test projects (Vitest): `unit` (jsdom + fake-indexeddb, beside the code), `server` (Node, PGlite
 * or DATABASE_URL) and `e2e` (Debian's Chromium through playwright-core against the built app).
 */
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { claimantPrecache } from './scripts/precache-filter.ts';
import { prerenderHome } from './scripts/prerender-home.ts';
import { precompress } from './scripts/precompress.ts';
import { CHUNK_GROUPS, findFirstScreenModules } from './scripts/chunk-groups.ts';

const devServerPort = Number(process.env.API_PORT ?? 8081);

/** The build's output folder as resolved (`--outDir` may change it), for the precache filter. */
let outDir = 'dist';
const rememberOutDir: Plugin = {
  name: 'waymark-remember-out-dir',
  configResolved(config) {
    outDir = resolve(config.root, config.build.outDir);
  },
};

export default defineConfig({
  plugins: [
    rememberOutDir,
    // Before the build groups its files: which modules the first screen loads.
    findFirstScreenModules,
    react(),
    // The home page rendered into index.html at build time, so it paints before the JavaScript.
    prerenderHome(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: ['**/.vite/**', 'coach.html'],
        // The coach console (coach.html) is online-only: its own chunks are not precached on
        // claimants' phones. Shared chunks (React, the UI kit) stay, as the claimant app needs them.
        manifestTransforms: [claimantPrecache(() => outDir)],
      },
      manifest: {
        name: 'Waymark: my health and work workbook',
        short_name: 'Waymark',
        description:
          'Work through the Health and Work Conversation at your own pace, on your phone, even with no signal.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        id: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4e47',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      devOptions: { enabled: false },
    }),
    // Last: brotli and gzip copies of every text file, served as they are (static-site.ts).
    precompress(),
  ],
  build: {
    manifest: true,
    // Every browser Waymark supports has <link rel="modulepreload">: no polyfill on the first screen.
    modulePreload: { polyfill: false },
    // Two pages: the claimant app (index.html) and the coach console (coach.html, served at /coach).
    rollupOptions: {
      input: { main: 'index.html', coach: 'coach.html' },
      // A few larger files for what pages share, not ~150 small ones (scripts/chunk-groups.ts).
      output: { codeSplitting: { groups: CHUNK_GROUPS } },
    },
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': `http://localhost:${devServerPort}` },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          // The server, and the build scripts' own logic (Node too).
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
