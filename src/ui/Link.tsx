/**
 * Link: a native <a>. In-app hrefs go through the app's router (clientNavigation.ts, no page
 * reload); everything else behaves like any link. Variants: default, back (a "Back" link with a
 * CSS chevron) and button (a link that looks like a primary or secondary button, e.g. "Start").
 * Standalone links get a 44 px tall target; set `inline` for links inside running text.
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useLinkClick } from './clientNavigation';
import { cx } from './cx';
import './Button.css';
import './Link.css';

export type LinkVariant = 'default' | 'back' | 'button';

export interface LinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'children' | 'className' | 'style' | 'href'
> {
  children: ReactNode;
  href: string;
  variant?: LinkVariant;
  /** Look of a `variant="button"` link. */
  buttonVariant?: 'primary' | 'secondary';
  /** A link inside a sentence: no 44 px box (WCAG exempts inline links). */
  inline?: boolean;
  className?: string;
}

export function Link({
  children,
  variant = 'default',
  buttonVariant = 'primary',
  inline = false,
  className,
  href,
  onClick,
  ...rest
}: LinkProps) {
  const classes =
    variant === 'button'
      ? cx('button', `button--${buttonVariant}`, className)
      : cx('link', variant === 'back' && 'link--back', inline && 'link--inline', className);
  return (
    <a {...rest} href={href} className={classes} onClick={useLinkClick(onClick)}>
      {children}
    </a>
  );
}
