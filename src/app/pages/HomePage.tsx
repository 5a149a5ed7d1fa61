/**
 * Home: the workbook's task list (GOV.UK task-list pattern), each part with its real status
 * from the records on this phone, how many parts are finished, and how many actions are due
 * in the next 7 days.
 */
import { useTranslation } from 'react-i18next';
import { Callout, PageHeading, TaskList } from '../../ui';
import { TASKS } from '../../domain/tasks';
import { useDeferredTaskStatuses } from '../../data/deferredTaskStatuses';
import { usePageTitle, useNavigation } from '../navigation';
import { monthNames, versionDate } from '../../features/workbook/dates';

export function HomePage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const statuses = useDeferredTaskStatuses();
  usePageTitle(t('home.title'));
  const formatDate = (ms: number) => versionDate(new Date(ms).toISOString(), monthNames(t));
  const done = statuses ? TASKS.filter((task) => statuses[task.id].status === 'done').length : 0;

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      <Callout>{t('home.privacy')}</Callout>
      <h2>{t('home.tasksHeading')}</h2>
      {statuses ? (
        <>
          <p>{t('home.progress', { count: done, total: TASKS.length })}</p>
          <TaskList
            items={TASKS.map((task) => {
              const { status, lastChanged, dueSoon } = statuses[task.id];
              const title = t(`tasks.${task.id}.title`);
              const hint =
                lastChanged !== undefined
                  ? `${t(`tasks.${task.id}.hint`)} ${t('home.lastChanged', { date: formatDate(lastChanged) })}`
                  : t(`tasks.${task.id}.hint`);
              return {
                id: task.id,
                title: task.optional ? `${title} (${t('home.optional')})` : title,
                href: task.path,
                hint: dueSoon ? (
                  <>
                    {hint} <strong>{t('tasks.actionPlan.dueSoon', { count: dueSoon })}</strong>
                  </>
                ) : (
                  hint
                ),
                status: { label: t(`home.taskStatus.${status}`), tone: status },
              };
            })}
          />
        </>
      ) : (
        <p aria-busy="true">{t('home.loading')}</p>
      )}
    </div>
  );
}
