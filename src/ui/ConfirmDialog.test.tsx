// ConfirmDialog: an alert dialog named by its title; "yes" closes it and then acts, "no" only closes.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

// jsdom has no CSS.escape, which RAC's modal reads (for a CSP nonce meta tag) when it opens.
beforeAll(() => {
  if (typeof globalThis.CSS === 'undefined') {
    const escape = (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);
    Object.defineProperty(globalThis, 'CSS', {
      value: { escape, supports: () => false },
      configurable: true,
    });
  }
});

afterEach(cleanup);

function Asking({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(true);
  return (
    <ConfirmDialog
      title="Cancel this appointment?"
      body="Your coach will see it is cancelled."
      confirmLabel="Yes, cancel it"
      cancelLabel="No, keep it"
      isOpen={open}
      onOpenChange={setOpen}
      onConfirm={onConfirm}
    />
  );
}

describe('ConfirmDialog', () => {
  it('asks in an alert dialog, and "yes" closes it and acts once', () => {
    const onConfirm = vi.fn();
    render(<Asking onConfirm={onConfirm} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this appointment?' });
    expect(dialog.textContent).toContain('Your coach will see it is cancelled.');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('"no" only closes it', () => {
    const onConfirm = vi.fn();
    render(<Asking onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
