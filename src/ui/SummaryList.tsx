/**
 * SummaryList: a description list for "Check your answers" pages. Each row shows a question
 * (dt), the answer (dd, the person's own words shown as text with their line breaks) and an
 * optional Change link whose hidden suffix names the row ("Change" + " your goal").
 */
import type { ReactNode } from 'react';
import { useLinkClick } from './clientNavigation';
import { cx } from './cx';
import './Link.css';
import './SummaryList.css';

export interface SummaryAction {
  href: string;
  /** Visible link text, e.g. "Change". */
  label: string;
  /** Read only by screen readers after the label, e.g. "your goal". */
  hiddenLabel?: string;
}

export interface SummaryRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
  action?: SummaryAction;
}

export interface SummaryListProps {
  rows: SummaryRow[];
  className?: string;
}

export function SummaryList({ rows, className }: SummaryListProps) {
  const onLinkClick = useLinkClick();
  return (
    <dl className={cx('summary-list', className)}>
      {rows.map((row) => (
        <div key={row.key} className="summary-list__row">
          <dt className="summary-list__key">{row.label}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="summary-list__actions" data-print="hide">
              <a href={row.action.href} className="link" onClick={onLinkClick}>
                {row.action.label}
                {row.action.hiddenLabel ? (
                  <>
                    {' '}
                    <span className="visually-hidden">{row.action.hiddenLabel}</span>
                  </>
                ) : null}
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
