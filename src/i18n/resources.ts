/**
 * Translation resources, split so the first screen carries only what it shows: the "core" files
 * (common, home, tasks: the header, status line, task list and start pages) of English are in
 * the first bundle; everything else, and every file of other languages, is its own chunk loaded
 * on demand (all precached by the service worker, so this works offline). Key types come from
 * the English files, imported as types only where they are not bundled.
 */
import type actionPlan from '../../locales/en/actionPlan.json';
import type aboutMe from '../../locales/en/aboutMe.json';
import type appointments from '../../locales/en/appointments.json';
import type checkIn from '../../locales/en/checkIn.json';
import type coach from '../../locales/en/coach.json';
import type conflicts from '../../locales/en/conflicts.json';
import common from '../../locales/en/common.json';
import type feedback from '../../locales/en/feedback.json';
import type fourSteps from '../../locales/en/fourSteps.json';
import type help from '../../locales/en/help.json';
import type lock from '../../locales/en/lock.json';
import home from '../../locales/en/home.json';
import type messages from '../../locales/en/messages.json';
import type myData from '../../locales/en/myData.json';
import type pairing from '../../locales/en/pairing.json';
import type settings from '../../locales/en/settings.json';
import type sharing from '../../locales/en/sharing.json';
import tasks from '../../locales/en/tasks.json';
import type values from '../../locales/en/values.json';
import type workbook from '../../locales/en/workbook.json';
import type { Language } from './languages';

/** The files every screen needs; the rest load when a page that needs them opens. */
export const CORE_FILES = ['common', 'home', 'tasks'] as const;
export const enCore = { common, home, tasks };
export type Resources = typeof enCore & {
  actionPlan: typeof actionPlan;
  aboutMe: typeof aboutMe;
  appointments: typeof appointments;
  checkIn: typeof checkIn;
  /** Loaded by the coach console only (src/coach/i18n.ts). */
  coach: typeof coach;
  conflicts: typeof conflicts;
  feedback: typeof feedback;
  fourSteps: typeof fourSteps;
  help: typeof help;
  lock: typeof lock;
  messages: typeof messages;
  myData: typeof myData;
  pairing: typeof pairing;
  settings: typeof settings;
  sharing: typeof sharing;
  values: typeof values;
  workbook: typeof workbook;
};
export type ResourcePart = 'core' | 'rest';

const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en/common.json',
  '!../../locales/en/home.json',
  '!../../locales/en/tasks.json',
  // The coach console's own strings load only there (src/coach/i18n.ts).
  '!../../locales/*/coach.json',
]);

/** Loads one part of a language's files into one resource object keyed by file name. */
export async function loadResources(
  language: Language,
  part: ResourcePart,
): Promise<Record<string, unknown>> {
  if (language === 'en' && part === 'core') return enCore;
  const prefix = `../../locales/${language}/`;
  const isCore = (name: string) => (CORE_FILES as readonly string[]).includes(name);
  const entries = await Promise.all(
    Object.entries(lazyFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load] as const)
      .filter(([name]) => (part === 'core' ? isCore(name) : !isCore(name)))
      .map(async ([name, load]) => [name, (await load()).default] as const),
  );
  if (entries.length === 0) throw new Error(`No ${part} translations found for ${language}`);
  return Object.fromEntries(entries);
}
