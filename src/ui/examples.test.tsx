// UiExamples: every component renders together, axe-core finds no violations in jsdom (the
// lead's browser test repeats this with real CSS for contrast and layout), and the example
// form's error flow moves focus to the summary.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { UiExamples } from './examples';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

async function violations(root: Element) {
  const results = await axe.run(root, {
    // jsdom has no layout or computed colours; contrast is checked in the browser test.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('UiExamples', () => {
  it('renders every component with no axe violations', async () => {
    const { container } = render(<UiExamples />);
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(10);
    expect(await violations(container)).toEqual([]);
  });

  it('shows the error summary, focused and free of violations, after a failed save', async () => {
    const { container } = render(<UiExamples />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(await violations(container)).toEqual([]);
  });
});
