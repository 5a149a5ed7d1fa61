// The action plan in jsdom, through the real app shell and the app's repository: the
// voluntary / agreed requirement label (an agreed requirement written as a coach's sync would
// write it), the form that cannot create one, date validation that changes nothing, and
// marking an action done in one tap.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { addDays, localIsoDate } from '../../domain/dates';
import en from '../../../locales/en/actionPlan.json';

const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
const blobs: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});
afterAll(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  await allStrings(i18n);
  // Pages suspend while their code loads: let React finish inside act.
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
  await waitFor(() => expect(document.querySelector('.page-loading')).toBeNull(), {
    timeout: 5000,
  });
}

/** Clicks inside act, so a page that suspends while its code loads finishes rendering. */
const click = (element: Element) =>
  act(async () => {
    fireEvent.click(element);
  });

function cardFor(text: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: text });
  const card = heading.closest('li');
  if (!card) throw new Error(`No card for ${text}`);
  return card;
}

describe('action plan', () => {
  it('labels a coach’s agreed requirement plainly, and the claimant cannot drop it', async () => {
    const id = crypto.randomUUID();
    await repository.saveFields('action', id, {
      text: 'Go to the CV workshop',
      proposedBy: 'coach',
      requirement: 'agreedRequirement',
      owner: 'me',
    });
    const own = await repository.createRecord('action', {
      text: 'Ask the council about a bus pass',
      proposedBy: 'claimant',
    });
    await renderApp('/action-plan');
    await screen.findByRole('heading', { level: 3, name: 'Go to the CV workshop' });

    const agreed = within(cardFor('Go to the CV workshop'));
    expect(agreed.getByText(en.requirement.agreedRequirement)).toBeTruthy();
    expect(agreed.getByText(en.requirement.agreedRequirementMeaning)).toBeTruthy();
    expect(agreed.queryByText(en.requirement.voluntary)).toBeNull();
    expect(agreed.queryByRole('button', { name: /No longer needed/ })).toBeNull();
    expect(agreed.getByRole('button', { name: /Mark as done/ })).toBeTruthy();

    const voluntary = within(cardFor('Ask the council about a bus pass'));
    expect(voluntary.getByText(en.requirement.voluntary)).toBeTruthy();
    expect(voluntary.getByText(en.requirement.voluntaryMeaning)).toBeTruthy();
    expect(voluntary.getByRole('button', { name: /No longer needed/ })).toBeTruthy();
    await repository.deleteRecord('action', own);
    await repository.deleteRecord('action', id);
  });

  it('shows an agreed requirement’s form without letting the claimant change what it is', async () => {
    const id = crypto.randomUUID();
    await repository.saveFields('action', id, {
      text: 'Apply for two jobs',
      proposedBy: 'coach',
      requirement: 'agreedRequirement',
    });
    await renderApp(`/action-plan/action/${id}`);
    await screen.findByText(en.requirement.lockedNote);
    expect(screen.getByText(en.requirement.agreedRequirement)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: en.form.text })).toBeNull();
    expect(screen.queryByRole('radio', { name: en.statuses.dropped })).toBeNull();
    // Always shared: said plainly, with no "keep private" the server would only refuse.
    expect(screen.getByText(en.requirement.alwaysShared)).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /private/i })).toBeNull();
    await click(screen.getByRole('radio', { name: en.statuses.inProgress }));
    await waitFor(async () =>
      expect((await repository.getRecord('action', id))?.status).toBe('inProgress'),
    );
    const saved = await repository.getRecord('action', id);
    expect(saved?.requirement).toBe('agreedRequirement');
    await repository.deleteRecord('action', id);
  });

  it('adds an action that is always voluntary: the form has no way to make a requirement', async () => {
    const id = crypto.randomUUID();
    await renderApp(`/action-plan/action/${id}`);
    const text = await screen.findByRole('textbox', { name: en.form.text });
    expect(screen.getByText(en.requirement.voluntary)).toBeTruthy();
    expect(screen.queryByRole('radio', { name: en.requirement.agreedRequirement })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: en.requirement.agreedRequirement })).toBeNull();
    expect(await repository.getRecord('action', id)).toBeUndefined();

    fireEvent.change(text, { target: { value: 'Phone the debt advice line' } });
    await waitFor(async () =>
      expect((await repository.getRecord('action', id))?.text).toBe('Phone the debt advice line'),
    );
    const saved = await repository.getRecord('action', id);
    expect(saved).toMatchObject({
      proposedBy: 'claimant',
      requirement: 'voluntary',
      status: 'toDo',
    });
    await repository.deleteRecord('action', id);
  });

  it('shows the error summary for a date that is not real, with focus, and saves no date', async () => {
    const id = crypto.randomUUID();
    await repository.saveFields('action', id, {
      text: 'Book a GP appointment',
      proposedBy: 'claimant',
      due: '2027-03-01',
    });
    await renderApp(`/action-plan/action/${id}`);
    const due = await screen.findByRole('group', { name: en.form.due });
    const day = within(due).getByRole('textbox', { name: en.form.day });
    const month = within(due).getByRole('textbox', { name: en.form.month });
    const year = within(due).getByRole('textbox', { name: en.form.year });
    expect((day as HTMLInputElement).value).toBe('1');
    fireEvent.change(year, { target: { value: '27' } });
    await click(screen.getByRole('button', { name: en.form.save }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(en.form.errors.dueNotReal)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(window.location.pathname).toBe(`/action-plan/action/${id}`);
    // Give any autosave time to run: the stored date must not change.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await repository.getRecord('action', id))?.due).toBe('2027-03-01');

    // A missing box is a different message; a real date saves and goes back to the list.
    fireEvent.change(month, { target: { value: '' } });
    fireEvent.change(year, { target: { value: '2027' } });
    await click(screen.getByRole('button', { name: en.form.save }));
    await screen.findByText(en.form.errors.dueIncomplete, { selector: '.error-summary *' });
    expect((await repository.getRecord('action', id))?.due).toBe('2027-03-01');
    fireEvent.change(month, { target: { value: '4' } });
    fireEvent.change(day, { target: { value: '30' } });
    await click(screen.getByRole('button', { name: en.form.save }));
    await waitFor(() => expect(window.location.pathname).toBe('/action-plan'));
    expect((await repository.getRecord('action', id))?.due).toBe('2027-04-30');
    await repository.deleteRecord('action', id);
  });

  it('rejects 31 February on a new action and creates nothing', async () => {
    const id = crypto.randomUUID();
    await renderApp(`/action-plan/action/${id}`);
    const due = await screen.findByRole('group', { name: en.form.due });
    for (const [name, value] of [
      [en.form.day, '31'],
      [en.form.month, '2'],
      [en.form.year, '2027'],
    ] as const) {
      fireEvent.change(within(due).getByRole('textbox', { name }), { target: { value } });
    }
    await click(screen.getByRole('button', { name: en.form.save }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: en.form.errors.dueNotReal });
    await click(link);
    expect(document.activeElement).toBe(within(due).getByRole('textbox', { name: en.form.day }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await repository.getRecord('action', id)).toBeUndefined();
  });

  it('marks an action done in one tap and offers a calendar file for a dated action', async () => {
    const id = await repository.createRecord('action', {
      text: 'Visit the food bank',
      proposedBy: 'claimant',
      due: '2027-05-04',
    });
    await renderApp('/action-plan');
    await screen.findByRole('heading', { level: 3, name: 'Visit the food bank' });
    const card = within(cardFor('Visit the food bank'));
    const link = await card.findByRole('link', { name: /Add to my calendar/ });
    expect(link.getAttribute('download')).toBe(en.calendar.fileName);
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    const ics = await blobs.at(-1)?.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20270504');
    expect(ics).toContain('SUMMARY:Visit the food bank');

    await click(card.getByRole('button', { name: /Mark as done/ }));
    await waitFor(async () =>
      expect((await repository.getRecord('action', id))?.status).toBe('done'),
    );
    const doneSection = await screen.findByRole('region', { name: /Done/ });
    await within(doneSection).findByRole('heading', { name: 'Visit the food bank' });
    expect(screen.getByText('Marked as done: Visit the food bank')).toBeTruthy();
    await repository.deleteRecord('action', id);
  });

  it('says on the home page when actions are due in the next 7 days', async () => {
    const today = localIsoDate();
    const soon = await repository.createRecord('action', {
      text: 'Send the housing form',
      proposedBy: 'claimant',
      due: addDays(today, 2),
    });
    const later = await repository.createRecord('action', {
      text: 'Start a course',
      proposedBy: 'claimant',
      due: addDays(today, 30),
    });
    await renderApp('/');
    const link = await screen.findByRole('link', { name: 'Action plan' });
    const described = () =>
      (link.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((ref) => document.getElementById(ref)?.textContent ?? '')
        .join(' ');
    await waitFor(() => expect(described()).toContain('1 action is due in the next 7 days.'));
    await repository.saveFields('action', soon, { status: 'done' });
    await waitFor(() => expect(described()).not.toContain('due in the next 7 days'));
    await repository.deleteRecord('action', soon);
    await repository.deleteRecord('action', later);
  });
});
