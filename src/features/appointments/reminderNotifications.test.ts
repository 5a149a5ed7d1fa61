// The reminder notification: only when the person turned it on and the phone allowed it, once
// per appointment and time (again if the time changes), with discreet words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppointmentReminder } from '../../domain/reminder';
import {
  notificationSupport,
  notifyIfDue,
  setNotificationsWanted,
  type ShowNotification,
} from './reminderNotifications';

const reminder: AppointmentReminder = {
  appointmentId: '6f1c2f8e-8a4b-4c1e-9d2a-0b7f3c5d9e10',
  at: '2026-12-03T10:30:00.000Z',
  how: 'phone',
  source: 'coach',
  day: 'tomorrow',
};
const words = () => ({ title: 'Waymark', body: 'You have an appointment tomorrow at 10:30.' });

let permission: NotificationPermission = 'granted';
beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('Notification', {
    get permission() {
      return permission;
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  permission = 'granted';
});

describe('notifyIfDue', () => {
  it('does nothing until the person turns notifications on', async () => {
    const show = vi.fn<ShowNotification>(() => Promise.resolve());
    expect(await notifyIfDue(reminder, words, show)).toBe(false);
    expect(show).not.toHaveBeenCalled();
  });

  it('does nothing when the phone has not allowed notifications', async () => {
    setNotificationsWanted(true);
    permission = 'denied';
    const show = vi.fn<ShowNotification>(() => Promise.resolve());
    expect(await notifyIfDue(reminder, words, show)).toBe(false);
    expect(show).not.toHaveBeenCalled();
  });

  it('shows each reminder once, and again for a new time', async () => {
    setNotificationsWanted(true);
    const show = vi.fn<ShowNotification>(() => Promise.resolve());
    expect(await notifyIfDue(reminder, words, show)).toBe(true);
    expect(await notifyIfDue(reminder, words, show)).toBe(false);
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith(words(), {
      tag: `${reminder.appointmentId}@${reminder.at}`,
      url: `/appointments/${reminder.appointmentId}`,
    });
    expect(await notifyIfDue({ ...reminder, at: '2026-12-03T11:30:00.000Z' }, words, show)).toBe(
      true,
    );
    expect(show).toHaveBeenCalledTimes(2);
    expect(await notifyIfDue(undefined, words, show)).toBe(false);
  });

  it('turned off again, shows nothing', async () => {
    setNotificationsWanted(true);
    setNotificationsWanted(false);
    const show = vi.fn<ShowNotification>(() => Promise.resolve());
    expect(await notifyIfDue(reminder, words, show)).toBe(false);
  });
});

describe('notificationSupport', () => {
  const fakeWindow = (standalone: boolean, withNotification = true) =>
    ({
      ...(withNotification ? { Notification: {} } : {}),
      navigator: { serviceWorker: {} },
      matchMedia: () => ({ matches: standalone }),
    }) as unknown as Window;

  it('needs notifications, a service worker, and the app installed', () => {
    expect(notificationSupport(fakeWindow(true))).toBe('available');
    expect(notificationSupport(fakeWindow(false))).toBe('notInstalled');
    expect(notificationSupport(fakeWindow(true, false))).toBe('unsupported');
  });
});
