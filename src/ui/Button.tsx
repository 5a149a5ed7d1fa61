/**
 * Button: the kit's only button, a native <button type="button"> (a click is what every input
 * makes of it: touch, mouse, Enter, Space, a screen reader or switch access). Variants: primary,
 * secondary, warning (destructive) and link (looks like a link, acts as a button). `isPending`
 * keeps the button focusable but inert, marks it aria-busy and aria-disabled and can swap the
 * text for `pendingLabel` (no spinner). `isDisabled` disables it.
 *
 * It was react-aria-components' Button until the first-screen budget (issue 8): RAC's press
 * events bring about 12 KB gzip to the home page, and a native button gives the same to people.
 * The API kept RAC's names (`onPress`, `isDisabled`, `isPending`), so pages did not change.
 * A native button cannot be a RAC DialogTrigger's trigger: open the kit's Dialog with `isOpen`.
 */
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { cx } from './cx';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

export interface ButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'className' | 'style' | 'onClick' | 'disabled' | 'type'
> {
  children: ReactNode;
  variant?: ButtonVariant;
  /** Called when the button is used (click, tap, Enter or Space). */
  onPress?: () => void;
  type?: 'button' | 'submit' | 'reset';
  isDisabled?: boolean;
  /** Busy: focusable, announced as busy, does nothing when used. */
  isPending?: boolean;
  /** Shown instead of the children while `isPending`, e.g. "Saving". */
  pendingLabel?: string;
  className?: string;
}

export function Button({
  children,
  variant = 'primary',
  type = 'button',
  onPress,
  isDisabled = false,
  isPending = false,
  pendingLabel,
  className,
  ...rest
}: ButtonProps) {
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (isPending) {
      // Busy: a submit button must not submit its form again either.
      event.preventDefault();
      return;
    }
    // Safari does not focus a clicked button; focus it so a dialog it opens returns here.
    if (document.activeElement !== event.currentTarget) {
      event.currentTarget.focus({ preventScroll: true });
    }
    onPress?.();
  };
  return (
    <button
      {...rest}
      type={type}
      disabled={isDisabled || undefined}
      className={cx('button', `button--${variant}`, className)}
      onClick={onClick}
      aria-busy={isPending || undefined}
      aria-disabled={isPending || rest['aria-disabled'] || undefined}
      data-pending={isPending || undefined}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
