/**
 * My progress: the distance travelled in each area since the first check-in, in words; the
 * recent trend; one area's history as a chart and a table; and the way to the summary for the
 * next appointment. Printable: the controls are hidden on paper.
 */
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Callout, Link, PageHeading } from '../../ui';
import { useRecords } from '../../data/liveRecords';
import { BARRIER_AREAS } from '../../domain/barriers';
import { distanceTravelled, finishedCheckIns, trend } from '../../domain/distance';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { AreaChange } from './AreaChange';
import { AreaHistory } from './AreaHistory';
import { useDateWords } from './dates';
import { CHECK_INS_PATH, SUMMARY_PATH } from './steps';
import './checkIn.css';

export default function ProgressPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const dates = useDateWords();
  const records = useRecords('checkIn');
  usePageTitle(t('checkIn.progress.title'));

  const checkIns = records ? finishedCheckIns(records) : [];
  const first = checkIns[0];
  const last = checkIns[checkIns.length - 1];
  const distances = BARRIER_AREAS.map((area) => ({
    area,
    distance: distanceTravelled(checkIns, area),
    trend: trend(checkIns, area),
  }));
  const anyHarder = distances.some((d) => (d.distance?.change ?? 0) < 0 || d.trend === 'harder');

  return (
    <div className="page check-in">
      <p data-print="hide">
        <Link href={CHECK_INS_PATH} variant="back">
          {t('checkIn.backToStart')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{t('checkIn.progress.title')}</PageHeading>
      {records === undefined ? (
        <div className="page-loading" aria-busy="true" />
      ) : !first?.takenAt || !last?.takenAt ? (
        <>
          <p className="lead">{t('checkIn.progress.empty')}</p>
          <p>
            <Link href={CHECK_INS_PATH}>{t('checkIn.progress.startLink')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">
            {checkIns.length === 1
              ? t('checkIn.progress.periodOne', { date: dates.long(first.takenAt) })
              : t('checkIn.progress.period', {
                  from: dates.long(first.takenAt),
                  to: dates.long(last.takenAt),
                })}{' '}
            {t('checkIn.progress.count', { count: checkIns.length })}
          </p>
          <p>{t('checkIn.progress.higherIsBetter')}</p>

          <h2>{t('checkIn.progress.sinceFirstHeading')}</h2>
          <ul className="progress-list">
            {distances.map(({ area, distance, trend: recent }) => (
              <li key={area} className="progress-list__item">
                <AreaChange area={area} distance={distance} dates={dates} />
                {recent !== 'notEnough' ? (
                  <span className="progress-list__trend">
                    {t(`checkIn.progress.trend.${recent}`)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {anyHarder ? <Callout>{t('checkIn.progress.harderNote')}</Callout> : null}

          <h2>{t('checkIn.progress.chartHeading')}</h2>
          <AreaHistory checkIns={checkIns} />

          <h2>{t('checkIn.progress.summaryHeading')}</h2>
          <p>{t('checkIn.progress.summaryText')}</p>
          <p>
            <Link href={SUMMARY_PATH}>{t('checkIn.progress.summaryLink')}</Link>
          </p>
          <div data-print="hide">
            <ButtonGroup>
              <Button variant="secondary" onPress={() => window.print()}>
                {t('checkIn.progress.print')}
              </Button>
            </ButtonGroup>
          </div>
        </>
      )}
    </div>
  );
}
