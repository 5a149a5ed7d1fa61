/**
 * The start page of one part of the workbook: what it is for, how long it takes, that every
 * question can be skipped, and the way back. The questions themselves are their own features.
 */
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading, Tag } from '../../ui';
import { findTask, type TaskId } from '../../domain/tasks';
import { usePageTitle, useNavigation } from '../../app/navigation';

export default function TaskStartPage({ taskId }: { taskId?: TaskId }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const task = findTask(taskId ?? 'aboutMe');
  const title = t(`tasks.${task.id}.title`);
  usePageTitle(title);
  return (
    <div className="page">
      <p data-print="hide">
        <Link href="/" variant="back">
          {t('common.backToTasks')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{title}</PageHeading>
      {task.optional && <Tag tone="neutral">{t('home.optional')}</Tag>}
      <p className="lead">{t(`tasks.${task.id}.purpose`)}</p>
      <p>{t(`tasks.${task.id}.why`)}</p>
      <p>{t(`tasks.${task.id}.skip`)}</p>
      {task.optional && <p>{t('tasks.optionalNote')}</p>}
      <p>{t('tasks.timeToDo', { min: task.minutes.min, max: task.minutes.max })}</p>
      <Callout>{t('tasks.comingSoon')}</Callout>
    </div>
  );
}
