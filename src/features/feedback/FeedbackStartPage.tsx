/**
 * /feedback: what feedback is for (TaskIntro), a choice of what it is about (a past
 * appointment with the work coach that has no feedback yet, most recent first, by its date in
 * words; a course or training; a referral; this app) and the feedback already given, each
 * with where it has got to and the way to carry on with a draft or see what was sent.
 * "Continue" starts a draft (or opens the one already started about that appointment).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, ErrorSummary, Link, Radio, RadioGroup, Tag } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useOnline } from '../../app/useOnline';
import { useRecords } from '../../data/liveRecords';
import { startFeedback, useFeedbackDelivery, type FeedbackAbout } from '../../data/feedback';
import { splitAppointments } from '../../domain/appointments';
import { findTask } from '../../domain/tasks';
import type { Appointment, Feedback } from '../../domain/records';
import { TaskIntro } from '../tasks/TaskIntro';
import { aboutWords, appointmentWords, deliveryWords } from './words';
import { feedbackPath } from './paths';

/** How many past appointments are offered (the most recent). */
const MAX_APPOINTMENTS = 5;
const OTHER_CHOICES = ['course', 'referral', 'app'] as const;

export function FeedbackStartPage() {
  const { t } = useTranslation();
  const task = findTask('feedback');
  const title = t('tasks.feedback.title');
  usePageTitle(title);
  const feedback = useRecords('feedback');
  const appointments = useRecords('appointment');
  // "Now" is when the page opened: a choice does not move while someone reads.
  const [now] = useState(() => Date.now());
  const loaded = feedback !== undefined && appointments !== undefined;
  const answered = new Set((feedback ?? []).map((f) => f.aboutId));
  const past = loaded
    ? splitAppointments(
        appointments.filter(
          (a) => a.source === 'coach' && a.status !== 'cancelled' && !answered.has(a.id),
        ),
        now,
      ).past.slice(0, MAX_APPOINTMENTS)
    : [];

  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      {loaded ? (
        <>
          <ChooseAbout appointments={past} />
          <GivenList feedback={feedback} appointments={appointments} />
        </>
      ) : (
        <p aria-busy="true">{t('home.loading')}</p>
      )}
    </div>
  );
}

function ChooseAbout({ appointments }: { appointments: readonly Appointment[] }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  const onSubmit = async () => {
    if (!choice) {
      setError(true);
      return;
    }
    setError(false);
    setBusy(true);
    const appointment = appointments.find((a) => a.id === choice);
    const about: FeedbackAbout =
      OTHER_CHOICES.find((c) => c === choice) ?? (appointment ? 'appointment' : 'app');
    try {
      const id = await startFeedback(about, appointment?.id ?? '');
      navigate(feedbackPath(id));
    } catch (e) {
      // The status line says the phone could not save; the choice stays for another try.
      console.error('Could not start feedback', e);
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <ErrorSummary
        title={t('feedback.start.errorTitle')}
        errors={
          error ? [{ fieldId: 'feedback-about', message: t('feedback.start.chooseError') }] : []
        }
      />
      <RadioGroup
        id="feedback-about"
        label={t('feedback.start.chooseLabel')}
        isLargeLabel
        hint={t('feedback.start.chooseHint')}
        value={choice}
        errorMessage={error ? t('feedback.start.chooseError') : undefined}
        onChange={(value) => {
          setChoice(value);
          setError(false);
        }}
      >
        {appointments.map((a) => (
          <Radio key={a.id} value={a.id}>
            {appointmentWords(a, t)}
          </Radio>
        ))}
        {OTHER_CHOICES.map((value) => (
          <Radio key={value} value={value}>
            {t(`feedback.about.${value}`)}
          </Radio>
        ))}
      </RadioGroup>
      <ButtonGroup>
        <Button type="submit" isPending={busy}>
          {t('feedback.start.continue')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function GivenList({
  feedback,
  appointments,
}: {
  feedback: readonly Feedback[];
  appointments: readonly Appointment[];
}) {
  const { t } = useTranslation();
  const online = useOnline();
  const delivery = useFeedbackDelivery(feedback.map((f) => f.id));
  // Newest first: drafts by when they were started, sent ones by when they were sent.
  const sorted = [...feedback].sort((a, b) =>
    (b.sentAt ?? b.created).localeCompare(a.sentAt ?? a.created),
  );
  return (
    <section aria-labelledby="feedback-given">
      <h2 id="feedback-given">{t('feedback.start.givenHeading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('feedback.start.noneGiven')}</p>
      ) : (
        <ul className="feedback-list">
          {sorted.map((f) => {
            const about = aboutWords(f, appointments, t);
            return (
              <li key={f.id} className="feedback-list__item">
                <h3>{about}</h3>
                {delivery ? (
                  <p className="feedback-list__status" data-status={f.status}>
                    {deliveryWords(f, delivery, online, t)}
                  </p>
                ) : null}
                {f.anonymous ? <Tag tone="neutral">{t('feedback.status.anonymous')}</Tag> : null}
                <p>
                  <Link href={feedbackPath(f.id)}>
                    {f.status === 'sent'
                      ? t('feedback.start.view')
                      : t('feedback.start.continueDraft')}
                    <span className="visually-hidden">: {about}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
