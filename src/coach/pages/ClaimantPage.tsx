/**
 * One claimant's journal: their label as the heading, whether a phone is connected and when the
 * page last heard from the server (with "Check for new changes"), section links (Journal,
 * Progress, Actions, Appointments, Messages, Phone connection), and the chosen section.
 * A claimant whose data was deleted at their request shows only that, with the date, on every
 * journal page (no sections, no forms), and the coach may take them off the caseload.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Callout, Link, PageHeading, useNotify } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { api } from '../api';
import { useCoachDates } from '../format';
import { problemMessage } from '../problems';
import type { CaseloadClaimant } from '../types';
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
  if (journal.status === 'deleted' || journal.claimant.deleted) {
    return <DeletedClaimant claimant={journal.claimant} />;
  }
  return children;
}

/** What is left of a claimant deleted at their request: the coach's label and the date. */
function DeletedClaimant({ claimant }: { claimant: CaseloadClaimant }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { notify } = useNotify();
  const dates = useCoachDates();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  usePageTitle(claimant.label);

  const remove = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await api('POST', `/api/coach/claimants/${encodeURIComponent(claimant.id)}/remove`);
      notify(t('coach.journal.removed', { label: claimant.label }));
      navigate(COACH_HOME);
    } catch (error) {
      setBusy(false);
      setFailure(problemMessage(t, error));
    }
  };

  return (
    <div className="page">
      <p>
        <Link href={COACH_HOME} variant="back">
          {t('coach.caseload.title')}
        </Link>
      </p>
      <PageHeading focusOnMount caption={t('coach.journal.caption')}>
        {claimant.label}
      </PageHeading>
      {claimant.deleted ? (
        <p className="lead">
          {t('coach.caseload.deleted', { date: dates.date(claimant.deleted.at) })}
        </p>
      ) : null}
      <p>{t('coach.journal.deletedBody')}</p>
      <div role="alert">{failure ? <Callout variant="warning">{failure}</Callout> : null}</div>
      <Button variant="secondary" isPending={busy} onPress={() => void remove()}>
        {t('coach.journal.remove')}
      </Button>
    </div>
  );
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
