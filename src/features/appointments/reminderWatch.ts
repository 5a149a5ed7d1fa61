/**
 * Started after the first paint, only when the person turned reminder notifications on
 * (main.tsx checks the setting without loading this): looks for a due reminder now, when the
 * app comes back into view, and every ten minutes while it is open, reading the appointments
 * without Dexie (data/quickRead.ts), and shows it once (reminderNotifications.ts).
 */
import type { i18n as I18n } from 'i18next';
import { readStores } from '../../data/quickRead';
import { appLocked, openedRows } from '../../data/lock/lockGate';
import { appointmentReminder } from '../../domain/reminder';
import type { Appointment } from '../../domain/records';
import { allStrings } from '../../i18n/i18n';
import { isLanguage } from '../../i18n/languages';
import { clockTime } from '../journal/dateTimeWords';
import { notifyIfDue } from './reminderNotifications';

const EVERY_MS = 10 * 60 * 1000;

export async function checkReminder(i18n: I18n, now = new Date()): Promise<boolean> {
  // While locked (a PIN is set), the appointments are sealed: no reminder until unlocked.
  if (appLocked()) return false;
  const { appointments } = await openedRows(await readStores(['appointments']));
  const reminder = appointmentReminder((appointments ?? []) as Appointment[], now);
  if (!reminder) return false;
  if (isLanguage(i18n.language)) await allStrings(i18n, i18n.language);
  return notifyIfDue(reminder, (r) => ({
    title: i18n.t('common.appName'),
    body:
      r.day === 'today'
        ? i18n.t('appointments.reminder.notificationToday', { time: clockTime(r.at) })
        : i18n.t('appointments.reminder.notificationTomorrow', { time: clockTime(r.at) }),
  }));
}

let stopWatch: (() => void) | undefined;

/** Starts watching (once per page; a second call does nothing). Returns how to stop. */
export function startReminderWatch(i18n: I18n): () => void {
  if (stopWatch) return stopWatch;
  const check = () => {
    checkReminder(i18n).catch((error: unknown) => console.error('Reminder check failed', error));
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  check();
  const timer = setInterval(check, EVERY_MS);
  document.addEventListener('visibilitychange', onVisible);
  stopWatch = () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    stopWatch = undefined;
  };
  return stopWatch;
}
