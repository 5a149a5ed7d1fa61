/** The calm "done" moment after a check-in: when it was saved, and where to see progress. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, Panel } from '../../ui';
import type { CheckIn } from '../../domain/records';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { CheckInGate } from './CheckInGate';
import { useDateWords } from './dates';
import { PROGRESS_PATH, stepPath } from './steps';
import { resumeStep } from './resume';

export default function FinishedPage({ id }: { id: string }) {
  const { t } = useTranslation();
  usePageTitle(t('checkIn.finished.title'));
  return (
    <CheckInGate id={id} allowFinished>
      {(checkIn) => <Finished checkIn={checkIn} />}
    </CheckInGate>
  );
}

function Finished({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const dates = useDateWords();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (navigations > 0) top.current?.focus();
  }, [navigations]);

  if (checkIn.status !== 'done' || !checkIn.takenAt) {
    // Not finished yet (an old link): offer the way back in.
    return (
      <div className="page">
        <PageHeading focusOnMount={navigations > 0}>{t('tasks.checkIns.title')}</PageHeading>
        <p>
          <Link href={stepPath(checkIn.id, resumeStep(checkIn))} variant="button">
            {t('checkIn.start.resumeButton')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <div ref={top} tabIndex={-1} className="check-in__focus-target">
        <Panel title={t('checkIn.finished.title')}>
          <p>{t('checkIn.finished.body', { date: dates.long(checkIn.takenAt) })}</p>
        </Panel>
      </div>
      <p>{t('checkIn.finished.next')}</p>
      <p>
        <Link href={PROGRESS_PATH} variant="button">
          {t('checkIn.finished.progressLink')}
        </Link>
      </p>
      <p>
        <Link href="/">{t('checkIn.finished.home')}</Link>
      </p>
    </div>
  );
}
