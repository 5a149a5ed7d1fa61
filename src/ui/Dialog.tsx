/**
 * Dialog: a modal with a heading (RAC ModalOverlay + Modal + Dialog). Focus moves into it,
 * stays inside while open and returns to where it was on close; Escape closes it. Control it
 * with isOpen and onOpenChange (the kit's Button is a native button, not a RAC trigger).
 * `children` may be a function receiving `close` for its own buttons. For a plain yes/no
 * question, ConfirmDialog.
 */
import type { ReactNode } from 'react';
import { Dialog as RACDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { cx } from './cx';
import './Dialog.css';

export interface DialogProps {
  title: ReactNode;
  children: ReactNode | ((close: () => void) => ReactNode);
  isOpen?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** Close when the backdrop is tapped (Escape always closes). */
  isDismissable?: boolean;
  /** 'alertdialog' for a question that needs an answer, e.g. "Delete everything?". */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

export function Dialog({
  title,
  children,
  isOpen,
  defaultOpen,
  onOpenChange,
  isDismissable = true,
  role = 'dialog',
  className,
}: DialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      className="dialog-overlay"
    >
      <Modal className="dialog-modal">
        <RACDialog role={role} className={cx('dialog', className)}>
          {({ close }) => (
            <>
              <Heading slot="title" level={2} className="dialog__title">
                {title}
              </Heading>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </RACDialog>
      </Modal>
    </ModalOverlay>
  );
}
