// My 4 Steps in jsdom through the app shell and the app's repository: a goal from start to
// done with the if-then plan, "Add this plan to my action plan" (a voluntary action, once),
// a dated review added afterwards, and the finished goal staying on the start page.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import en from '../../../locales/en/fourSteps.json';

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

const goalId = () => /\/my-4-steps\/([0-9a-f-]{36})/.exec(window.location.pathname)?.[1] ?? '';

describe('My 4 Steps', () => {
  it('takes a goal through the four steps, adds the plan to the action plan and a review', async () => {
    await renderApp('/my-4-steps');
    await click(await screen.findByRole('button', { name: en.newGoal }));
    const goal = await screen.findByRole('textbox', { name: en.steps.goal.question });
    await waitFor(() => expect(window.location.pathname).toMatch(/\/questions\/goal$/));
    const id = goalId();
    fireEvent.change(goal, { target: { value: 'Walk to the shop twice a week' } });
    await click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: en.steps.bestOutcome.question });
    await click(screen.getByRole('button', { name: 'Skip this question' }));
    await screen.findByRole('heading', { level: 1, name: en.steps.obstacle.question });
    await click(screen.getByRole('button', { name: 'Skip this question' }));
    await screen.findByRole('heading', { level: 1, name: en.steps.plan.question });

    fireEvent.change(screen.getByRole('textbox', { name: en.steps.plan.if }), {
      target: { value: 'I feel too tired' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: en.steps.plan.then }), {
      target: { value: 'walk to the end of the road' },
    });
    expect(
      screen.getByText('If I feel too tired, then I will walk to the end of the road.'),
    ).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect((await repository.getRecord('fourSteps', id))?.ifThen).toEqual({
      if: 'I feel too tired',
      then: 'walk to the end of the road',
    });
    expect(screen.getAllByText('Not answered')).toHaveLength(2);

    await click(screen.getByRole('button', { name: 'Mark as done' }));
    await screen.findByRole('heading', { level: 1, name: en.doneTitle });
    expect((await repository.getRecord('fourSteps', id))?.status).toBe('done');

    await click(await screen.findByRole('button', { name: en.goalPage.addToPlan }));
    await screen.findByText(en.goalPage.added);
    expect(screen.queryByRole('button', { name: en.goalPage.addToPlan })).toBeNull();
    const actions = (await repository.listRecords('action')).filter((a) =>
      a.text?.startsWith('Walk to the shop twice a week'),
    );
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      text: 'Walk to the shop twice a week — If I feel too tired, then I will walk to the end of the road.',
      requirement: 'voluntary',
      proposedBy: 'claimant',
      status: 'toDo',
    });

    await click(screen.getByRole('link', { name: en.goalPage.addReview }));
    await screen.findByRole('heading', { level: 1, name: en.review.title });
    expect(screen.queryByRole('textbox', { name: en.review.learned })).toBeNull();
    await click(screen.getByRole('radio', { name: en.review.partly }));
    fireEvent.change(await screen.findByRole('textbox', { name: en.review.learned }), {
      target: { value: 'Mornings are easier' },
    });
    await click(screen.getByRole('button', { name: en.review.save }));
    await screen.findByRole('heading', { level: 1, name: en.goalPage.title });
    expect(screen.getByText('Mornings are easier', { selector: 'p' })).toBeTruthy();
    const saved = await repository.getRecord('fourSteps', id);
    expect(saved?.reviews).toHaveLength(1);
    expect(saved?.reviews?.[0]).toMatchObject({
      outcome: 'partly',
      learned: 'Mornings are easier',
    });
    expect(Date.parse(saved?.reviews?.[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);

    // The finished goal stays on the start page.
    await click(screen.getAllByRole('link', { name: 'My 4 Steps' })[0] as HTMLElement);
    const finished = await screen.findByRole('region', { name: en.finished });
    expect(within(finished).getByText('Walk to the shop twice a week')).toBeTruthy();
    await repository.deleteRecord('action', actions[0]?.id ?? '');
    await repository.deleteRecord('fourSteps', id);
  });

  it('prints every goal with its answers and reviews', async () => {
    const id = await repository.createRecord('fourSteps', {
      goal: 'Phone a friend when I feel anxious',
      ifThen: { if: 'I start to worry', then: 'text Sam first' },
      reviews: [{ at: '2027-03-04T10:00:00.000Z', outcome: 'wentWell', learned: 'It helped' }],
      status: 'done',
      completedAt: '2027-03-01T10:00:00.000Z',
    });
    await renderApp('/my-4-steps/print');
    await screen.findByRole('heading', { level: 2, name: 'Phone a friend when I feel anxious' });
    expect(screen.getByText('If I start to worry, then I will text Sam first.')).toBeTruthy();
    expect(screen.getByText('It helped')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
    await repository.deleteRecord('fourSteps', id);
  });
});
