// Panel: a confirmation block with a heading at the chosen level.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Panel } from './Panel';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Panel', () => {
  it('renders a heading and its text', () => {
    render(
      <Panel title="Check-in saved" headingLevel={2}>
        You can see it in your history.
      </Panel>,
    );
    screen.getByRole('heading', { level: 2, name: 'Check-in saved' });
    expect(screen.getByText('You can see it in your history.').className).toBe('panel__body');
  });
});
