/**
 * The top of every task's start page: the way back, the heading (focused after an in-app
 * navigation), "optional" where it is, what the task is for, that questions can be skipped,
 * and how long it usually takes. Words from locales tasks.json.
 */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, Tag } from '../../ui';
import type { TaskDefinition } from '../../domain/tasks';
import { useNavigation } from '../../app/navigation';

export function TaskIntro({ task, title }: { task: TaskDefinition; title: string }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  return (
    <>
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
    </>
  );
}
