/**
 * What there is to know about one appointment: whether it was changed or cancelled (in words,
 * with one sentence on what that means), how it happens, where, with whom, what to bring or get
 * ready, the coach's notes and any changes the person asked for; then "Add to my calendar" for
 * one still to come. Shared by the list and the appointment's own page.
 */
import { useTranslation } from 'react-i18next';
import { SummaryList, Tag, type SummaryRow } from '../../ui';
import type { Appointment } from '../../domain/records';
import { CalendarLink } from './CalendarLink';

export function AppointmentStatus({
  status,
  source,
}: {
  status: Appointment['status'];
  source: Appointment['source'];
}) {
  const { t } = useTranslation();
  if (source === 'claimant') {
    return status === 'cancelled' ? (
      <div className="appointment__status" data-status={status}>
        <Tag tone="error">{t('appointments.status.cancelled')}</Tag>
        <p>{t('appointments.status.cancelledOwnMeaning')}</p>
      </div>
    ) : null;
  }
  if (status !== 'changed' && status !== 'cancelled') return null;
  return (
    <div className="appointment__status" data-status={status}>
      <Tag tone={status === 'cancelled' ? 'error' : 'warning'}>
        {t(`appointments.status.${status}`)}
      </Tag>
      <p>{t(`appointments.status.${status}Meaning`)}</p>
    </div>
  );
}

export function AppointmentDetails({
  appointment,
  when,
  upcoming,
}: {
  appointment: Appointment;
  /** The date and time in words (the card's heading). */
  when: string;
  upcoming: boolean;
}) {
  const { t } = useTranslation();
  const rows: SummaryRow[] = [];
  const add = (key: keyof typeof labels, value: string | undefined) => {
    if (value?.trim()) rows.push({ key, label: labels[key], value });
  };
  const labels = {
    how: t('appointments.item.how'),
    where: t('appointments.item.where'),
    withWhom: t('appointments.item.withWhom'),
    prepare: t('appointments.item.prepare'),
    notes:
      appointment.source === 'claimant'
        ? t('appointments.form.notes')
        : t('appointments.item.notes'),
  };
  add('how', appointment.how ? t(`appointments.how.${appointment.how}`) : undefined);
  add('where', appointment.place);
  add('withWhom', appointment.withWhom);
  add('prepare', appointment.prepare);
  add('notes', appointment.notes);
  const adjustments = (appointment.adjustments ?? []).filter((a) => a.trim());
  if (adjustments.length > 0) {
    rows.push({
      key: 'adjustments',
      label: t('appointments.item.adjustments'),
      value: (
        <ul className="appointment__adjustments">
          {adjustments.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      ),
    });
  }
  return (
    <>
      <p className="appointment__source">
        <Tag>{t(`appointments.source.${appointment.source ?? 'coach'}`)}</Tag>
        {appointment.source === 'claimant' ? (
          <span>
            {' '}
            {appointment.sharing === 'shared'
              ? t('appointments.own.sharedNote')
              : t('appointments.own.privateNote')}
          </span>
        ) : null}
      </p>
      <AppointmentStatus status={appointment.status} source={appointment.source} />
      {rows.length > 0 ? <SummaryList rows={rows} /> : null}
      {upcoming && appointment.status !== 'cancelled' && appointment.at ? (
        <CalendarLink appointment={appointment} when={when} />
      ) : null}
    </>
  );
}
