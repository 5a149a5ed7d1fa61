/**
 * Translation resources. English is bundled (it is the fallback and the source of the key
 * types); other languages are loaded on demand as their own chunks, so a person reading English
 * never downloads Welsh and vice versa only costs one small request.
 */
import common from '../../locales/en/common.json';
import help from '../../locales/en/help.json';
import home from '../../locales/en/home.json';
import settings from '../../locales/en/settings.json';
import sharing from '../../locales/en/sharing.json';
import tasks from '../../locales/en/tasks.json';
import type { Language } from './languages';

export const en = { common, help, home, settings, sharing, tasks };
export type Resources = typeof en;

type Namespace = keyof Resources;
const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en/*.json',
]);

/** Loads every file of a language into one resource object keyed by file name. */
export async function loadResources(language: Language): Promise<Record<string, unknown>> {
  if (language === 'en') return en;
  const prefix = `../../locales/${language}/`;
  const entries = await Promise.all(
    Object.entries(lazyFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => {
        const name = path.slice(prefix.length, -'.json'.length) as Namespace;
        return [name, (await load()).default] as const;
      }),
  );
  if (entries.length === 0) throw new Error(`No translations found for ${language}`);
  return Object.fromEntries(entries);
}
