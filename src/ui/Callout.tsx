/**
 * Callout: GOV.UK inset text ("inset": a quiet aside with a bar on its left) or warning text
 * ("warning": bold words after a round "!" icon, with an optional hidden prefix such as
 * "Warning" for screen readers, passed in translated).
 */
import type { ReactNode } from 'react';
import { cx } from './cx';
import './Callout.css';

export interface CalloutProps {
  children: ReactNode;
  variant?: 'inset' | 'warning';
  /** Read before a warning by screen readers only, e.g. "Warning". */
  assistiveLabel?: string;
  className?: string;
}

export function Callout({ children, variant = 'inset', assistiveLabel, className }: CalloutProps) {
  if (variant === 'warning') {
    return (
      <div className={cx('callout callout--warning', className)}>
        <span className="callout__icon" aria-hidden="true">
          !
        </span>
        <strong className="callout__text">
          {assistiveLabel ? (
            <>
              <span className="visually-hidden">{assistiveLabel}</span>{' '}
            </>
          ) : null}
          {children}
        </strong>
      </div>
    );
  }
  return <div className={cx('callout callout--inset', className)}>{children}</div>;
}
