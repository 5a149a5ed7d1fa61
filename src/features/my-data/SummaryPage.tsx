/**
 * "Everything on this phone" (/my-information, issue 7): all that Waymark keeps on this phone,
 * on one page, in words, to read, print or save as a PDF: About Me, My Values and My 4 Steps
 * (each version, newest first), the action plan, finished check-ins, appointments, messages and
 * feedback. It reads only this phone's database and sends nothing anywhere; the JSON download
 * on the settings page is the copy to restore from.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link, PageHeading, SummaryList, type SummaryRow } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useRecords } from '../../data/liveRecords';
import { BARRIER_AREAS } from '../../domain/barriers';
import { aboutMeFlow } from '../about-me/flow';
import { myValuesFlow } from '../my-values/flow';
import { fourStepsFlow } from '../four-steps/flow';
import { summaryRows } from '../workbook/summary';
import type { WorkbookFlow, WorkbookKind, WorkbookRecord } from '../workbook/flow';
import { monthNames, versionDate } from '../workbook/dates';
import { PrintButton } from '../workbook/PrintButton';
import { answerWords } from '../check-in/answerWords';
import { RequirementLabel } from '../action-plan/RequirementLabel';
import { formatIsoDate } from '../action-plan/formatDate';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { AppointmentDetails } from '../appointments/AppointmentDetails';
import { aboutWords } from '../feedback/words';
import { SETTINGS_PATH } from '../../app/routes';
import './myData.css';

const newestFirst = <T extends { updated: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.updated < b.updated ? 1 : -1));

function Section({
  id,
  heading,
  empty,
  children,
}: {
  id: string;
  heading: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="my-summary__section">
      <h2 id={id}>{heading}</h2>
      {empty ? <p>{t('myData.summary.nothing')}</p> : children}
    </section>
  );
}

function Versions<K extends WorkbookKind>({
  flow,
  records,
  t,
}: {
  flow: WorkbookFlow<K>;
  records: readonly WorkbookRecord<K>[];
  t: TFunction;
}) {
  const months = monthNames(t);
  return (
    <>
      {newestFirst(records).map((record) => {
        const r = record as { status?: string; completedAt?: string | null; updated: string };
        const title =
          r.status === 'done' && r.completedAt
            ? t('myData.summary.finishedOn', { date: versionDate(r.completedAt, months) })
            : t('myData.summary.beingWritten');
        return (
          <div key={record.id} className="my-summary__item">
            <h3>{title}</h3>
            <SummaryList rows={summaryRows(flow, record, t, { withChange: false })} />
          </div>
        );
      })}
    </>
  );
}

export default function SummaryPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('myData.summary.title'));
  const aboutMe = useRecords('aboutMe');
  const values = useRecords('values');
  const fourSteps = useRecords('fourSteps');
  const actions = useRecords('action');
  const checkIns = useRecords('checkIn');
  const appointments = useRecords('appointment');
  const messages = useRecords('journalEntry');
  const feedback = useRecords('feedback');
  const loaded =
    aboutMe && values && fourSteps && actions && checkIns && appointments && messages && feedback;
  const months = monthNames(t);
  const finishedCheckIns = (checkIns ?? []).filter((c) => c.status === 'done' && c.takenAt);

  return (
    <div className="page my-summary">
      <p data-print="hide">
        <Link href={SETTINGS_PATH} variant="back">
          {t('settings.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{t('myData.summary.title')}</PageHeading>
      <p className="lead">{t('myData.summary.intro')}</p>
      <PrintButton />
      {!loaded ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : (
        <>
          <Section id="summary-about-me" heading={t('tasks.aboutMe.title')} empty={!aboutMe.length}>
            <Versions flow={aboutMeFlow} records={aboutMe} t={t} />
          </Section>
          <Section id="summary-values" heading={t('tasks.values.title')} empty={!values.length}>
            <Versions flow={myValuesFlow} records={values} t={t} />
          </Section>
          <Section
            id="summary-four-steps"
            heading={t('tasks.fourSteps.title')}
            empty={!fourSteps.length}
          >
            <Versions flow={fourStepsFlow} records={fourSteps} t={t} />
          </Section>
          <Section
            id="summary-actions"
            heading={t('tasks.actionPlan.title')}
            empty={!actions.length}
          >
            <SummaryList
              rows={actions.map((action): SummaryRow => ({
                key: action.id,
                label: action.text?.trim() || t('myData.summary.noText'),
                value: (
                  <>
                    <RequirementLabel requirement={action.requirement} />{' '}
                    {t(`actionPlan.statuses.${action.status ?? 'toDo'}`)}
                    {action.due
                      ? `. ${t('myData.summary.due', { date: formatIsoDate(action.due, t) })}`
                      : ''}
                  </>
                ),
              }))}
            />
          </Section>
          <Section
            id="summary-check-ins"
            heading={t('tasks.checkIns.title')}
            empty={!finishedCheckIns.length}
          >
            {finishedCheckIns.map((checkIn) => (
              <div key={checkIn.id} className="my-summary__item">
                <h3>{versionDate(checkIn.takenAt as string, months)}</h3>
                <SummaryList
                  rows={BARRIER_AREAS.map((area) => ({
                    key: area,
                    label: t(`checkIn.areas.${area}.title`),
                    value: answerWords(t, checkIn.scores?.[area]),
                  }))}
                />
              </div>
            ))}
          </Section>
          <Section
            id="summary-appointments"
            heading={t('appointments.title')}
            empty={!appointments.some((a) => a.at)}
          >
            {appointments
              .filter((a) => a.at)
              .map((appointment) => {
                const when = dateTimeInWords(appointment.at as string, t);
                return (
                  <div key={appointment.id} className="my-summary__item">
                    <h3>{when}</h3>
                    <AppointmentDetails appointment={appointment} when={when} upcoming={false} />
                  </div>
                );
              })}
          </Section>
          <Section id="summary-messages" heading={t('messages.title')} empty={!messages.length}>
            <SummaryList
              rows={messages.map((message) => ({
                key: message.id,
                label: `${
                  message.author === 'coach'
                    ? t('myData.summary.fromCoach')
                    : t('myData.summary.fromYou')
                }, ${dateTimeInWords(message.created, t)}`,
                value: message.text ?? '',
              }))}
            />
          </Section>
          <Section
            id="summary-feedback"
            heading={t('tasks.feedback.title')}
            empty={!feedback.length}
          >
            <SummaryList
              rows={feedback.map((f) => ({
                key: f.id,
                label: aboutWords(f, appointments, t),
                value: f.helpful
                  ? t(`feedback.helpful.${f.helpful as 1 | 2 | 3 | 4 | 5}`)
                  : t('feedback.answers.skipped'),
              }))}
            />
          </Section>
          <PrintButton />
        </>
      )}
    </div>
  );
}
