/**
 * The journal section: everything shared, newest first, one heading per event with its date
 * and who it came from; the content opens with "Show" so a long history stays scannable.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Button } from '../../../ui';
import { useCoachDates, type CoachDates } from '../../format';
import { useJournal } from '../../journal/JournalContext';
import { timeline, type TimelineEvent } from '../../journal/timeline';
import { EventDetails } from './EventDetails';
import type { Appointment } from '../../../domain/records';

function eventTitle(
  t: TFunction,
  dates: CoachDates,
  event: TimelineEvent,
  appointments: readonly Appointment[],
): string {
  switch (event.kind) {
    case 'aboutMe':
    case 'values':
    case 'fourSteps': {
      const name =
        event.kind === 'fourSteps' && event.record.goal?.trim()
          ? t('coach.timeline.goal', { goal: event.record.goal.trim() })
          : t(`coach.kinds.${event.kind}`);
      return event.draft
        ? t('coach.timeline.draft', { name })
        : t('coach.timeline.version', { name });
    }
    case 'checkIn':
      return t('coach.timeline.checkIn');
    case 'action':
      return event.record.proposedBy === 'coach'
        ? t('coach.timeline.actionByCoach', { text: event.record.text ?? '' })
        : t('coach.timeline.actionByClaimant', { text: event.record.text ?? '' });
    case 'appointment': {
      const when = event.record.at ? dates.dateTime(event.record.at) : '';
      return event.record.source === 'claimant'
        ? t('coach.timeline.ownAppointment', { when })
        : t('coach.timeline.appointment', { when });
    }
    case 'appointmentPack': {
      const appointment = appointments.find((a) => a.id === event.record.appointmentId);
      const when = appointment?.at ? dates.dateTime(appointment.at) : '';
      return event.draft
        ? t('coach.timeline.packDraft', { when })
        : t('coach.timeline.packReady', { when });
    }
    case 'journalEntry':
      return event.record.author === 'coach'
        ? t('coach.timeline.messageFromCoach')
        : t('coach.timeline.messageFromClaimant');
    case 'feedback':
      return t('coach.timeline.feedback');
  }
}

function Event({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const { records } = useJournal();
  const contentId = useId();
  // Messages are short: shown at once. Everything else opens on request.
  const [open, setOpen] = useState(event.kind === 'journalEntry');
  const title = eventTitle(t, dates, event, records.appointment);
  return (
    <li className="timeline__event" data-kind={event.kind}>
      <h3 className="timeline__title">{title}</h3>
      <p className="timeline__date">
        <time dateTime={event.at}>{dates.dateTime(event.at)}</time>
      </p>
      {event.kind !== 'journalEntry' ? (
        <p>
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-controls={contentId}
            onPress={() => setOpen((value) => !value)}
          >
            {open ? t('coach.timeline.hide') : t('coach.timeline.show')}
            <span className="visually-hidden">: {title}</span>
          </Button>
        </p>
      ) : null}
      <div id={contentId} hidden={!open}>
        {open ? <EventDetails event={event} /> : null}
      </div>
    </li>
  );
}

export function JournalTimeline() {
  const { t } = useTranslation();
  const { records } = useJournal();
  const events = timeline(records);
  return (
    <section aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('coach.tabs.journal')}</h2>
      <p>{t('coach.timeline.intro')}</p>
      {events.length === 0 ? (
        <p className="lead">{t('coach.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <Event key={event.key} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}
