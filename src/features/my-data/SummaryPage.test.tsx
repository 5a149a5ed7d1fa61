// "Everything on this phone": each part of Waymark in words on one page, with a calm "Nothing
// here yet" for the parts not used, and a print button; reached from "Your information".
import { describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { repository } from '../../data/repository';
import { RECORD_KINDS } from '../../domain/records';
import { TABLE_FOR_KIND } from '../../data/dbName';
import en from '../../../locales/en/myData.json';
import enTasks from '../../../locales/en/tasks.json';

async function renderApp(path: string) {
  cleanup();
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

const section = (name: string) =>
  within(screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement);

describe('everything on this phone', () => {
  it('shows each part in words, and says when a part is empty', async () => {
    await Promise.all(RECORD_KINDS.map((kind) => db.table(TABLE_FOR_KIND[kind]).clear()));
    await repository.createRecord('aboutMe', {
      enjoy: 'Fixing bikes',
      status: 'done',
      completedAt: '2026-03-04T10:00:00.000Z',
    });
    await repository.createRecord('action', { text: 'Ring the GP', status: 'inProgress' });
    await repository.createRecord('checkIn', {
      scores: { confidence: { kind: 'score', value: 6 } },
      takenAt: '2026-04-01T10:00:00.000Z',
      status: 'done',
    });
    await repository.createRecord('journalEntry', { author: 'claimant', text: 'See you Tuesday' });

    await renderApp('/my-information');
    await screen.findByText('Fixing bikes', {}, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: en.summary.title })).toBeTruthy();
    expect(section(enTasks.aboutMe.title).getByText('Finished on 4 March')).toBeTruthy();
    expect(section(enTasks.actionPlan.title).getByText('Ring the GP')).toBeTruthy();
    expect(section(enTasks.checkIns.title).getByText(/6/)).toBeTruthy();
    expect(screen.getByText('See you Tuesday')).toBeTruthy();
    expect(section(enTasks.values.title).getByText(en.summary.nothing)).toBeTruthy();
    expect(section(enTasks.feedback.title).getByText(en.summary.nothing)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Print/ }).length).toBeGreaterThan(0);
  });

  it('is linked from "Your information" on the settings page', async () => {
    await renderApp('/settings');
    const link = await screen.findByRole('link', { name: en.summary.link }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('/my-information');
    await waitFor(() => expect(link).toBeTruthy());
  });
});
