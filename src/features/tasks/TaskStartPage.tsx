/**
 * The start page of one part of the workbook: what it is for, how long it takes, that every
 * question can be skipped, and the way back. The questions themselves are their own features.
 */
import { useTranslation } from 'react-i18next';
import { Callout } from '../../ui';
import { findTask, type TaskId } from '../../domain/tasks';
import { usePageTitle } from '../../app/navigation';
import { TaskIntro } from './TaskIntro';

export default function TaskStartPage({ taskId }: { taskId?: TaskId }) {
  const { t } = useTranslation();
  const task = findTask(taskId ?? 'aboutMe');
  const title = t(`tasks.${task.id}.title`);
  usePageTitle(title);
  return (
    <div className="page">
      <TaskIntro task={task} title={title} />
      <Callout>{t('tasks.comingSoon')}</Callout>
    </div>
  );
}
