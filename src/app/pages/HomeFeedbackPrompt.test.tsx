// The home page's feedback prompt after a coach appointment: asked once it is over, with the
// appointment in words; "Give feedback" opens the questions about that appointment; "Not now"
// hides it for this visit; "Don't ask about this one" is remembered on the phone.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../App';
import { browserHistory } from '../router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import en from '../../../locales/en/home.json';
import enFeedback from '../../../locales/en/feedback.json';

async function renderHome() {
  window.history.replaceState(null, '', '/');
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

const click = (element: Element) =>
  act(async () => {
    fireEvent.click(element);
  });

/** A phone call with the coach yesterday at 10:30; returns its id. */
async function callYesterday(): Promise<string> {
  const at = new Date();
  at.setDate(at.getDate() - 1);
  at.setHours(10, 30, 0, 0);
  return repository.createRecord('appointment', {
    source: 'coach',
    at: at.toISOString(),
    how: 'phone',
  });
}

const QUESTION = /^How was your phone call on \w+day \d+ \w+, 10:30\?$/;

beforeEach(async () => {
  sessionStorage.clear();
  await Promise.all([db.appointments.clear(), db.feedback.clear()]);
  await db.meta.delete('feedbackNotAsked');
});

describe('home: feedback after an appointment', () => {
  it('asks about the call, and "Give feedback" opens the questions about it', async () => {
    const appointmentId = await callYesterday();
    await renderHome();
    await screen.findByRole('heading', { level: 2, name: QUESTION });
    await click(screen.getByRole('button', { name: en.feedback.give }));
    await screen.findByRole('heading', { level: 1, name: enFeedback.form.title });
    const [feedback] = await db.feedback.toArray();
    expect(feedback).toMatchObject({ about: 'appointment', aboutId: appointmentId });
    expect(window.location.pathname).toBe(`/feedback/${feedback?.id}`);
  });

  it('"Not now" hides it for this visit; "Don’t ask about this one" for good', async () => {
    const appointmentId = await callYesterday();
    await renderHome();
    await screen.findByRole('heading', { level: 2, name: QUESTION });
    await click(screen.getByRole('button', { name: en.feedback.notNow }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull());
    expect(document.activeElement?.tagName).toBe('H1');
    expect(await db.meta.get('feedbackNotAsked')).toBeUndefined();

    cleanup();
    sessionStorage.clear(); // the next visit
    await renderHome();
    await screen.findByRole('heading', { level: 2, name: QUESTION });
    await click(screen.getByRole('button', { name: en.feedback.dontAsk }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull());
    expect((await db.meta.get('feedbackNotAsked'))?.value).toEqual([appointmentId]);
    expect(await db.feedback.count()).toBe(0);
  });
});
