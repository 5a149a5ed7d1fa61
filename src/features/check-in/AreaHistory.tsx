/**
 * One area's answers over time: a picker for the area, the chart, and "Show as a table" with
 * the very same entries (a real table with a caption and headers), so nothing is only visual.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { BARRIER_AREAS, isBarrierArea, type BarrierArea } from '../../domain/barriers';
import { areaHistory, type CheckInLike } from '../../domain/distance';
import { useDateWords } from './dates';
import { ProgressChart } from './ProgressChart';
import './checkIn.css';

export function AreaHistory({ checkIns }: { checkIns: readonly CheckInLike[] }) {
  const { t } = useTranslation();
  const dates = useDateWords();
  const pickerId = useId();
  const tableId = useId();
  const [area, setArea] = useState<BarrierArea>(
    () => BARRIER_AREAS.find((a) => areaHistory(checkIns, a).length > 0) ?? 'physicalHealth',
  );
  const [showTable, setShowTable] = useState(false);
  const entries = areaHistory(checkIns, area);
  const areaName = t(`checkIn.areas.${area}.title`);

  return (
    <div className="area-history">
      <div className="field" data-print="hide">
        <label className="field__label" htmlFor={pickerId}>
          {t('checkIn.chart.picker')}
        </label>
        <select
          id={pickerId}
          className="field__control area-history__picker"
          value={area}
          onChange={(event) => {
            if (isBarrierArea(event.target.value)) setArea(event.target.value);
          }}
        >
          {BARRIER_AREAS.map((a) => (
            <option key={a} value={a}>
              {t(`checkIn.areas.${a}.title`)}
            </option>
          ))}
        </select>
      </div>
      {entries.length === 0 ? (
        <p>{t('checkIn.chart.noAnswers', { area: areaName })}</p>
      ) : (
        <>
          <ProgressChart key={area} entries={entries} areaName={areaName} dates={dates} />
          <p data-print="hide">
            <Button
              variant="secondary"
              aria-expanded={showTable}
              aria-controls={tableId}
              onPress={() => setShowTable((shown) => !shown)}
            >
              {showTable ? t('checkIn.chart.hideTable') : t('checkIn.chart.showTable')}
            </Button>
          </p>
          <div id={tableId} className="area-history__table" hidden={!showTable}>
            <table className="table">
              <caption>{t('checkIn.chart.tableCaption', { area: areaName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkIn.chart.dateHeader')}</th>
                  <th scope="col">{t('checkIn.chart.answerHeader')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.checkInId}>
                    <th scope="row">{dates.long(entry.takenAt)}</th>
                    <td>
                      {entry.kind === 'score'
                        ? t('checkIn.check.score', { score: entry.value })
                        : t('checkIn.changesTooMuch')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
