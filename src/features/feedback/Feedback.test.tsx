// Feedback in jsdom, through the real app shell and the app's database: choosing what it is
// about (past coach appointments by date, nothing chosen is the only error), answers saved as a
// draft that stays on the phone, "Send feedback" marking it sent in one write, the thank-you
// page for a phone with no coach, the read-only view after sending, and the list of feedback.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { repository } from '../../data/repository';
import { countSendable } from '../../sync/engine';
import en from '../../../locales/en/feedback.json';

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
  await waitFor(() => expect(document.querySelector('.page-loading')).toBeNull(), {
    timeout: 5000,
  });
}

const click = (element: Element) =>
  act(async () => {
    fireEvent.click(element);
  });

const feedbackId = () => window.location.pathname.split('/')[2] ?? '';

beforeEach(async () => {
  await Promise.all([db.feedback.clear(), db.appointments.clear(), db.outbox.clear()]);
  await db.meta.delete('connection');
});

describe('feedback', () => {
  it('offers past coach appointments by date, and asks to choose before going on', async () => {
    const at = new Date();
    at.setDate(at.getDate() - 2);
    at.setHours(10, 30, 0, 0);
    const past = crypto.randomUUID();
    await repository.saveFields('appointment', past, {
      at: at.toISOString(),
      how: 'phone',
      source: 'coach',
    });
    await repository.saveFields('appointment', crypto.randomUUID(), {
      at: at.toISOString(),
      how: 'video',
      source: 'coach',
      status: 'cancelled',
    });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await repository.saveFields('appointment', crypto.randomUUID(), {
      at: future,
      how: 'video',
      source: 'coach',
    });
    await renderApp('/feedback');
    const group = await screen.findByRole('radiogroup', { name: en.start.chooseLabel });
    const choices = within(group)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent);
    expect(choices).toHaveLength(4);
    expect(choices[0]).toMatch(/^Your phone call on \w+day \d+ \w+, 10:30$/);
    expect(choices.slice(1)).toEqual([en.about.course, en.about.referral, en.about.app]);
    expect(screen.getByText(en.start.noneGiven)).toBeTruthy();

    await click(screen.getByRole('button', { name: en.start.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: en.start.chooseError })).toBeTruthy();
    expect(await db.feedback.count()).toBe(0);

    await click(within(group).getAllByRole('radio')[0] as HTMLElement);
    await click(screen.getByRole('button', { name: en.start.continue }));
    await screen.findByRole('heading', { level: 1, name: en.form.title });
    expect(await db.feedback.get(feedbackId())).toMatchObject({
      about: 'appointment',
      aboutId: past,
      status: 'draft',
    });
    expect(await screen.findByText(choices[0] ?? '')).toBeTruthy(); // the caption says which
  });

  it('saves answers as a draft on the phone, then sends them once, read-only after', async () => {
    await renderApp('/feedback');
    await click(await screen.findByRole('radio', { name: en.about.app }));
    await click(screen.getByRole('button', { name: en.start.continue }));
    await screen.findByRole('heading', { level: 1, name: en.form.title });
    const id = feedbackId();

    const helpful = await screen.findByRole('radiogroup', { name: en.form.helpful });
    await click(within(helpful).getByRole('radio', { name: en.helpful['4'] }));
    const listened = screen.getByRole('radiogroup', { name: en.form.listenedTo });
    await click(within(listened).getByRole('radio', { name: en.yesPartlyNo.partly }));
    fireEvent.change(screen.getByRole('textbox', { name: en.form.comment }), {
      target: { value: 'Easy to use on the bus.' },
    });
    await click(screen.getByRole('checkbox', { name: en.form.anonymous }));
    await waitFor(async () =>
      expect(await db.feedback.get(id)).toMatchObject({
        helpful: 4,
        listenedTo: 'partly',
        comment: 'Easy to use on the bus.',
        anonymous: true,
        status: 'draft',
      }),
    );
    // A draft never leaves the phone, though its changes are in the outbox.
    expect(await db.outbox.where('recordId').equals(id).count()).toBeGreaterThan(0);
    expect(await countSendable(db)).toBe(0);
    expect((await db.feedback.get(id))?.rightForMe).toBeUndefined(); // skipped

    await click(screen.getByRole('button', { name: en.form.send }));
    await screen.findByRole('heading', { level: 1, name: en.sent.title });
    expect(window.location.pathname).toBe(`/feedback/${id}/sent`);
    const sent = await db.feedback.get(id);
    expect(sent).toMatchObject({ status: 'sent', helpful: 4, anonymous: true });
    expect(Date.now() - Date.parse(sent?.sentAt ?? '')).toBeLessThan(60_000);
    expect(await countSendable(db)).toBeGreaterThan(0);
    // Not connected to a coach: it stays on the phone, and says so.
    expect(screen.getByText(en.sent.notConnected)).toBeTruthy();
    expect(await screen.findByText(en.status.kept)).toBeTruthy();

    // After sending, the feedback is read-only.
    await click(screen.getByRole('link', { name: en.sent.seeAll }));
    const item = (await screen.findByRole('heading', { level: 3, name: en.about.app })).closest(
      'li',
    ) as HTMLElement;
    expect(await within(item).findByText(en.status.kept)).toBeTruthy();
    expect(within(item).getByText(en.status.anonymous)).toBeTruthy();
    await click(within(item).getByRole('link', { name: new RegExp(en.start.view) }));
    await screen.findByText(en.sent.readOnly);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: en.form.send })).toBeNull();
    expect(screen.getByText(en.helpful['4'])).toBeTruthy();
    expect(screen.getByText(en.answers.anonymousYes)).toBeTruthy();
  });

  it('sends with every question skipped, and says it will go when a coach is connected', async () => {
    await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
    const id = crypto.randomUUID();
    await repository.saveFields('feedback', id, { about: 'course', aboutId: '' });
    await renderApp(`/feedback/${id}`);
    await click(await screen.findByRole('button', { name: en.form.send }));
    await screen.findByRole('heading', { level: 1, name: en.sent.title });
    expect(screen.getByText(en.sent.connected)).toBeTruthy();
    expect(await db.feedback.get(id)).toMatchObject({ status: 'sent' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a draft to carry on with later, listed as not sent yet', async () => {
    const id = crypto.randomUUID();
    await repository.saveFields('feedback', id, { about: 'referral', aboutId: '', helpful: 2 });
    await renderApp('/feedback');
    const item = (
      await screen.findByRole('heading', { level: 3, name: en.about.referral })
    ).closest('li') as HTMLElement;
    expect(await within(item).findByText(en.status.draft)).toBeTruthy();
    await click(within(item).getByRole('link', { name: new RegExp(en.start.continueDraft) }));
    const helpful = await screen.findByRole('radiogroup', { name: en.form.helpful });
    expect(within(helpful).getByRole('radio', { name: en.helpful['2'] })).toHaveProperty(
      'checked',
      true,
    );
    await click(screen.getByRole('button', { name: en.form.later }));
    await screen.findByRole('heading', { level: 3, name: en.about.referral });
    expect(window.location.pathname).toBe('/feedback');
    expect((await db.feedback.get(id))?.status).toBe('draft');
  });

  it('does not send a comment too long to keep, and says why', async () => {
    const id = crypto.randomUUID();
    await repository.saveFields('feedback', id, { about: 'app', aboutId: '' });
    await renderApp(`/feedback/${id}`);
    fireEvent.change(await screen.findByRole('textbox', { name: en.form.comment }), {
      target: { value: 'x'.repeat(20_001) },
    });
    await click(screen.getByRole('button', { name: en.form.send }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/must be 20000 characters or fewer/)).toBeTruthy();
    expect((await db.feedback.get(id))?.status).toBe('draft');
  });
});
