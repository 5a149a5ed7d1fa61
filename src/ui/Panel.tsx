/**
 * Panel: the GOV.UK confirmation panel, a strong block with a heading and short text, for a
 * calm "done" moment (e.g. "Your check-in is saved").
 */
import type { ReactNode } from 'react';
import { cx } from './cx';
import './Panel.css';

export interface PanelProps {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 1 | 2;
  className?: string;
}

export function Panel({ title, children, headingLevel = 1, className }: PanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={cx('panel', className)}>
      <Heading className="panel__title">{title}</Heading>
      {children ? <div className="panel__body">{children}</div> : null}
    </div>
  );
}
