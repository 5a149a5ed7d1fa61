/**
 * The summary for the next appointment: which areas got easier, which got harder, which stayed
 * the same, and the answers about work from the latest check-in. Made to be printed (Print
 * calls window.print(); the app's header, footer and buttons are hidden on paper).
 */
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Link, PageHeading, SummaryList, type SummaryRow } from '../../ui';
import { useRecords } from '../../data/liveRecords';
import { appointmentSummary, finishedCheckIns, type AreaDistance } from '../../domain/distance';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { AreaChange } from './AreaChange';
import { useDateWords, type DateWords } from './dates';
import { CHECK_INS_PATH, PROGRESS_PATH } from './steps';
import './checkIn.css';

function AreaList({ items, dates }: { items: AreaDistance[]; dates: DateWords }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t('checkIn.summary.none')}</p>;
  return (
    <ul className="progress-list">
      {items.map((d) => (
        <li key={d.area} className="progress-list__item">
          <AreaChange area={d.area} distance={d} dates={dates} />
        </li>
      ))}
    </ul>
  );
}

export default function SummaryPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const dates = useDateWords();
  const records = useRecords('checkIn');
  usePageTitle(t('checkIn.summary.title'));
  const checkIns = records ? finishedCheckIns(records) : [];
  const summary = appointmentSummary(checkIns);
  const latest = checkIns[checkIns.length - 1];

  const latestRows: SummaryRow[] = [];
  if (latest?.wantToWork) {
    latestRows.push({
      key: 'wantToWork',
      label: t('checkIn.aboutWork.wantToWork.legend'),
      value: t(`checkIn.aboutWork.wantToWork.${latest.wantToWork}`),
    });
  }
  if (latest?.feelAboutWork) {
    latestRows.push({
      key: 'feelAboutWork',
      label: t('checkIn.aboutWork.feelAboutWork.legend'),
      value: t(`checkIn.aboutWork.feelAboutWork.${latest.feelAboutWork}`),
    });
  }
  if (latest?.feelingToday?.trim()) {
    latestRows.push({
      key: 'feelingToday',
      label: t('checkIn.aboutWork.feelingToday.label'),
      value: latest.feelingToday,
    });
  }

  return (
    <div className="page check-in">
      <p data-print="hide">
        <Link href={PROGRESS_PATH} variant="back">
          {t('checkIn.summary.backToProgress')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{t('checkIn.summary.title')}</PageHeading>
      {records === undefined ? (
        <div className="page-loading" aria-busy="true" />
      ) : !summary.from || !summary.to ? (
        <>
          <p className="lead">{t('checkIn.progress.empty')}</p>
          <p>
            <Link href={CHECK_INS_PATH}>{t('checkIn.progress.startLink')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">
            {summary.checkIns === 1
              ? t('checkIn.summary.periodOne', { date: dates.long(summary.to) })
              : t('checkIn.summary.period', {
                  from: dates.long(summary.from),
                  to: dates.long(summary.to),
                })}
          </p>
          <p>{t('checkIn.progress.higherIsBetter')}</p>
          <h2>{t('checkIn.summary.improvedHeading')}</h2>
          <AreaList items={summary.improved} dates={dates} />
          <h2>{t('checkIn.summary.harderHeading')}</h2>
          {summary.harder.length > 0 ? <p>{t('checkIn.summary.harderNote')}</p> : null}
          <AreaList items={summary.harder} dates={dates} />
          <h2>{t('checkIn.summary.sameHeading')}</h2>
          <AreaList items={summary.same} dates={dates} />
          {summary.notEnough.length > 0 ? (
            <>
              <h2>{t('checkIn.summary.notEnoughHeading')}</h2>
              <ul className="progress-list">
                {summary.notEnough.map((area) => (
                  <li key={area} className="progress-list__item">
                    {t(`checkIn.areas.${area}.title`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {latestRows.length > 0 ? (
            <>
              <h2>{t('checkIn.summary.latestHeading')}</h2>
              <SummaryList rows={latestRows} />
            </>
          ) : null}
          <div data-print="hide">
            <ButtonGroup>
              <Button onPress={() => window.print()}>{t('checkIn.progress.print')}</Button>
            </ButtonGroup>
          </div>
        </>
      )}
    </div>
  );
}
