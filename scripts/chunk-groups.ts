/**
 * How the build groups modules into files (Rolldown's `output.codeSplitting.groups`), and why.
 *
 * Left to itself the bundler makes one file for every set of modules that the same set of lazy
 * imports shares: about 150 JavaScript files, many under 1 KB. A page opened by a link then
 * fetched about 60 of them, and on a phone on Slow 4G each costs a round trip (150 ms) on one
 * of six connections plus about 1 KB of response headers: Lighthouse's simulation of the About
 * Me question showed the page waiting on those queues far more than on the bytes or the CPU
 * (BENCHMARKS.md). So what pages share comes in a few larger files:
 *
 * - `strings-en`, `strings-cy`: every string file that loads after the first screen, one file
 *   per language, and `strings-cy-core`: Welsh's first-screen files. English's first-screen
 *   strings are in the first bundle already; the coach console's stay its own.
 * - `data`: the local database (Dexie) and the app's data and domain code the pages use.
 * - `widgets`: React Aria's form controls and the kit's components built on them.
 * - `workbook`: the workbook pages (About Me, My Values, My 4 Steps share them).
 *
 * Three kinds of module stay where the bundler puts them, found from the module graph once it is
 * built (the `findFirstScreenModules` plugin, which must run in the same build):
 * - what the claimant app's first screen loads (static imports from index.html): taking one
 *   into a group would put the whole group on the home page's critical path;
 * - what the first screen loads just after it paints (size-check.mjs DEFERRED_ENTRIES: the task
 *   statuses, the sync check, workbox-window), so the home page never fetches a whole group;
 * - anything that imports zod, which loads with the first save (src/data/repository.ts).
 * The code groups take only the modules they match, not their imports
 * (`includeDependenciesRecursively: false`): those stay in their own files, and so the three
 * kinds above stay out. First-screen code must import kit components from their own files
 * (`../ui/Button`), not the `../ui` index, or the whole kit would count as first-screen here.
 */
import { sep } from 'node:path';
import { DEFERRED_ENTRIES } from './size-check.mjs';

/** Strings the English first screen imports statically (src/i18n/resources.ts CORE_FILES). */
export const CORE_STRINGS = new Set(['common', 'home', 'tasks']);

const posix = (id: string) => id.split(sep).join('/');

/** The file a string module goes to, or null where the bundler's own placement stays. */
export function stringsGroup(id: string): string | null {
  const match = /\/locales\/(en|cy)\/([A-Za-z]+)\.json$/.exec(posix(id));
  if (!match) return null;
  const [, language, file] = match as unknown as [string, string, string];
  if (file === 'coach') return null;
  if (CORE_STRINGS.has(file)) return language === 'en' ? null : `strings-${language}-core`;
  return `strings-${language}`;
}

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): {
    isEntry?: boolean;
    importedIds: readonly string[];
    importers: readonly string[];
  } | null;
}

const CLAIMANT_ENTRY = /\/index\.html($|\?)/;
const ZOD = /\/node_modules\/zod\//;
const DATA = /\/node_modules\/(dexie|dexie-react-hooks)\/|\/src\/(data|domain)\//;
const WIDGETS =
  /\/node_modules\/(react-aria|react-aria-components|react-stately|@react-aria|@react-stately|@internationalized|@swc\/helpers|clsx)\/|\/src\/ui\//;
const WORKBOOK = /\/src\/features\/(workbook|about-me|my-values|four-steps)\//;

/** The modules the groups leave alone (see above), filled in by the plugin below. */
const keepOut = new Set<string>();

/** Adds to `into` the modules `starts` reach by following `next` (static imports or importers). */
function reach(
  starts: Iterable<string>,
  next: (id: string) => readonly string[],
  into: Set<string>,
) {
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (into.has(id)) continue;
    into.add(id);
    stack.push(...next(id));
  }
}

/** Finds the modules the groups must leave alone, once the module graph is built. */
export const findFirstScreenModules = {
  name: 'waymark-first-screen-modules',
  apply: 'build' as const,
  buildEnd(this: ModuleGraph) {
    const ids = [...this.getModuleIds()];
    const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
    keepOut.clear();
    // The first screen: static imports from the claimant app's page.
    reach(
      ids.filter((id) => this.getModuleInfo(id)?.isEntry && CLAIMANT_ENTRY.test(posix(id))),
      imports,
      keepOut,
    );
    // What it loads just after painting.
    const justAfter = ids.filter((id) =>
      DEFERRED_ENTRIES.some((entry: string) => posix(id).endsWith(`/${entry}`)),
    );
    if (justAfter.length !== DEFERRED_ENTRIES.length) {
      throw new Error('chunk-groups: a module of DEFERRED_ENTRIES (size-check.mjs) is missing');
    }
    reach(justAfter, imports, keepOut);
    // Everything that imports zod, directly or through other modules.
    reach(
      ids.filter((id) => ZOD.test(posix(id))),
      (id) => this.getModuleInfo(id)?.importers ?? [],
      keepOut,
    );
  },
};

/** The group a code module goes to, or null where the bundler's own placement stays. */
export function codeGroup(id: string): string | null {
  const path = posix(id);
  if (keepOut.has(id) || path.includes('/src/coach/')) return null;
  if (DATA.test(path)) return 'data';
  if (WIDGETS.test(path)) return 'widgets';
  if (WORKBOOK.test(path)) return 'workbook';
  return null;
}

export const CHUNK_GROUPS = [
  { name: stringsGroup, debugName: 'strings' },
  { name: codeGroup, debugName: 'code', includeDependenciesRecursively: false },
];
