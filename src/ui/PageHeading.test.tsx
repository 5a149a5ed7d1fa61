// PageHeading: a level-1 heading that can take focus after navigation.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { PageHeading } from './PageHeading';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('PageHeading', () => {
  it('is an h1 that is focusable by script but not in the tab order', () => {
    render(<PageHeading caption="Step 1 of 4">My goal</PageHeading>);
    const heading = screen.getByRole('heading', { level: 1, name: 'My goal' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).not.toBe(heading);
    expect(screen.getByText('Step 1 of 4').tagName).toBe('P');
  });

  it('takes focus on mount when asked', () => {
    render(<PageHeading focusOnMount>Settings</PageHeading>);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }));
  });

  it('exposes the heading through its ref', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(<PageHeading ref={ref}>Help</PageHeading>);
    act(() => ref.current?.focus());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Help' }));
  });
});
