/**
 * Every route of the claimant app with its expected main heading in each language, read from
 * the locale files so the tests follow the words rather than repeat them.
 */
import { TASKS } from '../../../src/domain/tasks';
import enCommon from '../../../locales/en/common.json';
import enHelp from '../../../locales/en/help.json';
import enHome from '../../../locales/en/home.json';
import enPairing from '../../../locales/en/pairing.json';
import enSettings from '../../../locales/en/settings.json';
import enTasks from '../../../locales/en/tasks.json';
import cyCommon from '../../../locales/cy/common.json';
import cyHelp from '../../../locales/cy/help.json';
import cyHome from '../../../locales/cy/home.json';
import cyPairing from '../../../locales/cy/pairing.json';
import cySettings from '../../../locales/cy/settings.json';
import cyTasks from '../../../locales/cy/tasks.json';
import type { Language } from './browser';

export const strings = {
  en: {
    common: enCommon,
    help: enHelp,
    home: enHome,
    pairing: enPairing,
    settings: enSettings,
    tasks: enTasks,
  },
  cy: {
    common: cyCommon,
    help: cyHelp,
    home: cyHome,
    pairing: cyPairing,
    settings: cySettings,
    tasks: cyTasks,
  },
};

export interface AppRoute {
  path: string;
  heading: Record<Language, string>;
}

export const ROUTES: AppRoute[] = [
  { path: '/', heading: { en: enHome.title, cy: cyHome.title } },
  ...TASKS.map((task) => ({
    path: task.path,
    heading: { en: enTasks[task.id].title, cy: cyTasks[task.id].title },
  })),
  { path: '/help', heading: { en: enHelp.title, cy: cyHelp.title } },
  { path: '/settings', heading: { en: enSettings.title, cy: cySettings.title } },
  { path: '/pair', heading: { en: enPairing.title, cy: cyPairing.title } },
  { path: '/no-such-page', heading: { en: enCommon.notFound.title, cy: cyCommon.notFound.title } },
];
