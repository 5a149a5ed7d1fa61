/**
 * ConfirmDialog: "Are you sure?" for something that cannot be undone (cancel an appointment,
 * disconnect a phone). An alert dialog with a heading, one paragraph, a warning button that
 * closes it and then does the thing, and a secondary button that only closes it. Escape and
 * the backdrop close it too, and focus returns to what opened it (Dialog).
 */
import type { ReactNode } from 'react';
import { Button } from './Button';
import { ButtonGroup } from './ButtonGroup';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: ReactNode;
  body: ReactNode;
  /** The warning button, e.g. "Yes, cancel it". */
  confirmLabel: string;
  /** The way out, e.g. "No, keep it". */
  cancelLabel: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Called after the dialog has closed. */
  onConfirm: () => void;
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  isOpen,
  onOpenChange,
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} role="alertdialog" isOpen={isOpen} onOpenChange={onOpenChange}>
      {(close) => (
        <>
          <p>{body}</p>
          <ButtonGroup>
            <Button
              variant="warning"
              onPress={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <Button variant="secondary" onPress={close}>
              {cancelLabel}
            </Button>
          </ButtonGroup>
        </>
      )}
    </Dialog>
  );
}
