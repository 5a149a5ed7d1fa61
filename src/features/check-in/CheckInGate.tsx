/**
 * Loads one check-in for its screens: nothing while it loads, a plain message when it is not on
 * this phone (deleted elsewhere), and a "this check-in is finished" page when it is done, so a
 * finished check-in is never changed by going back to one of its screens.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { useRecord, useRecords } from '../../data/liveRecords';
import type { CheckIn } from '../../domain/records';
import { useNavigation } from '../../app/navigation';
import { useDateWords } from './dates';
import { CHECK_INS_PATH } from './steps';

export interface GateProps {
  id: string;
  /** The form, given the draft and every check-in (for "Same as last time"). */
  children: (checkIn: CheckIn, all: CheckIn[]) => ReactNode;
  /** Let a finished check-in through (the finished page). */
  allowFinished?: boolean;
}

export function CheckInGate({ id, children, allowFinished = false }: GateProps) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const dates = useDateWords();
  const checkIn = useRecord('checkIn', id);
  const all = useRecords('checkIn');
  if (checkIn === undefined || all === undefined) {
    return <div className="page-loading" aria-busy="true" />;
  }
  if (checkIn === null) {
    return (
      <div className="page">
        <PageHeading focusOnMount={navigations > 0}>{t('checkIn.missing.title')}</PageHeading>
        <p>{t('checkIn.missing.body')}</p>
        <p>
          <Link href={CHECK_INS_PATH}>{t('checkIn.missing.link')}</Link>
        </p>
      </div>
    );
  }
  if (checkIn.status === 'done' && !allowFinished) {
    return (
      <div className="page">
        <PageHeading focusOnMount={navigations > 0}>
          {t('checkIn.alreadyFinished.title')}
        </PageHeading>
        <p>
          {t('checkIn.alreadyFinished.body', {
            date: checkIn.takenAt ? dates.long(checkIn.takenAt) : '',
          })}
        </p>
        <p>
          <Link href={CHECK_INS_PATH}>{t('checkIn.backToStart')}</Link>
        </p>
      </div>
    );
  }
  return <>{children(checkIn, all)}</>;
}
