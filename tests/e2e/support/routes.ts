/**
 * Every route of the claimant app with its expected main heading in each language, read from
 * the locale files so the tests follow the words rather than repeat them.
 */
import { TASKS } from '../../../src/domain/tasks';
import enCommon from '../../../locales/en/common.json';
import enConflicts from '../../../locales/en/conflicts.json';
import enFeedback from '../../../locales/en/feedback.json';
import enHelp from '../../../locales/en/help.json';
import enHome from '../../../locales/en/home.json';
import enMessages from '../../../locales/en/messages.json';
import enAppointments from '../../../locales/en/appointments.json';
import enPairing from '../../../locales/en/pairing.json';
import enMyData from '../../../locales/en/myData.json';
import enSettings from '../../../locales/en/settings.json';
import enTasks from '../../../locales/en/tasks.json';
import cyCommon from '../../../locales/cy/common.json';
import cyConflicts from '../../../locales/cy/conflicts.json';
import cyFeedback from '../../../locales/cy/feedback.json';
import cyHelp from '../../../locales/cy/help.json';
import cyHome from '../../../locales/cy/home.json';
import cyMessages from '../../../locales/cy/messages.json';
import cyAppointments from '../../../locales/cy/appointments.json';
import cyPairing from '../../../locales/cy/pairing.json';
import cyMyData from '../../../locales/cy/myData.json';
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
  { path: '/messages', heading: { en: enMessages.title, cy: cyMessages.title } },
  { path: '/appointments', heading: { en: enAppointments.title, cy: cyAppointments.title } },
  // A feedback that is not on this phone: the page says so under its heading.
  {
    path: '/feedback/00000000-0000-4000-8000-000000000000',
    heading: { en: enFeedback.form.title, cy: cyFeedback.form.title },
  },
  {
    path: '/my-information',
    heading: { en: enMyData.summary.title, cy: cyMyData.summary.title },
  },
  { path: '/changes-to-check', heading: { en: enConflicts.title, cy: cyConflicts.title } },
  { path: '/no-such-page', heading: { en: enCommon.notFound.title, cy: cyCommon.notFound.title } },
];
