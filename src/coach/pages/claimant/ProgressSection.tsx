/**
 * Distance travelled, for the coach: the same rules (domain/distance.ts) and the same chart and
 * table as the claimant's My progress, over the check-ins they shared.
 */
import { useTranslation } from 'react-i18next';
import { BARRIER_AREAS } from '../../../domain/barriers';
import { distanceTravelled, finishedCheckIns, trend } from '../../../domain/distance';
import { AreaChange } from '../../../features/check-in/AreaChange';
import { AreaHistory } from '../../../features/check-in/AreaHistory';
import { useDateWords } from '../../../features/check-in/dates';
import { useJournal } from '../../journal/JournalContext';
import '../../../features/check-in/checkIn.css';

export function ProgressSection() {
  const { t } = useTranslation();
  const dates = useDateWords();
  const { records } = useJournal();
  const checkIns = finishedCheckIns(records.checkIn);
  const first = checkIns[0];
  const last = checkIns[checkIns.length - 1];
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('coach.tabs.progress')}</h2>
      {!first?.takenAt || !last?.takenAt ? (
        <p className="lead">{t('coach.progress.empty')}</p>
      ) : (
        <>
          <p>
            {t('coach.progress.period', {
              count: checkIns.length,
              from: dates.long(first.takenAt),
              to: dates.long(last.takenAt),
            })}{' '}
            {t('checkIn.progress.higherIsBetter')}
          </p>
          <h3>{t('coach.progress.sinceFirst')}</h3>
          <ul className="progress-list">
            {BARRIER_AREAS.map((area) => {
              const recent = trend(checkIns, area);
              return (
                <li key={area} className="progress-list__item">
                  <AreaChange
                    area={area}
                    distance={distanceTravelled(checkIns, area)}
                    dates={dates}
                  />
                  {recent !== 'notEnough' ? (
                    <span className="progress-list__trend">
                      {t(`checkIn.progress.trend.${recent}`)}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <h3>{t('coach.progress.overTime')}</h3>
          <AreaHistory checkIns={checkIns} />
        </>
      )}
    </section>
  );
}
