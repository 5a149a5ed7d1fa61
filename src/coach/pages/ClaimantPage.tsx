/**
 * One claimant's journal: their label as the heading, whether a phone is connected and when the
 * page last heard from the server (with "Check for new changes"), section links (Journal,
 * Progress, Actions, Appointments, Messages, Phone connection), and the chosen section.
 */
import { useTranslation } from 'react-i18next';
import { Button, Callout, Link, PageHeading } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useCoachDates } from '../format';
import { useJournal } from '../journal/JournalContext';
import { CLAIMANT_TABS, COACH_HOME, claimantPath, type ClaimantTab } from '../routes';
import { JournalTimeline } from './claimant/JournalTimeline';
import { ProgressSection } from './claimant/ProgressSection';
import { ActionsSection } from './claimant/ActionsSection';
import { AppointmentsSection } from './claimant/AppointmentsSection';
import { MessagesSection } from './claimant/MessagesSection';
import { ConnectionSection } from './claimant/ConnectionSection';

const SECTIONS: Record<ClaimantTab, () => React.JSX.Element> = {
  journal: JournalTimeline,
  progress: ProgressSection,
  actions: ActionsSection,
  appointments: AppointmentsSection,
  messages: MessagesSection,
  connection: ConnectionSection,
};

/** What every claimant page shows above its own content; the caller passes the h1 text. */
export function ClaimantFrame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const journal = useJournal();
  if (journal.status === 'missing') {
    return (
      <div className="page">
        <PageHeading focusOnMount>{t('coach.journal.missingTitle')}</PageHeading>
        <p>{t('coach.journal.missingBody')}</p>
        <p>
          <Link href={COACH_HOME}>{t('coach.caseload.title')}</Link>
        </p>
      </div>
    );
  }
  if (journal.status === 'failed') {
    return (
      <div className="page">
        <PageHeading focusOnMount>{t('coach.journal.failedTitle')}</PageHeading>
        <p>{t('coach.errors.server')}</p>
        <Button onPress={() => window.location.reload()}>{t('common.crash.reload')}</Button>
      </div>
    );
  }
  if (journal.status === 'loading' || !journal.claimant) {
    return <p aria-busy="true">{t('coach.loading')}</p>;
  }
  return children;
}

export function ClaimantPage({ tab }: { tab: ClaimantTab }) {
  return (
    <ClaimantFrame>
      <ClaimantSections tab={tab} />
    </ClaimantFrame>
  );
}

function ClaimantSections({ tab }: { tab: ClaimantTab }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const journal = useJournal();
  const dates = useCoachDates();
  const label = journal.claimant?.label ?? '';
  usePageTitle(`${t(`coach.tabs.${tab}`)}: ${label}`);
  const Section = SECTIONS[tab];
  const connected = (journal.claimant?.devices ?? 0) > 0;
  return (
    <div className="page coach-journal">
      <p>
        <Link href={COACH_HOME} variant="back">
          {t('coach.caseload.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={t('coach.journal.caption')}>
        {label}
      </PageHeading>
      <p className="coach-journal__status">
        {connected ? t('coach.journal.connected') : t('coach.journal.notConnected')}{' '}
        {journal.updatedAt
          ? t('coach.journal.updatedAt', { time: dates.time(journal.updatedAt.toISOString()) })
          : null}{' '}
        <Button
          variant="link"
          onPress={() => {
            void journal.refresh().catch(() => undefined);
          }}
        >
          {t('coach.journal.refresh')}
        </Button>
      </p>
      {!connected ? (
        <Callout>
          {t('coach.journal.connectHint')}{' '}
          <Link inline href={claimantPath(journal.claimantId, 'connection')}>
            {t('coach.tabs.connection')}
          </Link>
        </Callout>
      ) : null}
      <nav className="coach-tabs" aria-label={t('coach.journal.sectionsLabel')}>
        <ul>
          {CLAIMANT_TABS.map((item) => (
            <li key={item}>
              <Link
                href={claimantPath(journal.claimantId, item)}
                aria-current={item === tab ? 'page' : undefined}
                className="coach-tabs__link"
              >
                {t(`coach.tabs.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section />
    </div>
  );
}
