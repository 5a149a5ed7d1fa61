/**
 * A finished version, read-only and ready to print: "About Me, 3 March". Right after "Mark as
 * done" (justDone) the same page says so first and offers the way back to the task list.
 */
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading, SummaryList } from '../../ui';
import { useRecords } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { SharingChoice } from '../sharing/SharingChoice';
import type { WorkbookFlow, WorkbookKind, WorkbookRecord } from './flow';
import { summaryRows } from './summary';
import { splitVersions } from './versions';
import { monthNames, versionDate } from './dates';
import { workbookPath } from './paths';
import { PrintButton } from './PrintButton';
import './workbook.css';

export function WorkbookVersionPage<K extends WorkbookKind>({
  flow,
  record,
  justDone,
}: {
  flow: WorkbookFlow<K>;
  record: WorkbookRecord<K>;
  justDone: boolean;
}) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const records = useRecords(flow.kind);
  const task = t(`tasks.${flow.taskId}.title`);
  const finished = record.completedAt ?? record.created;
  const date = versionDate(finished, monthNames(t), {
    sameDayAs: splitVersions(records ?? []).done.map((v) => v.completedAt ?? v.created),
  });
  const name = t('workbook.versions.name', { task, date });
  const title = justDone ? t('workbook.done.title', { task }) : name;
  usePageTitle(title);

  return (
    <div className="page">
      <p data-print="hide">
        <Link href={justDone ? '/' : workbookPath.start(flow.basePath)} variant="back">
          {justDone ? t('common.backToTasks') : t('workbook.back')}
        </Link>
      </p>
      <div data-print="hide">
        <PageHeading focusOnMount={navigations > 0}>{title}</PageHeading>
        {justDone ? (
          <>
            <p className="lead">{t('workbook.done.body', { date })}</p>
            <Callout>{t('workbook.done.next')}</Callout>
          </>
        ) : (
          <p>{t('workbook.versions.finishedOn', { date })}</p>
        )}
      </div>
      <h2 className="workbook-print-title">{name}</h2>
      <SummaryList rows={summaryRows(flow, record, t, { withChange: false })} />
      <div data-print="hide">
        <PrintButton />
        <SharingChoice kind={flow.kind} id={record.id} value={record.sharing} />
        <p>
          <Link href="/">{justDone ? t('workbook.done.tasks') : t('common.backToTasks')}</Link>
        </p>
      </div>
    </div>
  );
}
