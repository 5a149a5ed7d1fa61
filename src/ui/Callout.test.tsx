// Callout: inset text, and warning text with a hidden prefix and a decorative icon.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Callout } from './Callout';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Callout', () => {
  it('shows inset text by default', () => {
    render(<Callout>Only you can see this.</Callout>);
    expect(screen.getByText('Only you can see this.').className).toContain('callout--inset');
  });

  it('shows warning text with a hidden prefix and an icon hidden from screen readers', () => {
    const { container } = render(
      <Callout variant="warning" assistiveLabel="Warning">
        This deletes everything.
      </Callout>,
    );
    expect(container.querySelector('.callout__icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.callout__text')?.textContent).toBe(
      'Warning This deletes everything.',
    );
    expect(screen.getByText('Warning', { exact: false }).className).toBe('visually-hidden');
  });
});
