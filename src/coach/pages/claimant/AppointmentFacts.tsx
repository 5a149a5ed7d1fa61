/** One appointment: when, how (and where), with whom, what to bring, adjustments asked for. */
import { useTranslation } from 'react-i18next';
import { SummaryList, Tag, type SummaryRow } from '../../../ui';
import type { Appointment } from '../../../domain/records';
import { useCoachDates } from '../../format';

export function AppointmentFacts({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const a = appointment;
  const rows: SummaryRow[] = [];
  if (a.at)
    rows.push({ key: 'at', label: t('coach.appointments.when'), value: dates.dateTime(a.at) });
  if (a.how) {
    rows.push({
      key: 'how',
      label: t('coach.appointments.how'),
      value:
        a.how === 'inPerson' && a.place?.trim()
          ? t('coach.appointments.inPersonAt', { place: a.place })
          : t(`coach.appointments.howOptions.${a.how}`),
    });
  }
  if (a.withWhom?.trim())
    rows.push({ key: 'with', label: t('coach.appointments.withWhom'), value: a.withWhom });
  if (a.prepare?.trim())
    rows.push({ key: 'prepare', label: t('coach.appointments.prepare'), value: a.prepare });
  if (a.notes?.trim())
    rows.push({ key: 'notes', label: t('coach.appointments.notes'), value: a.notes });
  rows.push({
    key: 'adjustments',
    label: t('coach.appointments.adjustments'),
    value: a.adjustments?.length ? a.adjustments.join(', ') : t('coach.appointments.noAdjustments'),
  });
  rows.push({
    key: 'source',
    label: t('coach.appointments.source'),
    value: t(`coach.appointments.sourceOptions.${a.source ?? 'coach'}`),
  });
  return (
    <>
      <p>
        <Tag
          tone={a.status === 'cancelled' ? 'error' : a.status === 'changed' ? 'warning' : 'neutral'}
        >
          {t(`coach.appointments.statuses.${a.status}`)}
        </Tag>
      </p>
      <SummaryList rows={rows} />
    </>
  );
}
