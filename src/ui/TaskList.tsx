/**
 * TaskList: the GOV.UK task-list pattern. Each task is a list item whose whole row (at least
 * 44 px tall) opens the task; the link's name is the task title and its status tag (and hint)
 * are tied to it with aria-describedby, so a screen reader says "About me, link, In progress".
 * A task without an href is shown as not yet available (plain text plus its status). A status
 * still `pending` (not known yet) keeps its place but is neither shown nor read out.
 */
import { useId, type ReactNode } from 'react';
import { useLinkClick } from './clientNavigation';
import { cx } from './cx';
import { Tag } from './Tag';
import './TaskList.css';

export type TaskStatusTone = 'notStarted' | 'inProgress' | 'done';

export interface TaskListItem {
  id: string;
  title: ReactNode;
  href?: string;
  hint?: ReactNode;
  /** `pending`: not known yet; `label` then only sizes the space the status will take. */
  status: { label: string; tone: TaskStatusTone; pending?: boolean };
}

export interface TaskListProps {
  items: TaskListItem[];
  className?: string;
}

export function TaskList({ items, className }: TaskListProps) {
  const baseId = useId();
  const onLinkClick = useLinkClick();
  return (
    <ul className={cx('task-list', className)}>
      {items.map((item) => {
        const hintId = `${baseId}-${item.id}-hint`;
        const statusId = `${baseId}-${item.id}-status`;
        const pending = item.status.pending === true;
        const describedBy =
          [item.hint ? hintId : '', pending ? '' : statusId].filter(Boolean).join(' ') || undefined;
        return (
          <li key={item.id} className="task-list__item" data-linked={item.href ? true : undefined}>
            <div className="task-list__name">
              {item.href ? (
                <a
                  href={item.href}
                  className="task-list__link"
                  aria-describedby={describedBy}
                  onClick={onLinkClick}
                >
                  {item.title}
                </a>
              ) : (
                <span className="task-list__title">{item.title}</span>
              )}
              {item.hint ? (
                <p id={hintId} className="task-list__hint">
                  {item.hint}
                </p>
              ) : null}
            </div>
            <div
              className={cx('task-list__status', pending && 'task-list__status--pending')}
              aria-hidden={pending || undefined}
            >
              <Tag id={statusId} tone={item.status.tone}>
                {item.status.label}
              </Tag>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
