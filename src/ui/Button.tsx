/**
 * Button: the kit's only button, built on RAC Button (press events work for touch, mouse,
 * keyboard and screen readers). Variants: primary, secondary, warning (destructive) and link
 * (looks like a link, acts as a button). `isPending` keeps the button focusable but inert,
 * marks it aria-busy and aria-disabled and can swap the text for `pendingLabel` (no spinner).
 * Pending is handled here, not by RAC's own isPending: that one adds a live region with inline
 * styles (refused by our CSP) that axe reports while it is shown.
 */
import type { ReactNode } from 'react';
import { Button as RACButton, type ButtonProps as RACButtonProps } from 'react-aria-components';
import { cx } from './cx';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

export interface ButtonProps extends Omit<
  RACButtonProps,
  'children' | 'className' | 'style' | 'render'
> {
  children: ReactNode;
  variant?: ButtonVariant;
  /** Shown instead of the children while `isPending`, e.g. "Saving". */
  pendingLabel?: string;
  className?: string;
}

export function Button({
  children,
  variant = 'primary',
  isPending = false,
  pendingLabel,
  className,
  ...rest
}: ButtonProps) {
  const { onPress, onPressStart, onPressEnd, onPressChange, onPressUp, ...others } = rest;
  const press = isPending ? {} : { onPress, onPressStart, onPressEnd, onPressChange, onPressUp };
  return (
    <RACButton
      {...others}
      {...press}
      className={cx('button', `button--${variant}`, className)}
      render={(props) => (
        <button
          {...props}
          aria-busy={isPending || undefined}
          aria-disabled={isPending || props['aria-disabled'] || undefined}
          data-pending={isPending || undefined}
        />
      )}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </RACButton>
  );
}
