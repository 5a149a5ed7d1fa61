/**
 * The page for a workbook route: loads the record the address names and shows the right page.
 * A finished version is never edited: its question and check addresses show it read-only, and
 * a draft's version or done address shows Check your answers.
 */
import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../ui';
import { useRecord } from '../../data/liveRecords';
import { usePageTitle, useNavigation } from '../../app/navigation';
import type { WorkbookFlow, WorkbookKind } from './flow';
import type { WorkbookRoute } from './paths';
import { workbookPath } from './paths';
import { WorkbookStartPage } from './StartPage';
import { WorkbookQuestionPage } from './QuestionPage';
import { WorkbookCheckPage } from './CheckPage';
import { WorkbookVersionPage } from './VersionPage';

function MissingRecord<K extends WorkbookKind>({ flow }: { flow: WorkbookFlow<K> }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('workbook.missing.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('workbook.missing.title')}</PageHeading>
      <p>{t('workbook.missing.body')}</p>
      <p>
        <Link href={workbookPath.start(flow.basePath)}>
          {t('workbook.missing.link', { task: t(`tasks.${flow.taskId}.title`) })}
        </Link>
      </p>
    </div>
  );
}

function RecordPages<K extends WorkbookKind>({
  flow,
  route,
}: {
  flow: WorkbookFlow<K>;
  route: Exclude<WorkbookRoute, { page: 'start' }>;
}) {
  const record = useRecord(flow.kind, route.id);
  if (record === undefined) return <div className="page-loading" aria-busy="true" />;
  if (record === null) return <MissingRecord flow={flow} />;
  const finished = record.status === 'done';
  if (finished && (route.page === 'question' || route.page === 'check' || route.page === 'version'))
    return <WorkbookVersionPage flow={flow} record={record} justDone={false} />;
  if (finished) return <WorkbookVersionPage flow={flow} record={record} justDone />;
  if (route.page === 'question')
    return (
      <WorkbookQuestionPage
        key={`${route.id}/${route.step}`}
        flow={flow}
        record={record}
        stepKey={route.step}
        change={route.change}
      />
    );
  return <WorkbookCheckPage flow={flow} record={record} />;
}

export function WorkbookPages<K extends WorkbookKind>({
  flow,
  route,
}: {
  flow: WorkbookFlow<K>;
  route: WorkbookRoute;
}) {
  if (route.page === 'start') return <WorkbookStartPage flow={flow} />;
  return <RecordPages key={route.id} flow={flow} route={route} />;
}
