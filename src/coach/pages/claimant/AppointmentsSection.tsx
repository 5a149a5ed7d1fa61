/**
 * Appointments: upcoming first (soonest first), then past (latest first); cancelled ones stay
 * listed and say so. "Book an appointment" opens the coach's appointment form.
 */
import { useTranslation } from 'react-i18next';
import { Link, SummaryList, Tag } from '../../../ui';
import type { Appointment, AppointmentPack } from '../../../domain/records';
import { packFor } from '../../../domain/pack';
import { packRows } from '../../../features/appointments/packRows';
import { useCoachDates } from '../../format';
import { useJournal } from '../../journal/JournalContext';
import { appointmentPath } from '../../routes';

export function splitAppointments(appointments: readonly Appointment[], now: Date) {
  const dated = appointments.filter((a) => a.at);
  const nowIso = now.toISOString();
  const upcoming = dated
    .filter((a) => new Date(a.at as string).toISOString() >= nowIso)
    .sort((a, b) => Date.parse(a.at as string) - Date.parse(b.at as string));
  const past = dated
    .filter((a) => new Date(a.at as string).toISOString() < nowIso)
    .sort((a, b) => Date.parse(b.at as string) - Date.parse(a.at as string));
  return { upcoming, past };
}

/** What the claimant shared to get ready for one of the coach's appointments. */
function PackNote({ pack }: { pack: AppointmentPack | undefined }) {
  const { t } = useTranslation();
  const dates = useCoachDates();
  if (!pack) return <p className="hint-text">{t('coach.appointments.packNone')}</p>;
  const state =
    pack.status === 'done' && pack.completedAt
      ? t('coach.appointments.packReadyAt', { when: dates.dateTime(pack.completedAt) })
      : t('coach.appointments.packStarted');
  return (
    <details className="coach-pack">
      <summary>
        {t('coach.appointments.pack')}: {state}. {t('coach.appointments.packShow')}
      </summary>
      <SummaryList rows={packRows(pack, t)} />
    </details>
  );
}

function AppointmentItem({
  appointment,
  claimantId,
  pack,
}: {
  appointment: Appointment;
  claimantId: string;
  pack: AppointmentPack | undefined;
}) {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const when = dates.dateTime(appointment.at as string);
  const how = appointment.how
    ? appointment.how === 'inPerson' && appointment.place?.trim()
      ? t('coach.appointments.inPersonAt', { place: appointment.place })
      : t(`coach.appointments.howOptions.${appointment.how}`)
    : '';
  return (
    <li className="coach-card" data-status={appointment.status}>
      <h4 className="coach-card__title">{when}</h4>
      <p className="coach-card__tags">
        <Tag
          tone={
            appointment.status === 'cancelled'
              ? 'error'
              : appointment.status === 'changed'
                ? 'warning'
                : 'neutral'
          }
        >
          {t(`coach.appointments.statuses.${appointment.status}`)}
        </Tag>
      </p>
      {how ? <p>{how}</p> : null}
      {appointment.adjustments?.length ? (
        <p>{t('coach.appointments.askedFor', { list: appointment.adjustments.join(', ') })}</p>
      ) : null}
      {appointment.source !== 'claimant' ? <PackNote pack={pack} /> : null}
      {appointment.source !== 'claimant' ? (
        <p>
          <Link href={appointmentPath(claimantId, appointment.id)}>
            {t('coach.appointments.change')}
            <span className="visually-hidden">: {when}</span>
          </Link>
        </p>
      ) : (
        <p className="hint-text">{t('coach.appointments.claimantMade')}</p>
      )}
    </li>
  );
}

export function AppointmentsSection() {
  const { t } = useTranslation();
  const { records, claimantId } = useJournal();
  const { upcoming, past } = splitAppointments(records.appointment, new Date());
  return (
    <section aria-labelledby="appointments-heading">
      <h2 id="appointments-heading">{t('coach.tabs.appointments')}</h2>
      <p>
        <Link href={appointmentPath(claimantId, null)} variant="button">
          {t('coach.appointments.add')}
        </Link>
      </p>
      <h3>{t('coach.appointments.upcoming')}</h3>
      {upcoming.length === 0 ? (
        <p>{t('coach.appointments.noneUpcoming')}</p>
      ) : (
        <ul className="coach-cards">
          {upcoming.map((a) => (
            <AppointmentItem
              key={a.id}
              appointment={a}
              claimantId={claimantId}
              pack={packFor(records.appointmentPack, a.id)}
            />
          ))}
        </ul>
      )}
      {past.length > 0 ? (
        <>
          <h3>{t('coach.appointments.past')}</h3>
          <ul className="coach-cards">
            {past.map((a) => (
              <AppointmentItem
                key={a.id}
                appointment={a}
                claimantId={claimantId}
                pack={packFor(records.appointmentPack, a.id)}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
