/**
 * Home: the workbook's task list (GOV.UK task-list pattern), each part with its real status
 * from the records on this phone, and how many parts are finished.
 */
import { useTranslation } from 'react-i18next';
import { Callout, PageHeading, TaskList } from '../../ui';
import { TASKS } from '../../domain/tasks';
import { useDeferredTaskStatuses } from '../../data/deferredTaskStatuses';
import { usePageTitle, useNavigation } from '../navigation';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { navigations } = useNavigation();
  const statuses = useDeferredTaskStatuses();
  usePageTitle(t('home.title'));
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' });
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
              const { status, lastChanged } = statuses[task.id];
              const title = t(`tasks.${task.id}.title`);
              return {
                id: task.id,
                title: task.optional ? `${title} (${t('home.optional')})` : title,
                href: task.path,
                hint:
                  lastChanged !== undefined
                    ? `${t(`tasks.${task.id}.hint`)} ${t('home.lastChanged', { date: dateFormat.format(lastChanged) })}`
                    : t(`tasks.${task.id}.hint`),
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
