// ButtonGroup: a plain wrapper that keeps its children in order.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Button } from './Button';
import { ButtonGroup } from './ButtonGroup';
import { Link } from './Link';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('ButtonGroup', () => {
  it('groups a button and a link in reading order', () => {
    const { container } = render(
      <ButtonGroup>
        <Button>Save and continue</Button>
        <Link href="/">Save and come back later</Link>
      </ButtonGroup>,
    );
    const group = container.firstElementChild;
    expect(group?.className).toBe('button-group');
    expect(group?.firstElementChild).toBe(
      screen.getByRole('button', { name: 'Save and continue' }),
    );
    expect(group?.lastElementChild).toBe(
      screen.getByRole('link', { name: 'Save and come back later' }),
    );
  });
});
