/**
 * The day-before reminder as a notification on the phone (issue 6). There is no push service,
 * so Waymark can only notify while it is open (or in a background tab): when the person has
 * turned it on in settings, the app checks for a reminder that is due (domain/reminder.ts) when
 * it starts, when it comes back into view, and every few minutes, and shows it once per
 * appointment and time through the service worker (the only way that works on Android).
 *
 * The words are discreet on purpose, since a lock screen can be seen by anyone: "You have an
 * appointment tomorrow at 10:30." Never who with, where, or what about.
 */
import type { AppointmentReminder } from '../../domain/reminder';
import { reminderKey } from '../../domain/reminder';

/** localStorage: 'on' when the person asked for notifications (main.tsx reads it too). */
export const REMINDER_SETTING_KEY = 'waymark.reminderNotifications';
/** localStorage: the reminders already shown (reminderKey), newest last. */
const SHOWN_KEY = 'waymark.remindersShown';
const MAX_SHOWN = 50;

export type NotificationSupport = 'unsupported' | 'notInstalled' | 'available';

/** Whether this browser can show Waymark's notifications: it needs them, a service worker,
 * and the app installed (standalone), as the issue asks. */
export function notificationSupport(win: Window = window): NotificationSupport {
  if (!('Notification' in win) || !('serviceWorker' in win.navigator)) return 'unsupported';
  const installed =
    win.matchMedia?.('(display-mode: standalone)').matches ||
    (win.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return installed ? 'available' : 'notInstalled';
}

export function notificationsWanted(): boolean {
  try {
    return localStorage.getItem(REMINDER_SETTING_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setNotificationsWanted(on: boolean): void {
  if (on) localStorage.setItem(REMINDER_SETTING_KEY, 'on');
  else localStorage.removeItem(REMINDER_SETTING_KEY);
}

function shownKeys(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SHOWN_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function markShown(key: string): void {
  const keys = [...shownKeys().filter((k) => k !== key), key].slice(-MAX_SHOWN);
  localStorage.setItem(SHOWN_KEY, JSON.stringify(keys));
}

export interface ReminderWords {
  title: string;
  body: string;
}

/** Shows a notification; the default goes through the service worker registration. */
export type ShowNotification = (
  words: ReminderWords,
  options: { tag: string; url: string },
) => Promise<void>;

const showWithServiceWorker: ShowNotification = async (words, { tag, url }) => {
  const registration = await navigator.serviceWorker.ready;
  await registration.showNotification(words.title, { body: words.body, tag, data: { url } });
};

/**
 * Shows the reminder as a notification if the person wants them, allowed them, and it has not
 * been shown for this appointment and time. Returns true when it was shown.
 */
export async function notifyIfDue(
  reminder: AppointmentReminder | undefined,
  words: (reminder: AppointmentReminder) => ReminderWords,
  show: ShowNotification = showWithServiceWorker,
): Promise<boolean> {
  if (!reminder || !notificationsWanted()) return false;
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
  const key = reminderKey(reminder);
  if (shownKeys().includes(key)) return false;
  // Marked first: two tabs checking at once show it once at most.
  markShown(key);
  await show(words(reminder), { tag: key, url: `/appointments/${reminder.appointmentId}` });
  return true;
}
