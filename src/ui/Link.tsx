/**
 * Link: RAC Link, so in-app hrefs go through RAC's RouterProvider (client-side routing) and
 * everything else behaves like a normal <a>. Variants: default, back (a "Back" link with a
 * CSS chevron) and button (a link that looks like a primary or secondary button, e.g. "Start").
 * Standalone links get a 44 px tall target; set `inline` for links inside running text.
 */
import type { ReactNode } from 'react';
import { Link as RACLink, type LinkProps as RACLinkProps } from 'react-aria-components';
import { cx } from './cx';
import './Button.css';
import './Link.css';

export type LinkVariant = 'default' | 'back' | 'button';

export interface LinkProps extends Omit<RACLinkProps, 'children' | 'className' | 'style'> {
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
  ...rest
}: LinkProps) {
  const classes =
    variant === 'button'
      ? cx('button', `button--${buttonVariant}`, className)
      : cx('link', variant === 'back' && 'link--back', inline && 'link--inline', className);
  return (
    <RACLink {...rest} className={classes}>
      {children}
    </RACLink>
  );
}
