/**
 * ButtonGroup: lays out related buttons and links (e.g. "Save and continue" and "Save and
 * come back later"): stacked full-width on a phone, in a wrapping row on wider screens.
 */
import type { ReactNode } from 'react';
import { cx } from './cx';
import './ButtonGroup.css';

export interface ButtonGroupProps {
  children: ReactNode;
  className?: string;
}

export function ButtonGroup({ children, className }: ButtonGroupProps) {
  return <div className={cx('button-group', className)}>{children}</div>;
}
