/**
 * Build step (a Vite plugin, vite.config.ts): renders the home page into the built index.html,
 * so its first paint comes from the HTML instead of waiting for the JavaScript (issue 8).
 *
 * - #root gets the markup of src/app/prerender.tsx (the app at "/", in English, before any
 *   record is read) and the `data-prerendered` attribute; main.tsx hydrates it on "/" in English
 *   and replaces it everywhere else.
 * - The app's <script type="module"> and <link rel="modulepreload"> tags move into an inert
 *   <template id="app-scripts">, followed by the inline script of src/app/prerenderGate.ts: it
 *   hides the prerendered home before the first paint on any other path or language, and adds
 *   those tags to the page, after the first paint when that paint is the prerendered home, at
 *   once otherwise. The server's CSP allows it by its hash (server/http/security-headers.ts).
 * - The template also holds preloads for other visits (deep-link-preloads.ts), marked with the
 *   addresses (`data-deep-link`) and language (`data-language`) they are for: the chunks most
 *   pages share, each route's own chunks and CSS, and the string file of each language.
 *
 * The page is rendered by a short-lived Vite server in SSR mode (so the app's CSS and JSON
 * imports and import.meta.glob resolve as in the browser build); only the build runs this, and
 * only for index.html (the coach console's coach.html stays as it is).
 */
import { basename } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { appPreloads, type BundleChunk, type Preload } from './deep-link-preloads.ts';
import { ROUTE_CHUNKS } from '../src/app/routeChunks.ts';
import {
  APP_SCRIPTS_ID,
  DEEP_LINK_ATTRIBUTE,
  LANGUAGE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  PRERENDER_GATE_SCRIPT,
} from '../src/app/prerenderGate.ts';

const RENDER_MODULE = '/src/app/prerender.tsx';
const EMPTY_ROOT = '<div id="root"></div>';
const CHARSET = '<meta charset="utf-8" />';

/** Renders the home page with the app's own modules, from the project root. */
export async function renderHomeHtml(root: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderHome(): Promise<string>;
    };
    return await module.renderHome();
  } finally {
    await server.close();
  }
}

function replaceOnce(html: string, search: string, replacement: string): string {
  const at = html.indexOf(search);
  if (at === -1 || html.indexOf(search, at + 1) !== -1) {
    throw new Error(`prerender: index.html must contain ${search} exactly once`);
  }
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

/** A preload as the gate finds it in the template: marked with the visits it is for. */
const preloadTag =
  (base: string) =>
  ({ file, as, path, language }: Preload): string => {
    const rel = as === 'script' ? 'rel="modulepreload"' : 'rel="preload" as="style"';
    const marks = [
      path === undefined ? '' : ` ${DEEP_LINK_ATTRIBUTE}="${path}"`,
      language === undefined ? '' : ` ${LANGUAGE_ATTRIBUTE}="${language}"`,
    ].join('');
    return `<link ${rel} crossorigin href="${base}${file}"${marks}>`;
  };

const MODULE_SCRIPT = /\n?[ \t]*<script\b[^>]*\btype="module"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\n?[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>/g;

/**
 * index.html with the home page in #root, and the app's script tags in an inert template
 * followed by the gate script, first in <head>.
 */
export function withPrerenderedHome(
  html: string,
  markup: string,
  preloads: readonly Preload[] = [],
  base = '/',
): string {
  const scripts = html.match(MODULE_SCRIPT) ?? [];
  if (scripts.length !== 1) {
    throw new Error(`prerender: index.html must have one module script, not ${scripts.length}`);
  }
  const tags = [
    ...[...scripts, ...(html.match(MODULE_PRELOAD) ?? [])].map((tag) => tag.trim()),
    ...preloads.map(preloadTag(base)),
  ];
  const withoutTags = html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
  const withRoot = replaceOnce(
    withoutTags,
    EMPTY_ROOT,
    `<div id="root" ${PRERENDERED_ATTRIBUTE}>${markup}</div>`,
  );
  return replaceOnce(
    withRoot,
    CHARSET,
    `${CHARSET}\n    <template id="${APP_SCRIPTS_ID}">${tags.join('')}</template>` +
      `\n    <script>${PRERENDER_GATE_SCRIPT}</script>`,
  );
}

export function prerenderHome(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'waymark-prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (basename(context.filename) !== 'index.html') return html;
        const entry = context.chunk?.fileName;
        const preloads =
          context.bundle && entry
            ? appPreloads(context.bundle as Record<string, BundleChunk>, entry, root, ROUTE_CHUNKS)
            : [];
        return withPrerenderedHome(html, await renderHomeHtml(root), preloads, base);
      },
    },
  };
}
