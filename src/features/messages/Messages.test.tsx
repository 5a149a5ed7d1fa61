// The messages page in jsdom, through the real app shell and the app's repository: who wrote
// each message and when, newest first; the coach's new messages say "New" and are then marked
// seen on this phone; sending saves the message and its outbox mutation, clears the box and
// says so politely; an empty or too-long message changes nothing; not connected, the page says
// the message will go once connected and shows it as waiting.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { readMessagesSeen } from '../../data/messagesSeen';
import { readCoachSummary } from '../../data/coachSummary';
import { MESSAGE_MAX_LENGTH } from '../../domain/messages';
import en from '../../../locales/en/messages.json';

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

async function clearMessages() {
  await db.transaction('rw', [db.journalEntries, db.outbox, db.meta], async () => {
    await db.journalEntries.clear();
    await db.outbox.clear();
    await db.meta.delete('messagesSeen');
    await db.meta.delete('connection');
  });
  localStorage.clear();
}

/** A message as the coach's sync would write it, created at `at`. */
async function coachMessage(text: string) {
  return repository.createRecord('journalEntry', { author: 'coach', text });
}

describe('messages with the work coach', () => {
  it('shows who wrote each message, newest first, and marks the coach’s new ones as seen', async () => {
    await clearMessages();
    await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
    await repository.createRecord('journalEntry', { author: 'claimant', text: 'Hello, it is me' });
    await new Promise((r) => setTimeout(r, 5));
    const id = await coachMessage('Thanks. See you on Tuesday.');
    expect((await readCoachSummary(db)).unread).toBe(1);

    await renderApp('/messages');
    await screen.findByText('Thanks. See you on Tuesday.');
    const items = document.querySelectorAll('.message');
    expect(items.length).toBe(2);
    expect(items[0]?.textContent).toContain(en.list.coach);
    expect(items[0]?.textContent).toContain(en.list.new);
    expect(items[1]?.textContent).toContain(en.list.you);
    expect(items[1]?.textContent).toContain('Hello, it is me');
    expect(items[1]?.textContent).not.toContain(en.list.new);
    // When, in words: a weekday name and the time.
    expect(items[0]?.querySelector('time')?.textContent).toMatch(
      /^(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day \d{1,2} [A-Z][a-z]+( \d{4})?, \d\d:\d\d$/,
    );
    await waitFor(async () => expect(await readMessagesSeen()).toEqual([id]));
    expect((await readCoachSummary(db)).unread).toBe(0);
    // The label stays while the page is open, so the person can still find what was new.
    expect(document.querySelector('.message')?.textContent).toContain(en.list.new);
  });

  it('sends a message: saved with its outbox mutation, box cleared, said politely', async () => {
    await clearMessages();
    await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
    await renderApp('/messages');
    const box = await screen.findByRole('textbox', { name: en.form.label });
    fireEvent.change(box, { target: { value: '  Can we talk by phone next time?  ' } });
    expect(localStorage.getItem('waymark.messageDraft')).toContain('Can we talk');
    const send = screen.getByRole('button', { name: en.form.send });
    send.focus();
    await act(async () => {
      fireEvent.click(send);
    });
    await screen.findByText(en.form.sent);
    // Said in a polite live region that was already on the page.
    expect(screen.getByText(en.form.sent).closest('[role="status"]')).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.getItem('waymark.messageDraft')).toBeNull();
    expect(document.activeElement).toBe(send);

    const saved = await repository.listRecords('journalEntry');
    expect(saved.map((e) => [e.author, e.text])).toEqual([
      ['claimant', 'Can we talk by phone next time?'],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => [m.recordKind, m.recordId])).toEqual([['journalEntry', saved[0]?.id]]);
    // Not yet acknowledged by the server: it says so.
    const item = await screen.findByText('Can we talk by phone next time?');
    expect(item.closest('li')?.textContent).toContain(en.list.waiting);
    await act(async () => {
      await db.outbox.clear();
    });
    await waitFor(() => expect(item.closest('li')?.textContent).not.toContain(en.list.waiting));
  });

  it('saves nothing for an empty or too-long message, and says why calmly', async () => {
    await clearMessages();
    await renderApp('/messages');
    const box = await screen.findByRole('textbox', { name: en.form.label });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.form.send }));
    });
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(en.form.errors.empty);
    await waitFor(() => expect(document.activeElement).toBe(summary));

    fireEvent.change(box, { target: { value: 'x'.repeat(MESSAGE_MAX_LENGTH + 3) } });
    expect(screen.getByText('You have 3 characters too many')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.form.send }));
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(en.form.errors.tooLong),
    );
    expect((box as HTMLTextAreaElement).value.length).toBe(MESSAGE_MAX_LENGTH + 3);
    expect(await repository.listRecords('journalEntry')).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('when not connected, says the message will go once connected, and keeps it waiting', async () => {
    await clearMessages();
    await renderApp('/messages');
    await screen.findByText(en.notConnected);
    expect(screen.getByRole('link', { name: en.connectLink }).getAttribute('href')).toBe('/pair');
    fireEvent.change(screen.getByRole('textbox', { name: en.form.label }), {
      target: { value: 'Hello' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.form.send }));
    });
    await screen.findByText(en.form.sentLater);
    const item = await screen.findByText('Hello');
    expect(item.closest('li')?.textContent).toContain(en.list.waiting);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps a half-written message after the page is closed and opened again', async () => {
    await clearMessages();
    localStorage.setItem('waymark.messageDraft', 'I was writing this');
    await renderApp('/messages');
    const box = await screen.findByRole('textbox', { name: en.form.label });
    expect((box as HTMLTextAreaElement).value).toBe('I was writing this');
  });

  it('shows the newest 20 first, and older ones on request', async () => {
    await clearMessages();
    for (let i = 1; i <= 23; i += 1) await coachMessage(`Message ${i}`);
    await renderApp('/messages');
    await screen.findByText('Message 23');
    expect(document.querySelectorAll('.message').length).toBe(20);
    expect(screen.queryByText('Message 3')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.list.showOlder }));
    });
    expect(document.querySelectorAll('.message').length).toBe(23);
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Message 3'));
  });
});
