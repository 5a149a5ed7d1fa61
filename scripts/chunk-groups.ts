/**
 * How the build groups the claimant app's string files (Rolldown's `output.codeSplitting`).
 *
 * Strings are split by file (locales/<language>/<file>.json) so the types stay per file, and
 * the first screen carries only its own. Left to itself the bundler then makes a file for each
 * of them: a page opened by a link loaded 16 string files one by one, each a request with about
 * 1 KB of response headers, and on a phone on Slow 4G (150 ms a round trip, six connections)
 * those requests were a large part of the time before the About Me page's heading showed
 * (BENCHMARKS.md). So every string file that loads after the first screen comes in one file per
 * language (`strings-en`, `strings-cy`, about 25 KB compressed), and the Welsh files the first
 * screen needs in one more (`strings-cy-core`). English's first-screen files (common, home,
 * tasks: src/i18n/resources.ts CORE_FILES) are in the first bundle already, and the coach
 * console's strings stay in its own files (src/coach/i18n.ts).
 *
 * Only strings are grouped. Grouping code this way (the local database, the form widgets) was
 * tried: a group takes each module's imports with it, and the database code imports modules the
 * home page needs, so the group landed on the home page's critical path.
 */
import { sep } from 'node:path';

/** Strings the English first screen imports statically (src/i18n/resources.ts CORE_FILES). */
export const CORE_STRINGS = new Set(['common', 'home', 'tasks']);

/** The file a string module goes to, or null where the bundler's own placement stays. */
export function stringsGroup(id: string): string | null {
  const match = /\/locales\/(en|cy)\/([A-Za-z]+)\.json$/.exec(id.split(sep).join('/'));
  if (!match) return null;
  const [, language, file] = match as unknown as [string, string, string];
  if (file === 'coach') return null;
  if (CORE_STRINGS.has(file)) return language === 'en' ? null : `strings-${language}-core`;
  return `strings-${language}`;
}

export const CHUNK_GROUPS = [{ name: stringsGroup }];
