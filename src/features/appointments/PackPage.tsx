/**
 * "Before your appointment" at /appointments/<id>/prepare, for one of the work coach's
 * appointments: a short list of things to do first (About Me, a check-in, the action plan,
 * ticked by the person), what they want to talk about (topics from the Health and Work
 * Conversation survey, and their own words), and anything that would make it easier. Every
 * part is optional and saved on this phone as it is given (autosave: record and outbox in one
 * transaction). Private until the person shares it; "Mark as ready" dates it, and "Print" opens
 * it as one page to take along.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  Link,
  PageHeading,
  TextArea,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useAutosaver } from '../../data/autosave';
import { useNotSaved } from '../../app/useNotSaved';
import { useRecord } from '../../data/liveRecords';
import { findTask } from '../../domain/tasks';
import {
  PACK_ADJUSTMENTS,
  PACK_TASKS,
  PACK_TOPICS,
  type PackAdjustment,
  type PackTask,
  type PackTopic,
} from '../../domain/pack';
import { LONG_TEXT, MEDIUM_TEXT } from '../../domain/recordKinds';
import type { Appointment, AppointmentPack, FieldsByKind } from '../../domain/records';
import { SharingChoice } from '../sharing/SharingChoice';
import { dateTimeInWords } from '../journal/dateTimeWords';
import { appointmentPath } from './paths';
import { packPrintPath } from './pack';
import { usePack } from './usePack';
import './appointments.css';

const TASK_PATHS: Record<PackTask, string> = {
  aboutMe: findTask('aboutMe').path,
  checkIn: findTask('checkIns').path,
  actionPlan: findTask('actionPlan').path,
};

export default function PackPage({ id: appointmentId }: { id: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const appointment = useRecord('appointment', appointmentId);
  const { id: packId, pack } = usePack(appointmentId);
  const when = appointment?.at ? dateTimeInWords(appointment.at, t) : undefined;
  const title = t('appointments.pack.title');
  usePageTitle(when ? `${title}: ${when}` : title);
  const loading = appointment === undefined || pack === undefined;
  const usable = appointment && appointment.source !== 'claimant' && when;
  return (
    <div className="page">
      <p data-print="hide">
        <Link href={appointmentPath(appointmentId)} variant="back">
          {t('appointments.pack.back')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={when}>
        {title}
      </PageHeading>
      {loading ? (
        <p aria-busy="true">{t('home.loading')}</p>
      ) : !usable ? (
        <p>{t('appointments.detail.notFound')}</p>
      ) : (
        <PackForm appointment={appointment} packId={packId} initial={pack} />
      )}
    </div>
  );
}

function PackForm({
  appointment,
  packId,
  initial,
}: {
  appointment: Appointment;
  packId: string;
  initial: AppointmentPack | null;
}) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const saver = useAutosaver('appointmentPack', packId);
  // Answers are held here as given (read once, so a live update never moves the cursor).
  const [first] = useState(initial);
  const [exists, setExists] = useState(first !== null);
  const [ticked, setTicked] = useState<PackTask[]>(first?.ticked ?? []);
  const [topics, setTopics] = useState<PackTopic[]>(first?.topics ?? []);
  const [talkAbout, setTalkAbout] = useState(first?.talkAbout ?? '');
  const [easier, setEasier] = useState<PackAdjustment[]>(first?.easier ?? []);
  const [easierOther, setEasierOther] = useState(first?.easierOther ?? '');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  // The first change creates the pack, tied to its appointment.
  const save = (fields: FieldsByKind['appointmentPack']) => {
    saver.update(exists ? fields : { appointmentId: appointment.id, ...fields });
    setExists(true);
  };
  const tooLong = (): FieldErrorItem[] => [
    ...(talkAbout.length > LONG_TEXT
      ? [{ fieldId: 'pack-talk', message: t('appointments.pack.tooLong', { max: LONG_TEXT }) }]
      : []),
    ...(easierOther.length > MEDIUM_TEXT
      ? [
          {
            fieldId: 'pack-easier-other',
            message: t('appointments.pack.tooLong', { max: MEDIUM_TEXT }),
          },
        ]
      : []),
  ];
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const notSaved = useNotSaved(saver, 'pack-tasks');

  const finish = async (ready: boolean) => {
    const found = tooLong();
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    if (ready) save({ status: 'done', completedAt: new Date().toISOString() });
    await saver.flush();
    setBusy(false);
    // A write that failed stays queued and is tried again: stay on the form and say so.
    if (!notSaved.checkSaved()) return;
    navigate(appointmentPath(appointment.id));
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void finish(true);
      }}
    >
      <ErrorSummary
        title={t('appointments.pack.errorTitle')}
        errors={[...errors, ...notSaved.errors]}
      />
      <p className="lead">{t('appointments.pack.intro')}</p>
      {first?.status === 'done' && first.completedAt ? (
        <p>{t('appointments.pack.readySince', { when: dateTimeInWords(first.completedAt, t) })}</p>
      ) : null}

      <h2>{t('appointments.pack.tasksHeading')}</h2>
      <p>{t('appointments.pack.tasksIntro')}</p>
      <ul className="pack-links">
        {PACK_TASKS.map((task) => (
          <li key={task}>
            <Link href={TASK_PATHS[task]}>{t(`appointments.pack.taskLinks.${task}`)}</Link>
          </li>
        ))}
      </ul>
      <CheckboxGroup
        id="pack-tasks"
        label={t('appointments.pack.tickedLabel')}
        value={ticked}
        onChange={(value) => {
          const next = PACK_TASKS.filter((task) => value.includes(task));
          setTicked(next);
          save({ ticked: next });
        }}
      >
        {PACK_TASKS.map((task) => (
          <Checkbox key={task} value={task}>
            {t(`appointments.pack.tasks.${task}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>

      <h2>{t('appointments.pack.talkHeading')}</h2>
      <CheckboxGroup
        id="pack-topics"
        label={t('appointments.pack.topicsLabel')}
        hint={t('appointments.pack.chooseAny')}
        value={topics}
        onChange={(value) => {
          const next = PACK_TOPICS.filter((topic) => value.includes(topic));
          setTopics(next);
          save({ topics: next });
        }}
      >
        {PACK_TOPICS.map((topic) => (
          <Checkbox key={topic} value={topic}>
            {t(`appointments.pack.topics.${topic}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <TextArea
        id="pack-talk"
        label={t('appointments.pack.talkLabel')}
        hint={t('appointments.pack.talkHint')}
        value={talkAbout}
        errorMessage={errorFor('pack-talk')}
        onChange={(value) => {
          setTalkAbout(value);
          if (value.length <= LONG_TEXT) save({ talkAbout: value });
        }}
      />

      <h2>{t('appointments.pack.easierHeading')}</h2>
      <CheckboxGroup
        id="pack-easier"
        label={t('appointments.pack.easierLabel')}
        hint={t('appointments.pack.easierHint')}
        value={easier}
        onChange={(value) => {
          const next = PACK_ADJUSTMENTS.filter((choice) => value.includes(choice));
          setEasier(next);
          save({ easier: next });
        }}
      >
        {PACK_ADJUSTMENTS.map((choice) => (
          <Checkbox key={choice} value={choice}>
            {t(`appointments.pack.easier.${choice}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <TextArea
        id="pack-easier-other"
        label={t('appointments.pack.easierOtherLabel')}
        value={easierOther}
        errorMessage={errorFor('pack-easier-other')}
        onChange={(value) => {
          setEasierOther(value);
          if (value.length <= MEDIUM_TEXT) save({ easierOther: value });
        }}
      />

      <h2>{t('appointments.pack.shareHeading')}</h2>
      <p>{t('appointments.pack.shareIntro')}</p>
      <SharingChoice
        kind="appointmentPack"
        id={packId}
        value={first?.sharing}
        // Always tied to its appointment, whichever answer happens to create the pack.
        createWith={{ appointmentId: appointment.id }}
      />

      <ButtonGroup>
        <Button type="submit" isPending={busy}>
          {first?.status === 'done'
            ? t('appointments.pack.saveReady')
            : t('appointments.pack.markReady')}
        </Button>
        <Button variant="secondary" onPress={() => void finish(false)}>
          {t('appointments.pack.later')}
        </Button>
      </ButtonGroup>
      <p data-print="hide">
        <Link href={packPrintPath(appointment.id)}>{t('appointments.pack.printLink')}</Link>
      </p>
    </form>
  );
}
