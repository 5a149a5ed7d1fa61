/**
 * One area's distance travelled in words: "Confidence: 3 → 6, up 3 since 4 March". The arrow
 * is for the eye; screen readers hear "from 3 to 6". Going down is stated plainly, with no red
 * and no warning signs: the page around it says kindly what it can mean.
 */
import { useTranslation } from 'react-i18next';
import type { BarrierArea } from '../../domain/barriers';
import { directionOf, type AreaDistance } from '../../domain/distance';
import type { DateWords } from './dates';

export function AreaChange({
  area,
  distance,
  dates,
}: {
  area: BarrierArea;
  distance: AreaDistance | undefined;
  dates: DateWords;
}) {
  const { t } = useTranslation();
  const name = t(`checkIn.areas.${area}.title`);
  if (!distance) return <>{t('checkIn.progress.line.none', { area: name })}</>;
  if (distance.answered < 2) {
    return (
      <>
        {t('checkIn.progress.line.single', {
          area: name,
          latest: distance.latest.value,
          date: dates.short(distance.latest.takenAt),
        })}
      </>
    );
  }
  const direction = directionOf(distance.change);
  const values = {
    area: name,
    first: distance.first.value,
    latest: distance.latest.value,
    change: Math.abs(distance.change),
    date: dates.short(distance.first.takenAt),
  };
  return (
    <>
      <span aria-hidden="true">{t(`checkIn.progress.line.${direction}`, values)}</span>
      <span className="visually-hidden">{t(`checkIn.progress.spoken.${direction}`, values)}</span>
    </>
  );
}
