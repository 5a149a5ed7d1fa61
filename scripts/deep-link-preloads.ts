/**
 * What a visit other than the English home should start fetching straight from the HTML
 * (issue 8). On the home page the app's first chunks are all there is; on a deep link the
 * page's own chunks are known only once the app has run, and they bring the local database
 * (Dexie), the form widgets (react-aria), the strings and the page itself in a second wave of
 * requests. On Slow 4G that wave waiting for the first one was most of the About Me page's LCP
 * (BENCHMARKS.md). So, chosen from the build output:
 * - `deepLinkPreloads`: of every page chunk the first screen loads lazily (a .tsx module under
 *   src/), each chunk its static imports bring that the first screen does not already have,
 *   kept when at least half the pages need it: fetched on any deep link;
 * - `appPreloads`: those, their CSS, each language's string file, and each route's own chunks
 *   and CSS (src/app/routeChunks.ts), each marked with the visits it is for.
 * The prerender plugin (prerender-home.ts) writes them into index.html's app-scripts template,
 * and the inline gate (src/app/prerenderGate.ts) adds the ones that suit the visit.
 */
export interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  /** The chunk's name (a codeSplitting group's name for a group: scripts/chunk-groups.ts). */
  name?: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  facadeModuleId?: string | null;
  /** The modules in the chunk. */
  moduleIds?: readonly string[];
  /** The CSS files Vite loads with the chunk. */
  viteMetadata?: { importedCss?: ReadonlySet<string> };
}

/** A page chunk: a lazily loaded React page of the app (not a helper module or a package). */
function isPage(chunk: BundleChunk | undefined, root: string): boolean {
  const id = chunk?.facadeModuleId ?? '';
  return id.startsWith(`${root}/src/`) && id.endsWith('.tsx');
}

function closure(bundle: Record<string, BundleChunk>, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of bundle[file]?.imports ?? []) visit(next);
  };
  visit(start);
  return seen;
}

/** The shared chunks to preload on deep links, in file-name order, for the entry `entry`. */
export function deepLinkPreloads(
  bundle: Record<string, BundleChunk>,
  entry: string,
  root: string,
  share = 0.5,
): string[] {
  const firstScreen = closure(bundle, entry);
  const pages = new Set<string>();
  for (const file of firstScreen) {
    for (const lazy of bundle[file]?.dynamicImports ?? []) {
      if (!firstScreen.has(lazy) && isPage(bundle[lazy], root)) pages.add(lazy);
    }
  }
  const needed = new Map<string, number>();
  for (const page of pages) {
    for (const file of closure(bundle, page)) {
      if (file === page || firstScreen.has(file)) continue;
      needed.set(file, (needed.get(file) ?? 0) + 1);
    }
  }
  return [...needed]
    .filter(([, count]) => pages.size > 0 && count / pages.size >= share)
    .map(([file]) => file)
    .sort();
}

/** A file the inline gate may start fetching from the HTML, and for which visits. */
export interface Preload {
  file: string;
  as: 'script' | 'style';
  /** For deep links only: '' any address but "/", else those starting with this prefix. */
  path?: string;
  /** Only when the visit is in this language. */
  language?: string;
}

/** A page and the addresses it serves (src/app/routeChunks.ts). */
export interface RoutePage {
  prefix: string;
  page: string;
}

function cssOf(bundle: Record<string, BundleChunk>, files: Iterable<string>): Set<string> {
  const css = new Set<string>();
  for (const file of files)
    for (const sheet of bundle[file]?.viteMetadata?.importedCss ?? []) css.add(sheet);
  return css;
}

/**
 * Everything the gate may preload for the entry `entry`, beyond what the first screen loads:
 * - the chunks most pages share (deepLinkPreloads), and their CSS, on any deep link;
 * - each string file (scripts/chunk-groups.ts) in its language: `strings-<language>` on deep
 *   links, `strings-<language>-core` (the first screen's, when not in the first bundle) always;
 * - for each route, its page's chunk and the chunks and CSS it imports, on its addresses.
 */
export function appPreloads(
  bundle: Record<string, BundleChunk>,
  entry: string,
  root: string,
  routes: readonly RoutePage[],
): Preload[] {
  const firstScreen = closure(bundle, entry);
  const firstCss = cssOf(bundle, firstScreen);
  const sharedFiles = deepLinkPreloads(bundle, entry, root);
  const shared = new Set([...firstScreen, ...sharedFiles]);
  const sharedCss = new Set([...firstCss, ...cssOf(bundle, sharedFiles)]);
  const preloads: Preload[] = [
    ...sharedFiles.map((file): Preload => ({ file, as: 'script', path: '' })),
    ...[...sharedCss]
      .filter((file) => !firstCss.has(file))
      .sort()
      .map((file): Preload => ({ file, as: 'style', path: '' })),
  ];

  for (const chunk of Object.values(bundle).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const match =
      chunk.type === 'chunk' ? /^strings-([a-z]+)(-core)?$/.exec(chunk.name ?? '') : null;
    if (!match || firstScreen.has(chunk.fileName)) continue;
    const [, language, core] = match as unknown as [string, string, string | undefined];
    preloads.push({ file: chunk.fileName, as: 'script', language, ...(core ? {} : { path: '' }) });
  }

  for (const { prefix, page } of routes) {
    // The page's own chunk; or, when the bundler put the page in a chunk with others (a page
    // another one imports too), the chunk that holds it.
    const id = `${root}/${page}`;
    const chunk =
      Object.values(bundle).find((c) => c.facadeModuleId === id) ??
      Object.values(bundle).find((c) => c.moduleIds?.includes(id));
    if (!chunk)
      throw new Error(`deep-link preloads: no chunk for ${page} (src/app/routeChunks.ts)`);
    const files = [...closure(bundle, chunk.fileName)].filter((file) => !shared.has(file));
    for (const file of files.sort()) preloads.push({ file, as: 'script', path: prefix });
    for (const file of [...cssOf(bundle, files)].filter((f) => !sharedCss.has(f)).sort()) {
      preloads.push({ file, as: 'style', path: prefix });
    }
  }
  return preloads;
}
