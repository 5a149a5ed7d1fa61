/**
 * My check-ins: what a check-in is for and how long it takes (the task's own words), then
 * "Start a check-in", or "Carry on with your check-in" when one is half done, and the way to
 * My progress.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Callout, Link } from '../../ui';
import { repository } from '../../data/repository';
import { useRecords } from '../../data/liveRecords';
import { BARRIER_AREAS } from '../../domain/barriers';
import { finishedCheckIns } from '../../domain/distance';
import type { CheckIn } from '../../domain/records';
import { findTask } from '../../domain/tasks';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { useDateWords } from './dates';
import { PROGRESS_PATH, stepPath } from './steps';
import { resumeStep } from './resume';
import { TaskIntro } from '../tasks/TaskIntro';

/** The half-done check-in to carry on with: the most recently started one. */
export function latestDraft(checkIns: readonly CheckIn[]): CheckIn | undefined {
  return checkIns
    .filter((c) => c.status !== 'done')
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0];
}

export default function CheckInStartPage() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const dates = useDateWords();
  const checkIns = useRecords('checkIn');
  const starting = useRef(false);
  const task = findTask('checkIns');
  const title = t('tasks.checkIns.title');
  usePageTitle(title);

  const draft = checkIns ? latestDraft(checkIns) : undefined;
  const finished = checkIns ? finishedCheckIns(checkIns) : [];
  const last = finished[finished.length - 1];
  const firstArea = BARRIER_AREAS[0] ?? 'physicalHealth';

  const start = async () => {
    if (starting.current) return;
    starting.current = true;
    try {
      const id = await repository.createRecord('checkIn', { status: 'draft', step: firstArea });
      navigate(stepPath(id, firstArea));
    } catch {
      starting.current = false;
    }
  };

  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      {last?.takenAt ? (
        <p>{t('checkIn.start.lastFinished', { date: dates.long(last.takenAt) })}</p>
      ) : null}
      {checkIns === undefined ? null : draft ? (
        <>
          <Callout>{t('checkIn.start.resumeText', { date: dates.long(draft.created) })}</Callout>
          <ButtonGroup>
            <Link href={stepPath(draft.id, resumeStep(draft))} variant="button">
              {t('checkIn.start.resumeButton')}
            </Link>
          </ButtonGroup>
        </>
      ) : (
        <ButtonGroup>
          <Button onPress={() => void start()}>{t('checkIn.start.startButton')}</Button>
        </ButtonGroup>
      )}
      <p>
        <Link href={PROGRESS_PATH}>{t('checkIn.start.progressLink')}</Link>
      </p>
    </div>
  );
}
