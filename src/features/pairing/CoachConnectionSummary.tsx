// "Your work coach" on the settings page: connected or not, and the way to connect or manage it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui';
import { readConnection } from '../../sync/connection';
import { CONNECT_PATH } from './routes';

export function CoachConnectionSummary() {
  const { t } = useTranslation();
  const [connected, setConnected] = useState<boolean>();
  useEffect(() => {
    void readConnection().then((connection) => setConnected(connection !== undefined));
  }, []);
  return (
    <section aria-labelledby="coach-connection-heading">
      <h2 id="coach-connection-heading">{t('pairing.settingsHeading')}</h2>
      {connected !== undefined && (
        <>
          <p>{connected ? t('pairing.settingsConnected') : t('pairing.settingsNotConnected')}</p>
          <p>
            <Link href={CONNECT_PATH}>
              {connected ? t('pairing.settingsManage') : t('pairing.settingsLink')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
