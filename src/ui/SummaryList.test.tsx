// SummaryList: questions and answers as a description list, with Change links whose names
// say what they change.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryList } from './SummaryList';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('SummaryList', () => {
  it('pairs each question with its answer and a named Change link', () => {
    render(
      <SummaryList
        rows={[
          {
            key: 'goal',
            label: 'Your goal',
            value: 'Phone a friend\nwhen I feel anxious',
            action: { href: '/four-steps/goal', label: 'Change', hiddenLabel: 'your goal' },
          },
          { key: 'when', label: 'When', value: 'This week' },
        ]}
      />,
    );
    const terms = screen.getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(['Your goal', 'When']);
    const definitions = screen.getAllByRole('definition');
    expect(definitions[0]?.textContent).toBe('Phone a friend\nwhen I feel anxious');
    const change = screen.getByRole('link', { name: 'Change your goal' });
    expect(change.getAttribute('href')).toBe('/four-steps/goal');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
