// Notifications: messages land in a polite status region (or an assertive alert for errors),
// replace each other, and stay until dismissed; there is no timer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { NotificationProvider, NotificationRegion, useNotify } from './NotificationRegion';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Sender() {
  const { notify } = useNotify();
  return (
    <>
      <button type="button" onClick={() => notify('Saved on this phone', { tone: 'success' })}>
        save
      </button>
      <button
        type="button"
        onClick={() => notify('Could not save', { tone: 'error', assertive: true })}
      >
        fail
      </button>
    </>
  );
}

function renderApp() {
  render(
    <NotificationProvider>
      <NotificationRegion dismissLabel="Dismiss message" />
      <Sender />
    </NotificationProvider>,
  );
}

describe('NotificationRegion', () => {
  it('keeps empty live regions in the page before any message', () => {
    renderApp();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    expect(screen.getByRole('alert').getAttribute('aria-live')).toBe('assertive');
    expect(screen.queryByRole('button', { name: 'Dismiss message' })).toBeNull();
  });

  it('announces politely and keeps the message with no time limit', () => {
    vi.useFakeTimers();
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(screen.getByRole('status').textContent).toBe('Saved on this phone');
    expect(screen.getByRole('alert').textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(10 * 60 * 1000);
    });
    expect(screen.getByRole('status').textContent).toBe('Saved on this phone');
  });

  it('uses the assertive region for errors, replacing the polite message', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    fireEvent.click(screen.getByRole('button', { name: 'fail' }));
    expect(screen.getByRole('alert').textContent).toBe('Could not save');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('clears the message when dismissed', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Dismiss message' })).toBeNull();
  });

  it('needs the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useNotify())).toThrow(/NotificationProvider/);
  });
});
