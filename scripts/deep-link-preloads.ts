/**
 * Which chunks a deep link (any address but "/") should start fetching straight from the HTML:
 * the ones most pages share. On the home page the app's first chunks are all there is; on a deep
 * link the page's own chunk is known only once the app has run, and it brings the local
 * database (Dexie), the form widgets (react-aria) and the rest in a second wave of requests. On
 * Slow 4G that wave waiting for the first one was most of the About Me page's LCP (BENCHMARKS.md).
 *
 * Chosen from the build output, so nothing needs updating by hand: of every page chunk the first
 * screen loads lazily (a .tsx module under src/), each chunk its static imports bring that the
 * first screen does not already have, kept when at least half the pages need it. The prerender
 * plugin (prerender-home.ts) writes them into index.html's app-scripts template with
 * `data-deep-link`, and the inline gate (src/app/prerenderGate.ts) adds them on any address but "/".
 */
export interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  facadeModuleId?: string | null;
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
