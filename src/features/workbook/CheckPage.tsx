/**
 * Check your answers (GOV.UK pattern): every question with its answer and a Change link, the
 * sharing choice, "Mark as done" (keeps this version with today's date) and printing.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Link, PageHeading, SummaryList } from '../../ui';
import { repository } from '../../data/repository';
import type { FieldsByKind } from '../../domain/records';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { SharingChoice } from '../sharing/SharingChoice';
import type { WorkbookFlow, WorkbookKind, WorkbookRecord } from './flow';
import { summaryRows } from './summary';
import { markDoneFields } from './versions';
import { workbookPath } from './paths';
import { PrintButton } from './PrintButton';
import './workbook.css';

export function WorkbookCheckPage<K extends WorkbookKind>({
  flow,
  record,
}: {
  flow: WorkbookFlow<K>;
  record: WorkbookRecord<K>;
}) {
  const { t } = useTranslation();
  const { navigate, navigations } = useNavigation();
  // Guards against a double press (no isPending: see StartPage).
  const marking = useRef(false);
  const task = t(`tasks.${flow.taskId}.title`);
  const title = t('workbook.check.title');
  usePageTitle(`${title} – ${task}`);
  const steps = flow.steps(record);
  const last = steps[steps.length - 1];

  const markDone = async () => {
    if (marking.current) return;
    marking.current = true;
    try {
      await repository.saveFields(
        flow.kind,
        record.id,
        markDoneFields(new Date()) as FieldsByKind[K],
      );
      navigate(workbookPath.done(flow.basePath, record.id));
    } finally {
      marking.current = false;
    }
  };

  return (
    <div className="page">
      <p data-print="hide">
        <Link
          href={
            last
              ? workbookPath.question(flow.basePath, record.id, last.key)
              : workbookPath.start(flow.basePath)
          }
          variant="back"
        >
          {t('workbook.back')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0} caption={task}>
        {title}
      </PageHeading>
      <p data-print="hide">{t('workbook.check.intro')}</p>
      <SummaryList rows={summaryRows(flow, record, t, { withChange: true })} />
      <div data-print="hide">
        <SharingChoice kind={flow.kind} id={record.id} value={record.sharing} />
        <h2>{t('workbook.check.doneHeading')}</h2>
        <p>{t('workbook.check.doneHint')}</p>
        <p>
          <Button onPress={() => void markDone()}>{t('workbook.check.markDone')}</Button>
        </p>
        <PrintButton />
        <p>
          <Link href="/">{t('workbook.saveAndLeave')}</Link>
        </p>
      </div>
    </div>
  );
}
