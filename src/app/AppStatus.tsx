/**
 * The polite status line under the header: online or offline, whether the last change is
 * saved on this phone, what was sent to the coach, and changes that need the person's choice
 * (with a link to check them). Screen readers hear changes without losing their place.
 */
import { useTranslation } from 'react-i18next';
import { StatusBar, type StatusItem } from '../ui/StatusBar';
import { useSaveStatus } from '../data/saveStatus';
import { useOnline } from './useOnline';
import { useSyncStatus } from '../sync/status';
import { CHANGES_PATH } from '../features/changes/routes';

export function AppStatus() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const save = useSaveStatus();
  const items: StatusItem[] = [
    online
      ? { id: 'connection', label: t('common.status.online'), tone: 'success' }
      : { id: 'connection', label: t('common.status.offline'), tone: 'warning' },
  ];
  if (save.state === 'saving')
    items.push({ id: 'save', label: t('common.status.saving'), tone: 'progress' });
  if (save.state === 'saved') {
    const time = save.savedAt
      ? new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' }).format(
          save.savedAt,
        )
      : undefined;
    items.push({
      id: 'save',
      label: time ? t('common.status.savedAt', { time }) : t('common.status.saved'),
      tone: 'success',
    });
  }
  if (save.state === 'error') {
    items.push({
      id: 'save',
      label:
        save.error === 'storageFull'
          ? t('common.status.storageFull')
          : save.error === 'invalid'
            ? t('common.status.invalid')
            : t('common.status.saveFailed'),
      tone: 'error',
    });
  }
  const sync = useSyncStatus();
  if (sync.connected && sync.problem) {
    items.push({ id: 'sync', label: t(`common.sync.${sync.problem}`), tone: 'warning' });
  } else if (sync.connected && sync.waiting > 0) {
    const waiting = t('common.sync.waiting', { count: sync.waiting });
    items.push({
      id: 'sync',
      label: online ? waiting : `${waiting} ${t('common.sync.waitingOffline')}`,
      tone: 'neutral',
    });
  } else if (sync.connected && sync.lastSentAt) {
    const time = new Intl.DateTimeFormat(i18n.language, {
      hour: 'numeric',
      minute: '2-digit',
    }).format(sync.lastSentAt);
    items.push({ id: 'sync', label: t('common.sync.lastSent', { time }), tone: 'success' });
  }
  if (sync.conflicts > 0) {
    items.push({
      id: 'conflicts',
      label: t('common.sync.conflicts', { count: sync.conflicts }),
      tone: 'warning',
      link: {
        href: CHANGES_PATH,
        label: t('common.sync.checkConflicts', { count: sync.conflicts }),
      },
    });
  }
  return <StatusBar label={t('common.status.label')} items={items} />;
}
