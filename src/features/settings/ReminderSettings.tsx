/**
 * "Appointment reminders": Waymark always reminds on the home page the day before an
 * appointment; where the browser can (notifications, and the app installed on the phone), the
 * person may also turn on a notification, with plain words about what it says (never who with
 * or what about), and what happens if the phone says no.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup } from '../../ui';
import {
  notificationSupport,
  notificationsWanted,
  setNotificationsWanted,
} from '../appointments/reminderNotifications';

type State = 'off' | 'on' | 'asking' | 'denied';

function initialState(): State {
  if (!notificationsWanted()) return 'off';
  return typeof Notification !== 'undefined' && Notification.permission === 'denied'
    ? 'denied'
    : 'on';
}

export function ReminderSettings({ onTurnedOn }: { onTurnedOn?: () => void }) {
  const { t } = useTranslation();
  const [support] = useState(() => notificationSupport());
  const [state, setState] = useState<State>(initialState);

  const change = async (on: boolean) => {
    if (!on) {
      setNotificationsWanted(false);
      setState('off');
      return;
    }
    setState('asking');
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission === 'granted') {
      setNotificationsWanted(true);
      setState('on');
      onTurnedOn?.();
    } else {
      setNotificationsWanted(false);
      setState('denied');
    }
  };

  return (
    <section aria-labelledby="reminder-settings">
      <h2 id="reminder-settings">{t('settings.reminders.heading')}</h2>
      <p>{t('settings.reminders.explain')}</p>
      {support === 'unsupported' ? (
        <p>{t('settings.reminders.unsupported')}</p>
      ) : support === 'notInstalled' ? (
        <p>{t('settings.reminders.notInstalled')}</p>
      ) : (
        <>
          <CheckboxGroup
            id="reminder-notifications"
            label={t('settings.reminders.label')}
            value={state === 'on' ? ['on'] : []}
            isDisabled={state === 'asking'}
            onChange={(value) => void change(value.includes('on'))}
          >
            <Checkbox value="on" hint={t('settings.reminders.hint')}>
              {t('settings.reminders.checkbox')}
            </Checkbox>
          </CheckboxGroup>
          <p role="status">
            {state === 'asking'
              ? t('settings.reminders.asking')
              : state === 'denied'
                ? t('settings.reminders.denied')
                : state === 'on'
                  ? t('settings.reminders.on')
                  : ''}
          </p>
        </>
      )}
    </section>
  );
}
