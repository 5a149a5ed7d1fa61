// Link: role, name and href, variants, and client-side routing through RAC's RouterProvider.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-aria-components';
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

  it('navigates through the RouterProvider instead of reloading', () => {
    const navigate = vi.fn();
    render(
      <RouterProvider navigate={navigate}>
        <Link href="/settings">Settings</Link>
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    expect(navigate).toHaveBeenCalledWith('/settings', undefined);
  });
});
