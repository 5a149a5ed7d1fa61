// The home page's note when the server kept its copy of a change: said plainly, with a link to
// the item, once; "Got it" clears it for good.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../App';
import { browserHistory } from '../router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { readRefusedChanges } from '../../data/refusedChanges';
import en from '../../../locales/en/home.json';
import cy from '../../../locales/cy/home.json';

async function renderHome(language: 'en' | 'cy' = 'en') {
  window.history.replaceState(null, '', '/');
  const i18n = await initI18n(language);
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

const WALK = 'Walk to the shop twice a week';

async function refusedAction(code: 'requirementHidden' | 'requirementDeleted') {
  const id = await repository.createRecord('action', {
    text: WALK,
    proposedBy: 'coach',
    requirement: 'agreedRequirement',
  });
  await db.meta.put({
    key: 'refusedChanges',
    value: [{ recordKind: 'action', recordId: id, code, at: 1_000 }],
  });
  return id;
}

beforeEach(async () => {
  cleanup();
  await Promise.all([db.actions.clear(), db.appointments.clear()]);
  await db.meta.delete('refusedChanges');
});

describe('home: a change the server kept its copy of', () => {
  it('says what happened and why, links to the action, and "Got it" clears it', async () => {
    const id = await refusedAction('requirementHidden');
    await renderHome();
    const heading = await screen.findByRole('heading', { level: 2, name: en.refused.heading });
    const note = heading.closest('section')!;
    expect(
      within(note).getByText(
        `Your coach has made ‘${WALK}’ an agreed action, so it can’t be hidden. We’ve put it back as it was.`,
      ),
    ).toBeTruthy();
    expect(
      within(note).getByRole('link', { name: en.refused.see.action }).getAttribute('href'),
    ).toBe(`/action-plan/action/${id}`);

    await act(async () => {
      fireEvent.click(within(note).getByRole('button', { name: en.refused.gotIt }));
    });
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: en.refused.heading })).toBeNull(),
    );
    expect(document.activeElement?.tagName).toBe('H1');
    expect(await readRefusedChanges(db)).toEqual([]);

    // Told once: it does not come back on the next visit.
    cleanup();
    await renderHome();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: en.refused.heading })).toBeNull();
  });

  it('uses plain general words for a part only the coach can change', async () => {
    const id = await repository.createRecord('appointment', {
      source: 'coach',
      at: '2030-01-10T10:30:00.000Z',
    });
    await db.meta.put({
      key: 'refusedChanges',
      value: [{ recordKind: 'appointment', recordId: id, code: 'coachOnly', at: 1 }],
    });
    await renderHome();
    const heading = await screen.findByRole('heading', { level: 2, name: en.refused.heading });
    const note = heading.closest('section')!;
    expect(within(note).getByText(en.refused.coachOnlyAppointment)).toBeTruthy();
    expect(
      within(note).getByRole('link', { name: en.refused.see.appointment }).getAttribute('href'),
    ).toBe(`/appointments/${id}`);
  });

  it('speaks Welsh', async () => {
    await refusedAction('requirementDeleted');
    await renderHome('cy');
    const heading = await screen.findByRole('heading', { level: 2, name: cy.refused.heading });
    const note = heading.closest('section')!;
    expect(
      within(note).getByText(cy.refused.requirementDeleted.replace('{{text}}', WALK)),
    ).toBeTruthy();
    expect(within(note).getByRole('button', { name: cy.refused.gotIt })).toBeTruthy();
  });

  it('shows nothing when there is nothing to tell', async () => {
    await renderHome();
    await screen.findByRole('heading', { level: 1 });
    await screen.findByText(en.progress_other.split('{{')[0]!.trim(), { exact: false });
    expect(screen.queryByRole('heading', { name: en.refused.heading })).toBeNull();
  });
});
