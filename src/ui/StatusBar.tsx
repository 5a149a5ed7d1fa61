/**
 * StatusBar: a small row of status items (e.g. "Offline", "Saved on this phone") inside
 * role="status", so when the app changes an item's words they are announced politely. Each
 * item shows a shape for its tone as well as its words; words always carry the meaning.
 */
import { cx } from './cx';
import { Link } from './Link';
import './StatusBar.css';

export type StatusTone = 'neutral' | 'success' | 'progress' | 'warning' | 'error';

export interface StatusItem {
  id: string;
  label: string;
  tone: StatusTone;
  /** A next step after the words, e.g. "Check it" after "1 change needs your choice." */
  link?: { href: string; label: string };
}

export interface StatusBarProps {
  items: StatusItem[];
  /** Optional name for the region, e.g. "Connection and saving". */
  label?: string;
  className?: string;
}

export function StatusBar({ items, label, className }: StatusBarProps) {
  return (
    <div role="status" aria-label={label} className={cx('status-bar', className)}>
      <ul className="status-bar__list">
        {items.map((item) => (
          <li key={item.id} className="status-bar__item" data-tone={item.tone}>
            <span className="status-bar__icon" aria-hidden="true" />
            {item.label}
            {item.link ? (
              <Link href={item.link.href} className="status-bar__link">
                {item.link.label}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
