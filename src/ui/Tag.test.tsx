// Tag: the words are always there; the tone only adds a class.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Tag } from './Tag';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Tag', () => {
  it('renders its text with a tone class and optional id', () => {
    render(
      <Tag tone="done" id="status-1">
        Done
      </Tag>,
    );
    const tag = screen.getByText('Done');
    expect(tag.id).toBe('status-1');
    expect(tag.className).toBe('tag tag--done');
  });

  it('defaults to the neutral tone', () => {
    render(<Tag>Optional</Tag>);
    expect(screen.getByText('Optional').className).toContain('tag--neutral');
  });
});
