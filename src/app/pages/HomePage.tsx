/**
 * Home: the workbook's task list (GOV.UK task-list pattern), each part with its real status
 * from the records on this phone, how many parts are finished, and how many actions are due
 * in the next 7 days; then "Your work coach": the way to connect (optional), or links to the
 * messages (with how many are new) and the appointments (with the next one; shown too when the
 * person has added appointments of their own). The day before an appointment, and on the day,
 * a reminder sits at the top with links to it and, for the coach's, to getting ready. After a coach
 * appointment, a small prompt asks for feedback (domain/feedbackPrompt.ts says when); its
 * buttons load the code that writes only when pressed. When the server kept its copy of a change
 * the person made (HomeRefused.tsx), a note near the top says so, once.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { Callout } from '../../ui/Callout';
import { Link } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { TaskList } from '../../ui/TaskList';
import { TASKS } from '../../domain/tasks';
import { useDeferredHomeData } from '../../data/deferredTaskStatuses';
import { CONNECT_PATH } from '../../features/pairing/routes';
import { clockTime, dateTimeInWords } from '../../features/journal/dateTimeWords';
import { usePageTitle, useNavigation } from '../navigation';
import { monthNames, versionDate } from '../../features/workbook/dates';
import { HomeRefused } from './HomeRefused';
import './HomePage.css';

export function HomePage() {
  const { t } = useTranslation();
  const { navigations, navigate } = useNavigation();
  const home = useDeferredHomeData();
  const prompt = home?.feedbackPrompt;
  const heading = useRef<HTMLHeadingElement>(null);
  const statuses = home?.statuses;
  const coach = home?.coach;
  const next = coach?.next;
  const reminder = home?.reminder;
  usePageTitle(t('home.title'));
  const formatDate = (ms: number) => versionDate(new Date(ms).toISOString(), monthNames(t));
  const done = statuses ? TASKS.filter((task) => statuses[task.id].status === 'done').length : 0;

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0} ref={heading}>
        {t('home.title')}
      </PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {home && <HomeRefused notices={home.refused} focusAfter={heading} />}
      <Callout>{t('home.privacy')}</Callout>
      {reminder && (
        <section className="appointment-reminder" aria-labelledby="appointment-reminder">
          <h2 id="appointment-reminder">
            {t(`home.reminder.${reminder.day}`, { time: clockTime(reminder.at) })}
          </h2>
          <p>
            {dateTimeInWords(reminder.at, t)}
            {reminder.how ? `, ${t(`home.coach.how.${reminder.how}`)}` : ''}
          </p>
          <ul className="coach-links">
            <li>
              <Link href={`/appointments/${reminder.appointmentId}`}>{t('home.reminder.see')}</Link>
            </li>
            {reminder.source === 'coach' && (
              <li>
                <Link href={`/appointments/${reminder.appointmentId}/prepare`}>
                  {t('home.reminder.prepare')}
                </Link>
              </li>
            )}
          </ul>
        </section>
      )}
      {prompt && (
        <section className="feedback-prompt" aria-labelledby="feedback-prompt">
          <h2 id="feedback-prompt">
            {t(`home.feedback.${prompt.how ?? 'other'}`, { when: dateTimeInWords(prompt.at, t) })}
          </h2>
          <p>{t('home.feedback.why')}</p>
          <ButtonGroup>
            <Button
              onPress={() =>
                void import('../../data/feedback')
                  .then((m) => m.startFeedback('appointment', prompt.appointmentId))
                  .then((id) => navigate(`/feedback/${id}`))
              }
            >
              {t('home.feedback.give')}
            </Button>
            <Button
              variant="secondary"
              onPress={() => {
                heading.current?.focus();
                void import('../../data/homeData').then((m) => m.pauseFeedbackPrompt());
              }}
            >
              {t('home.feedback.notNow')}
            </Button>
            <Button
              variant="link"
              onPress={() => {
                heading.current?.focus();
                void import('../../data/feedback').then((m) =>
                  m.dontAskAbout(prompt.appointmentId),
                );
              }}
            >
              {t('home.feedback.dontAsk')}
            </Button>
          </ButtonGroup>
        </section>
      )}
      <h2>{t('home.tasksHeading')}</h2>
      {/* The list is there from the first paint (it is in the built HTML: app/prerender.tsx);
          each status keeps its place, unseen, until the records on this phone are read. */}
      {statuses ? (
        <p>{t('home.progress', { count: done, total: TASKS.length })}</p>
      ) : (
        <p aria-busy="true">{t('home.checking')}</p>
      )}
      <TaskList
        items={TASKS.map((task) => {
          const known = statuses?.[task.id];
          const title = t(`tasks.${task.id}.title`);
          const hint =
            known?.lastChanged !== undefined
              ? `${t(`tasks.${task.id}.hint`)} ${t('home.lastChanged', { date: formatDate(known.lastChanged) })}`
              : t(`tasks.${task.id}.hint`);
          return {
            id: task.id,
            title: task.optional ? `${title} (${t('home.optional')})` : title,
            href: task.path,
            hint: known?.dueSoon ? (
              <>
                {hint} <strong>{t('tasks.actionPlan.dueSoon', { count: known.dueSoon })}</strong>
              </>
            ) : (
              hint
            ),
            status: known
              ? { label: t(`home.taskStatus.${known.status}`), tone: known.status }
              : { label: t('home.taskStatus.notStarted'), tone: 'notStarted', pending: true },
          };
        })}
      />
      <h2>{t('home.coach.heading')}</h2>
      {/* Paths written out (see features/journal/routes.ts): this screen has no bytes to spare. */}
      {coach && !coach.connected && (
        <p className="coach-links">
          <Link href={CONNECT_PATH}>{t('home.coach.connect')}</Link>
          <span>{t('home.coach.optional')}</span>
        </p>
      )}
      {/* The person's own appointments are listed there too, so it shows once there are any. */}
      {(coach?.connected || home?.hasAppointments) && (
        <ul className="coach-links">
          {coach?.connected && (
            <li>
              <Link href="/messages">{t('home.coach.messages')}</Link>
              {coach.unread > 0 && <strong>{t('home.coach.new', { count: coach.unread })}</strong>}
            </li>
          )}
          <li>
            <Link href="/appointments">{t('home.coach.appointments')}</Link>
            {next && (
              <span>
                {t('home.coach.next', {
                  when:
                    dateTimeInWords(next.at, t) +
                    (next.how ? `, ${t(`home.coach.how.${next.how}`)}` : ''),
                })}
              </span>
            )}
          </li>
        </ul>
      )}
    </div>
  );
}
