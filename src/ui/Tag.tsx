/**
 * Tag: a short status label ("In progress", "Done"). The words always carry the meaning; the
 * tone only adds a tint, so nothing relies on colour alone.
 */
import type { ReactNode } from 'react';
import { cx } from './cx';
import './Tag.css';

export type TagTone = 'neutral' | 'notStarted' | 'inProgress' | 'done' | 'warning' | 'error';

export interface TagProps {
  children: ReactNode;
  tone?: TagTone;
  id?: string;
  className?: string;
}

export function Tag({ children, tone = 'neutral', id, className }: TagProps) {
  return (
    <strong id={id} className={cx('tag', `tag--${tone}`, className)}>
      {children}
    </strong>
  );
}
