// "Delete everything on this phone" in jsdom: a phone that is not connected is not offered the
// server step; a connected one is, with what it means; offline or a failing server, the dialog
// says so in an alert that takes focus and nothing on the phone changes; when the server says
// yes, the phone's copy is deleted too and the dialog says both were done.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { repository } from '../../data/repository';
import { readConnection } from '../../sync/connection';
import en from '../../../locales/en/myData.json';
import { DeleteEverything } from './DeleteEverything';

const sync = vi.hoisted(() => ({ stopSync: vi.fn(), startSync: vi.fn(async () => undefined) }));
vi.mock('../../sync/runtime', () => sync);

let online = true;
const requests: { url: string; body: unknown }[] = [];
let status = 200;

beforeEach(async () => {
  online = true;
  status = 200;
  requests.length = 0;
  sync.stopSync.mockClear();
  sync.startSync.mockClear();
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, body: JSON.parse(String(init?.body ?? 'null')) });
    return new Response(JSON.stringify(status === 200 ? { deleted: true } : {}), { status });
  });
  await db.delete({ disableAutoOpen: false });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function connect() {
  await db.meta.put({ key: 'connection', value: { deviceId: 'd-1', token: 't-1', pairedAt: 1 } });
}

async function openDialog() {
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<DeleteEverything />);
  });
  fireEvent.click(screen.getByRole('button', { name: en.delete.button }));
  return screen.findByRole('alertdialog', { name: en.delete.confirmTitle });
}

const press = (scope: HTMLElement, name: string) =>
  fireEvent.click(within(scope).getByRole('button', { name }));

describe('delete everything on this phone', () => {
  it('does not offer the server step when the phone is not connected', async () => {
    const dialog = await openDialog();
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(within(dialog).queryByText(en.delete.confirmCoach)).toBeNull();
  });

  it('offers it, unticked, to a connected phone, and explains what it means', async () => {
    await connect();
    const dialog = await openDialog();
    const box = await within(dialog).findByRole('checkbox', { name: en.delete.server.option });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(box.getAttribute('aria-describedby') ?? '').not.toBe('');
    const hint = (box.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(hint).toContain(en.delete.server.hint);
    // Unticked, it says the coach keeps what was shared; ticked, that goes.
    within(dialog).getByText(en.delete.confirmCoach);
    fireEvent.click(box);
    await waitFor(() => expect(within(dialog).queryByText(en.delete.confirmCoach)).toBeNull());
  });

  it('offline: says so, deletes nothing, and offers to try again or delete the phone only', async () => {
    await connect();
    const id = await repository.createRecord('action', { text: 'Call the college' });
    online = false;
    const dialog = await openDialog();
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: en.delete.server.option }));
    press(dialog, en.delete.confirmYes);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(en.delete.problems.offline);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    within(dialog).getByRole('button', { name: en.delete.tryAgain });
    within(dialog).getByRole('button', { name: en.delete.phoneOnly });
    expect(requests).toEqual([]);
    expect((await db.actions.get(id))?.text).toBe('Call the college');
    expect(await readConnection()).toMatchObject({ token: 't-1' });
  });

  it('the server fails: says so, changes nothing on the phone, and sync starts again', async () => {
    await connect();
    const id = await repository.createRecord('action', { text: 'Call the college' });
    status = 503;
    const dialog = await openDialog();
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: en.delete.server.option }));
    press(dialog, en.delete.confirmYes);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(en.delete.problems.server);
    expect(requests.map((r) => r.url)).toEqual(['/api/me/delete']);
    expect(sync.stopSync).toHaveBeenCalledTimes(1);
    expect(sync.startSync).toHaveBeenCalledTimes(1);
    expect((await db.actions.get(id))?.text).toBe('Call the college');
    expect(await readConnection()).toMatchObject({ token: 't-1' });
    // Only "try again" and "keep it": the phone-only choice is for when the server cannot be asked.
    expect(within(dialog).queryByRole('button', { name: en.delete.phoneOnly })).toBeNull();

    // Trying again once the server is back finishes both.
    status = 200;
    press(dialog, en.delete.tryAgain);
    await screen.findByRole('alertdialog', { name: en.delete.doneTitle });
    expect(await db.actions.count()).toBe(0);
  });

  it('the server says yes: deletes the phone’s copy too and says both were done', async () => {
    await connect();
    await repository.createRecord('action', { text: 'Call the college' });
    const dialog = await openDialog();
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: en.delete.server.option }));
    press(dialog, en.delete.confirmYes);
    const done = await screen.findByRole('alertdialog', { name: en.delete.doneTitle });
    const message = within(done).getByText(en.delete.doneBody);
    await waitFor(() => expect(document.activeElement).toBe(message));
    within(done).getByRole('button', { name: en.delete.doneButton });
    expect(requests).toEqual([{ url: '/api/me/delete', body: { confirm: 'deleteEverything' } }]);
    expect(await db.actions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await readConnection()).toBeUndefined();
  });
});
