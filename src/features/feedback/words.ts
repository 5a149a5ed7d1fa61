/**
 * Feedback in words: the answer choices in order, what a feedback is about ("Your phone call on
 * Tuesday 3 December, 10:30"), and where a feedback has got to ("Sent on 3 December",
 * "Waiting to send", "Not sent yet").
 */
import type { Appointment, Feedback } from '../../domain/records';
import type { FeedbackDelivery } from '../../data/feedback';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { monthNames, versionDate } from '../workbook/dates';
import type { Translate } from '../workbook/flow';

/** "How helpful was it?", most helpful first (helpful 5..1). */
export const HELPFUL_CHOICES = [5, 4, 3, 2, 1] as const;
export const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const;
export type YesPartlyNo = (typeof YES_PARTLY_NO)[number];

/** A coach appointment by its time and how it is held. */
export function appointmentWords(appointment: Appointment | undefined, t: Translate): string {
  if (!appointment?.at) return t('feedback.about.appointmentUnknown');
  const when = dateTimeInWords(appointment.at, t);
  if (appointment.how === 'phone') return t('feedback.about.appointmentPhone', { when });
  if (appointment.how === 'video') return t('feedback.about.appointmentVideo', { when });
  return t('feedback.about.appointment', { when });
}

/** What one feedback is about, in words. */
export function aboutWords(
  feedback: Pick<Feedback, 'about' | 'aboutId'>,
  appointments: readonly Appointment[],
  t: Translate,
): string {
  switch (feedback.about) {
    case 'appointment':
      return appointmentWords(
        appointments.find((a) => a.id === feedback.aboutId),
        t,
      );
    case 'course':
    case 'referral':
    case 'app':
      return t(`feedback.about.${feedback.about}`);
    default:
      return t('feedback.form.title');
  }
}

/** Where one feedback has got to. */
export function deliveryWords(
  feedback: Feedback,
  delivery: FeedbackDelivery,
  online: boolean,
  t: Translate,
): string {
  if (feedback.status !== 'sent') return t('feedback.status.draft');
  if (!delivery.connected) return t('feedback.status.kept');
  if (delivery.waiting.has(feedback.id)) {
    return online ? t('feedback.status.waiting') : t('feedback.status.waitingOffline');
  }
  const at = delivery.sentAt.get(feedback.id) ?? Date.parse(feedback.sentAt ?? '');
  if (Number.isNaN(at)) return t('feedback.status.waiting');
  return t('feedback.status.sentOn', {
    date: versionDate(new Date(at).toISOString(), monthNames(t)),
  });
}
