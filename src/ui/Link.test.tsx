// Link: role, name and href, variants, and client-side routing through ClientNavigationContext.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientNavigationContext } from './clientNavigation';
import { Link } from './Link';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Link', () => {
  it('renders an anchor with its href and name', () => {
    render(<Link href="/help">Need help?</Link>);
    const link = screen.getByRole('link', { name: 'Need help?' });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/help');
    expect(link.className).toContain('link');
  });

  it('draws a back link and a button-looking link', () => {
    render(
      <>
        <Link href="/" variant="back">
          Back
        </Link>
        <Link href="/start" variant="button" buttonVariant="secondary">
          Start
        </Link>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Back' }).className).toContain('link--back');
    const start = screen.getByRole('link', { name: 'Start' });
    expect(start.className).toContain('button');
    expect(start.className).toContain('button--secondary');
  });

  it('navigates in the app on a plain click instead of loading the page', () => {
    const navigate = vi.fn();
    render(
      <ClientNavigationContext.Provider value={navigate}>
        <Link href="/settings?tab=pin#lock">Settings</Link>
      </ClientNavigationContext.Provider>,
    );
    const link = screen.getByRole('link', { name: 'Settings' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(event);
    expect(navigate).toHaveBeenCalledWith('/settings?tab=pin#lock');
    expect(event.defaultPrevented).toBe(true);
  });

  it.each([
    ['Ctrl (a new tab)', { ctrlKey: true }],
    ['Cmd (a new tab)', { metaKey: true }],
    ['Shift (a new window)', { shiftKey: true }],
    ['the middle button', { button: 1 }],
  ])('leaves a click with %s to the browser', (_name, init) => {
    const navigate = vi.fn();
    render(
      <ClientNavigationContext.Provider value={navigate}>
        <Link href="/settings">Settings</Link>
      </ClientNavigationContext.Provider>,
    );
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
    screen.getByRole('link', { name: 'Settings' }).dispatchEvent(event);
    expect(navigate).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('leaves other sites, downloads and new-tab links to the browser', () => {
    const navigate = vi.fn();
    render(
      <ClientNavigationContext.Provider value={navigate}>
        <Link href="https://www.nhs.uk/">NHS</Link>
        <Link href="/backup.json" download>
          Download
        </Link>
        <Link href="/help" target="_blank">
          Help in a new tab
        </Link>
      </ClientNavigationContext.Provider>,
    );
    for (const name of ['NHS', 'Download', 'Help in a new tab']) {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      screen.getByRole('link', { name }).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(navigate).not.toHaveBeenCalled();
  });

  it("lets the page's own onClick stop the navigation", () => {
    const navigate = vi.fn();
    render(
      <ClientNavigationContext.Provider value={navigate}>
        <Link href="/settings" onClick={(event) => event.preventDefault()}>
          Settings
        </Link>
      </ClientNavigationContext.Provider>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    expect(navigate).not.toHaveBeenCalled();
  });
});
