// TaskList: one list item per task; each link is named by its title and described by its
// hint and status, so a screen reader hears "About me, In progress".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { TaskList } from './TaskList';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('TaskList', () => {
  it('links each task and ties its status to the link', () => {
    render(
      <TaskList
        items={[
          {
            id: 'about-me',
            title: 'About me',
            href: '/about-me',
            status: { label: 'In progress', tone: 'inProgress' },
          },
          {
            id: 'values',
            title: 'My values',
            href: '/values',
            hint: 'Optional',
            status: { label: 'Not started', tone: 'notStarted' },
          },
          {
            id: 'plan',
            title: 'Action plan',
            status: { label: 'Cannot start yet', tone: 'notStarted' },
          },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const about = screen.getByRole('link', { name: 'About me', description: 'In progress' });
    expect(about.getAttribute('href')).toBe('/about-me');
    screen.getByRole('link', { name: 'My values', description: 'Optional Not started' });
    expect(screen.queryByRole('link', { name: 'Action plan' })).toBeNull();
    expect(screen.getByText('Cannot start yet').className).toContain('tag--notStarted');
    expect(screen.getByText('In progress').className).toContain('tag--inProgress');
  });

  it('keeps the place of a status not known yet, without showing or reading it out', () => {
    render(
      <TaskList
        items={[
          {
            id: 'about-me',
            title: 'About me',
            href: '/about-me',
            hint: 'Tell your work coach about you',
            status: { label: 'Not started', tone: 'notStarted', pending: true },
          },
          {
            id: 'values',
            title: 'My values',
            href: '/values',
            status: { label: 'Not started', tone: 'notStarted', pending: true },
          },
        ]}
      />,
    );
    screen.getByRole('link', { name: 'About me', description: 'Tell your work coach about you' });
    expect(screen.getByRole('link', { name: 'My values' }).hasAttribute('aria-describedby')).toBe(
      false,
    );
    const placeholders = document.querySelectorAll('.task-list__status--pending');
    expect(placeholders).toHaveLength(2);
    for (const placeholder of placeholders) {
      expect(placeholder.getAttribute('aria-hidden')).toBe('true');
      expect(placeholder.textContent).toBe('Not started');
    }
  });
});
