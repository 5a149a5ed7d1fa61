/**
 * A technique's start page: what it is for, why, that every question is optional, how long it
 * takes; then Start (first time), Continue (a draft exists: resume where they left off) or
 * Update my answers (a new draft prefilled from the latest finished version); and the list of
 * finished versions ("About Me, 3 March"). If the draft cannot be made (the phone is out of
 * space), it says so plainly, next to the button.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Callout, Link } from '../../ui';
import { saveErrorKind } from '../../data/errors';
import { findTask } from '../../domain/tasks';
import { repository } from '../../data/repository';
import { useRecords } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { WorkbookFlow, WorkbookKind, WorkbookRecord } from './flow';
import { resumeIndex } from './progress';
import { newDraftFields, splitVersions } from './versions';
import { monthNames, versionDate } from './dates';
import { workbookPath } from './paths';
import './workbook.css';
import { TaskIntro } from '../tasks/TaskIntro';

/** Where a draft picks up: its first unanswered question, or Check your answers. */
export function resumePath<K extends WorkbookKind>(
  flow: WorkbookFlow<K>,
  record: WorkbookRecord<K>,
): string {
  const steps = flow.steps(record);
  const step = steps[resumeIndex(steps, record)];
  return step
    ? workbookPath.question(flow.basePath, record.id, step.key)
    : workbookPath.check(flow.basePath, record.id);
}

export function WorkbookStartPage<K extends WorkbookKind>({ flow }: { flow: WorkbookFlow<K> }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const records = useRecords(flow.kind);
  // Guards against a double press making two drafts. (No isPending: react-aria's pending
  // announcement leaves an unlabelled role="img" in the page.)
  const starting = useRef(false);
  const [failure, setFailure] = useState<'storageFull' | 'unknown'>();
  const task = findTask(flow.taskId);
  const title = t(`tasks.${task.id}.title`);
  usePageTitle(title);

  const { draft, done } = splitVersions(records ?? []);
  const latest = done[0];
  const completedDates = done.map((v) => v.completedAt ?? v.created);
  const nameOf = (iso: string) => versionDate(iso, monthNames(t), { sameDayAs: completedDates });

  const start = async () => {
    if (starting.current) return;
    starting.current = true;
    setFailure(undefined);
    try {
      const id = await repository.createRecord(flow.kind, newDraftFields(flow, latest));
      const created = await repository.getRecord(flow.kind, id);
      if (created) navigate(resumePath(flow, created));
    } catch (error) {
      console.error('Could not start a draft', error);
      setFailure(saveErrorKind(error) === 'storageFull' ? 'storageFull' : 'unknown');
    } finally {
      starting.current = false;
    }
  };

  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      <p>{t('workbook.start.private')}</p>
      {records === undefined ? (
        <p aria-busy="true">{t('workbook.loading')}</p>
      ) : draft ? (
        <>
          {latest && (
            <p>
              {t('workbook.start.updating', {
                date: nameOf(latest.completedAt ?? latest.created),
              })}
            </p>
          )}
          <p>
            <Link href={resumePath(flow, draft)} variant="button">
              {t('workbook.start.continue')}
            </Link>
          </p>
        </>
      ) : (
        <>
          {latest && <p>{t('workbook.start.updateHint')}</p>}
          <p>
            <Button onPress={() => void start()}>
              {latest ? t('workbook.start.update') : t('workbook.start.start')}
            </Button>
          </p>
          <div role="alert">
            {failure ? (
              <Callout variant="warning">{t(`common.notStarted.${failure}`)}</Callout>
            ) : null}
          </div>
        </>
      )}
      {done.length > 0 && (
        <>
          <h2>{t('workbook.versions.heading')}</h2>
          <p>{t('workbook.versions.intro')}</p>
          <ul className="workbook-versions">
            {done.map((version) => (
              <li key={version.id}>
                <Link href={workbookPath.version(flow.basePath, version.id)}>
                  {t('workbook.versions.name', {
                    task: title,
                    date: nameOf(version.completedAt ?? version.created),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
