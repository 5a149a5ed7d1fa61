// About Me in jsdom through the whole app: Start makes a draft, each keystroke is saved, Continue
// moves to the next question with focus on its heading, Back and "Save and come back later"
// keep the answer, and Check your answers lists it with a Change link.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  // Pages other than home suspend until their strings load: let React finish inside act.
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

/** Presses a button or link and lets React finish what it starts (saves, the next page). */
async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

// The pages are lazy chunks that Vitest transforms on first load: allow for a busy machine.
describe('About Me pages', { timeout: 30_000 }, () => {
  it('saves answers as they are typed and moves one question at a time', async () => {
    await renderApp('/about-me');
    // The page is its own chunk: give the first load time on a busy machine.
    await press(await screen.findByRole('button', { name: 'Start now' }, { timeout: 15_000 }));
    const first = await screen.findByRole('heading', {
      level: 1,
      name: 'What do you enjoy, or what are you interested in?',
    });
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(first));

    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Fishing' } });
    await press(screen.getByRole('button', { name: 'Continue' }));
    const second = await screen.findByRole('heading', { level: 1, name: 'What are you good at?' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(screen.getByText('Question 2 of 7')).toBeTruthy();
    expect(screen.getByText("What would a friend say you're good at?")).toBeTruthy();

    const [draft] = await repository.listRecords('aboutMe');
    expect(draft).toMatchObject({ enjoy: 'Fishing', status: 'draft' });

    // Back shows the saved answer.
    await press(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: /What do you enjoy/ });
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Fishing');

    // "Save and come back later" goes to the task list.
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Fishing and films' } });
    await press(screen.getByRole('button', { name: 'Save and come back later' }));
    await screen.findByRole('heading', { level: 1, name: 'Your workbook' });
    await waitFor(async () =>
      expect((await repository.getRecord('aboutMe', draft!.id))?.enjoy).toBe('Fishing and films'),
    );
    expect(window.location.pathname).toBe('/');
  });

  it('shows every answer on Check your answers with a Change link back to it', async () => {
    const id = await repository.createRecord('aboutMe', {
      status: 'draft',
      enjoy: 'Music',
      coachShouldKnow: 'A phone call would help',
    });
    await renderApp(`/about-me/${id}/check`);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Check your answers' },
      { timeout: 15_000 },
    );
    expect(screen.getByText('Music')).toBeTruthy();
    expect(screen.getByText('A phone call would help')).toBeTruthy();
    expect(screen.getAllByText('Not answered')).toHaveLength(5);
    const change = screen.getByRole('link', { name: 'Change What are you good at?' });
    expect(change.getAttribute('href')).toBe(`/about-me/${id}/change/good-at`);

    await press(screen.getByRole('button', { name: 'Mark as done' }));
    await screen.findByRole('heading', { level: 1, name: 'About Me is done' });
    expect(await repository.getRecord('aboutMe', id)).toMatchObject({ status: 'done' });
    expect((await repository.getRecord('aboutMe', id))?.completedAt).toMatch(/^\d{4}-/);
  });
});
