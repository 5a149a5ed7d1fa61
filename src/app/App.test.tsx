// The app shell in jsdom: the home page lists every part with its real status from the local
// database, in-app links change the page and move focus to its heading, and the language
// switch changes the words and <html lang> at once.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './App';
import { initI18n } from '../i18n/i18n';
import { browserHistory } from './router';
import { repository } from '../data/repository';

/** What a screen reader hears after a task link's name: its hint and status. */
function statusOf(name: string): string {
  const link = screen.getByRole('link', { name });
  return (link.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  // Pages other than home suspend until their strings load: let React finish inside act.
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

describe('claimant app shell', () => {
  it('shows each part of the workbook with its status from this phone', async () => {
    await repository.createRecord('aboutMe', { enjoy: 'Gardening' });
    await renderApp('/');
    await waitFor(() => expect(statusOf('About Me')).toContain('In progress'));
    expect(statusOf('My Values (optional)')).toContain('Not started');
    expect(screen.getByText('You have finished 0 of 6 parts.')).toBeTruthy();
  });

  it('opens a start page in the app and moves focus to its heading', async () => {
    await renderApp('/');
    const link = await screen.findByRole('link', { name: 'My 4 Steps' });
    await act(async () => {
      fireEvent.click(link);
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'My 4 Steps' });
    expect(window.location.pathname).toBe('/my-4-steps');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('My 4 Steps – Waymark');
    expect(screen.getByRole('link', { name: 'Back to your tasks' })).toBeTruthy();
  });

  it('switches every string and the page language to Welsh at once', async () => {
    await renderApp('/help');
    await screen.findByRole('heading', { level: 1, name: 'Need help now?' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cymraeg' }));
    });
    await waitFor(() => expect(document.documentElement.lang).toBe('cy-GB'));
    await screen.findByRole('heading', { level: 1, name: 'Angen cymorth nawr?' });
    expect(screen.queryByText('Need help now?')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cymraeg' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('shows a calm "page not found" for an unknown address', async () => {
    await renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
