// StatusBar: a named polite status region whose words change in place.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { StatusBar } from './StatusBar';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('StatusBar', () => {
  it('shows each item inside a polite status region and updates in place', () => {
    const { rerender } = render(
      <StatusBar
        label="Connection and saving"
        items={[
          { id: 'net', label: 'Offline', tone: 'warning' },
          { id: 'save', label: 'Saved on this phone', tone: 'success' },
        ]}
      />,
    );
    const region = screen.getByRole('status', { name: 'Connection and saving' });
    expect(region.textContent).toBe('OfflineSaved on this phone');
    expect(screen.getAllByRole('listitem')[0]?.getAttribute('data-tone')).toBe('warning');
    rerender(
      <StatusBar
        label="Connection and saving"
        items={[{ id: 'net', label: 'Online', tone: 'success' }]}
      />,
    );
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Online');
  });

  it('ends an item with a link to the next step when it has one', () => {
    render(
      <StatusBar
        items={[
          {
            id: 'conflicts',
            label: '1 change needs your choice.',
            tone: 'warning',
            link: { href: '/changes-to-check', label: 'Check it' },
          },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'Check it' });
    expect(link.getAttribute('href')).toBe('/changes-to-check');
    expect(screen.getByRole('listitem').textContent).toBe('1 change needs your choice.Check it');
  });
});
