// The home page's "Your work coach" section, from this phone's database: not connected, the
// optional way to connect; connected, "Messages" with how many are new and "Appointments" with
// the next one that is still on, in words.
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { App } from '../App';
import { browserHistory } from '../router';
import { initI18n } from '../../i18n/i18n';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { markMessagesSeen } from '../../data/messagesSeen';
import en from '../../../locales/en/home.json';

async function renderHome() {
  window.history.replaceState(null, '', '/');
  const i18n = await initI18n('en');
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

async function reset() {
  await db.transaction('rw', [db.journalEntries, db.appointments, db.meta], async () => {
    await db.journalEntries.clear();
    await db.appointments.clear();
    await db.meta.delete('connection');
    await db.meta.delete('messagesSeen');
  });
}

describe('home: your work coach', () => {
  it('offers to connect, saying it is optional, when this phone is not connected', async () => {
    await reset();
    await renderHome();
    const link = await screen.findByRole('link', { name: en.coach.connect });
    expect(link.getAttribute('href')).toBe('/pair');
    expect(screen.getByText(en.coach.optional)).toBeTruthy();
    expect(screen.queryByRole('link', { name: en.coach.messages })).toBeNull();
  });

  it('links to messages (with how many are new) and appointments (with the next one)', async () => {
    await reset();
    await db.meta.put({ key: 'connection', value: { deviceId: 'd', token: 't', pairedAt: 1 } });
    const seen = await repository.createRecord('journalEntry', { author: 'coach', text: 'Old' });
    await markMessagesSeen([seen]);
    await repository.createRecord('journalEntry', { author: 'coach', text: 'One' });
    await repository.createRecord('journalEntry', { author: 'coach', text: 'Two' });
    await repository.createRecord('journalEntry', { author: 'claimant', text: 'Mine' });
    const at = new Date(2030, 11, 3, 10, 30); // Tuesday 3 December 2030
    await repository.createRecord('appointment', {
      source: 'coach',
      at: at.toISOString(),
      how: 'phone',
    });
    await repository.createRecord('appointment', {
      source: 'coach',
      at: new Date(2030, 11, 2, 9, 0).toISOString(),
      status: 'cancelled',
    });
    await renderHome();
    const messages = await screen.findByRole('link', { name: en.coach.messages });
    expect(messages.getAttribute('href')).toBe('/messages');
    await screen.findByText('2 new messages');
    expect(screen.getByRole('link', { name: en.coach.appointments }).getAttribute('href')).toBe(
      '/appointments',
    );
    expect(screen.getByText('Next: Tuesday 3 December 2030, 10:30, phone call')).toBeTruthy();
    expect(screen.queryByRole('link', { name: en.coach.connect })).toBeNull();

    // Reading them on the messages page clears the count here.
    const all = await repository.listRecords('journalEntry');
    await act(async () => {
      await markMessagesSeen(all.filter((e) => e.author === 'coach').map((e) => e.id));
    });
    await waitFor(() => expect(screen.queryByText(/new message/)).toBeNull());
  });
});
