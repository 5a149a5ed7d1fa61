// Dialog: named by its heading, closes on Escape and gives focus back to what opened it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

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

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Dialog', () => {
  it('opens from a button, closes on Escape and returns focus to the button', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onPress={() => setOpen(true)}>Delete my data</Button>
          <Dialog
            title="Delete everything?"
            role="alertdialog"
            isOpen={open}
            onOpenChange={setOpen}
          >
            {(close) => (
              <>
                <p>This cannot be undone.</p>
                <Button onPress={close}>Keep my data</Button>
                <Button variant="warning">Delete</Button>
              </>
            )}
          </Dialog>
        </>
      );
    }
    render(<Opener />);
    const trigger = screen.getByRole('button', { name: 'Delete my data' });
    act(() => trigger.focus());
    fireEvent.click(trigger);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete everything?' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    // Focus is trapped: Tab from the last control wraps to the first one inside the dialog.
    const last = screen.getByRole('button', { name: 'Delete' });
    act(() => last.focus());
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my data' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
  });

  it('closes from its own button when controlled', () => {
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog title="Saved" isOpen={open} onOpenChange={setOpen}>
          {(close) => <Button onPress={close}>OK</Button>}
        </Dialog>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('dialog', { name: 'Saved' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
