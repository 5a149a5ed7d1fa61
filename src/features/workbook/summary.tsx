/**
 * The answers of one record as SummaryList rows: for Check your answers (with Change links that
 * return there), for a finished version, and for printing.
 */
import type { ReactNode } from 'react';
import type { SummaryRow } from '../../ui';
import type { Translate, WorkbookFlow, WorkbookKind, WorkbookRecord } from './flow';
import { workbookPath } from './paths';

export function NotAnswered({ t }: { t: Translate }) {
  return <span className="hint-text">{t('workbook.notAnswered')}</span>;
}

export function summaryRows<K extends WorkbookKind>(
  flow: WorkbookFlow<K>,
  record: WorkbookRecord<K>,
  t: Translate,
  options: { withChange: boolean },
): SummaryRow[] {
  return flow.steps(record).map((step) => {
    const { title } = step.copy(t, record);
    let value: ReactNode;
    if (step.kind === 'custom') value = step.summary(t, record);
    else {
      const answer = (record as Record<string, unknown>)[step.field];
      const text = typeof answer === 'string' ? answer : '';
      if (step.kind === 'choice') {
        value = step.options(t).find((o) => o.value === text)?.label ?? <NotAnswered t={t} />;
      } else value = text.trim() ? text : <NotAnswered t={t} />;
    }
    return {
      key: step.key,
      label: title,
      value,
      action: options.withChange
        ? {
            href: workbookPath.change(flow.basePath, record.id, step.key),
            label: t('workbook.change'),
            hiddenLabel: title,
          }
        : undefined,
    };
  });
}
