// "Sent to your work coach at 10:42" under a shared item: nothing when not connected or kept
// private, "Waiting to send" while its changes are in the outbox, the time (and the date when
// not today) once acknowledged, and a link when the item has a change to check.
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { repository } from '../../data/repository';
import { SyncNote } from './SyncNote';
import en from '../../../locales/en/sharing.json';

async function show(id: string, shared = true) {
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <SyncNote kind="action" id={id} shared={shared} />
      </I18nextProvider>,
    );
  });
}

const time = (at: number) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at);

describe('SyncNote', () => {
  it('says nothing when this phone is not connected to a coach', async () => {
    await db.meta.delete('connection');
    const id = await repository.createRecord('action', { text: 'Ring the GP' });
    await show(id);
    expect(document.querySelector('.sync-note')).toBeNull();
  });

  it('says waiting, then when it was sent, and nothing for a private item', async () => {
    await db.meta.put({
      key: 'connection',
      value: { deviceId: crypto.randomUUID(), token: 't', pairedAt: Date.now() },
    });
    const id = await repository.createRecord('action', { text: 'Ring the GP' });
    await show(id);
    expect(await screen.findByText(en.sync.waiting)).toBeTruthy();

    const at = Date.now();
    await act(async () => {
      await db.transaction('rw', db.outbox, db.sent, async () => {
        await db.outbox.where('recordId').equals(id).delete();
        await db.sent.put({ key: `action:${id}`, at });
      });
    });
    expect(await screen.findByText(en.sync.sentAt.replace('{{time}}', time(at)))).toBeTruthy();

    const older = new Date(2025, 2, 3, 10, 42).getTime();
    await act(async () => {
      await db.sent.put({ key: `action:${id}`, at: older });
    });
    expect(
      await screen.findByText(`Sent to your work coach on 3 March 2025 at ${time(older)}`),
    ).toBeTruthy();

    const hidden = await repository.createRecord('action', { text: 'Private', sharing: 'private' });
    await show(hidden, false);
    expect(document.querySelectorAll('.sync-note')).toHaveLength(1);
  });

  it('links to the changes to check when this item has one', async () => {
    const id = await repository.createRecord('action', { text: 'Ring the GP' });
    await db.conflicts.put({
      id: `action:${id}:text`,
      recordKind: 'action',
      recordId: id,
      field: 'text',
      localValue: 'a',
      remoteValue: 'b',
      foundAt: Date.now(),
    });
    await show(id, false);
    expect(await screen.findByText(/1 change here needs your choice/)).toBeTruthy();
    expect(screen.getByRole('link', { name: en.sync.check_one }).getAttribute('href')).toBe(
      '/changes-to-check',
    );
  });
});
