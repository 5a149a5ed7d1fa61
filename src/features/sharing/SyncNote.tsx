/**
 * Under a shared item: whether it has reached the work coach. "Sent to your work coach at
 * 10:42" (with the date when it was not today) once the server acknowledged its latest change,
 * "Waiting to send…" while its changes are still on this phone, and nothing when the phone is
 * not connected to a coach or the item is private. If the item has changes that need the
 * person's choice, a notice links to the page where they choose.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui';
import type { RecordKind } from '../../domain/records';
import { readRecordSyncState } from '../../data/recordSync';
import { useOnline } from '../../app/useOnline';
import { monthNames, versionDate } from '../workbook/dates';
import { CHANGES_PATH } from '../changes/routes';
import './SyncNote.css';

export function SyncNote({
  kind,
  id,
  shared,
}: {
  kind: RecordKind;
  id: string;
  /** True when this item may be sent to the coach (shared, or an action not kept private). */
  shared: boolean;
}) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const state = useLiveQuery(() => readRecordSyncState(kind, id), [kind, id]);
  if (!state) return null;

  let sent: string | undefined;
  if (state.connected && shared) {
    if (state.waiting > 0) {
      sent = online ? t('sharing.sync.waiting') : t('sharing.sync.waitingOffline');
    } else if (state.sentAt !== undefined) {
      const at = new Date(state.sentAt);
      const time = new Intl.DateTimeFormat(i18n.language, {
        hour: 'numeric',
        minute: '2-digit',
      }).format(at);
      sent =
        at.toDateString() === new Date().toDateString()
          ? t('sharing.sync.sentAt', { time })
          : t('sharing.sync.sentOn', {
              date: versionDate(at.toISOString(), monthNames(t)),
              time,
            });
    }
  }
  if (!sent && state.conflicts === 0) return null;
  return (
    <div className="sync-note">
      {state.conflicts > 0 ? (
        <p className="sync-note__conflicts">
          {t('sharing.sync.conflicts', { count: state.conflicts })}{' '}
          <Link href={CHANGES_PATH} inline>
            {t('sharing.sync.check', { count: state.conflicts })}
          </Link>
        </p>
      ) : null}
      {sent ? (
        <p className="sync-note__sent" data-state={state.waiting > 0 ? 'waiting' : 'sent'}>
          {sent}
        </p>
      ) : null}
    </div>
  );
}
