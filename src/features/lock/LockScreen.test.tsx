// The lock screen in the app: it stands in for every page but "Need help now?" while locked,
// says plainly when the PIN is not right (error summary with focus), opens the page that was
// asked for with the right PIN, locks by itself after the idle time, and "Forgot your PIN?"
// deletes everything on this phone only after asking.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { initI18n } from '../../i18n/i18n';
import { browserHistory } from '../../app/router';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { MIN_PBKDF2_ITERATIONS } from '../../data/lock/keys';
import { LOCK_KEY, removeLockConfig } from '../../data/lock/lockConfig';
import { afterUnlockPass, lockNow, turnOnPin } from '../../data/lock/pin';
import { flushPrivateTexts } from '../../data/lock/privateStorage';
import { forgetDataKey, isLocked, refreshLockState } from '../../data/lock/session';
import { watchIdle } from './idleLock';

const PIN = '4821';

afterEach(async () => {
  await afterUnlockPass();
  await flushPrivateTexts();
  forgetDataKey();
  removeLockConfig();
  refreshLockState();
  await db.delete({ disableAutoOpen: false });
});

async function lockedApp(path: string) {
  const id = await repository.createRecord('aboutMe', { enjoy: 'Cooking for friends' });
  await turnOnPin(PIN, '5', { iterations: MIN_PBKDF2_ITERATIONS });
  await lockNow();
  window.history.replaceState(null, '', path.replace(':id', id));
  const i18n = await initI18n('en');
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
  // The lock screen is its own chunk: the first time, loading it takes a moment.
  if (!path.startsWith('/help')) {
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Waymark is locked' },
      { timeout: 10_000 },
    );
  }
  return id;
}

async function typePin(value: string) {
  const field = await screen.findByLabelText('Enter your PIN or passphrase');
  fireEvent.change(field, { target: { value } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
  });
}

describe('the lock screen', () => {
  it('stands in for the page until the right PIN, with a plain error that takes focus', async () => {
    await lockedApp('/about-me');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Waymark is locked' }),
    ).toBeTruthy();
    expect(screen.queryByText('Cooking for friends')).toBeNull();
    const field = screen.getByLabelText('Enter your PIN or passphrase');
    expect(field.getAttribute('type')).toBe('password');
    expect(field.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('link', { name: 'Need help now?' })).toBeTruthy();

    await typePin('');
    const empty = await screen.findByRole('alert');
    expect(empty.textContent).toContain('Enter your PIN or passphrase.');
    await waitFor(() => expect(document.activeElement).toBe(empty));

    await typePin('1111');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('That PIN is not right. Try again.'),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    expect(isLocked()).toBe(true);

    // "Show PIN" shows what was typed, for checking it.
    fireEvent.click(screen.getByRole('button', { name: 'Show PIN' }));
    expect(screen.getByLabelText('Enter your PIN or passphrase').getAttribute('type')).toBe('text');

    await typePin(PIN);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Me' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(isLocked()).toBe(false);
  });

  it('"Need help now?" opens while locked', async () => {
    await lockedApp('/help');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Need help now?' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(isLocked()).toBe(true);
  });

  it('locks by itself after the idle time with no input, and input starts the time again', async () => {
    await turnOnPin(PIN, '1', { iterations: MIN_PBKDF2_ITERATIONS });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    let now = 0;
    let locked = 0;
    const stop = watchIdle({
      now: () => now,
      idleChoice: () => '1',
      lock: () => {
        locked += 1;
      },
    });
    try {
      now = 50_000;
      document.dispatchEvent(new Event('keydown'));
      now = 100_000;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(locked).toBe(0);
      now = 110_001;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(locked).toBe(1);
    } finally {
      stop();
      vi.restoreAllMocks();
    }
  });

  it('"Forgot your PIN?" explains, asks first, then deletes everything and the PIN', async () => {
    await lockedApp('/');
    await act(async () => {
      fireEvent.click(
        await screen.findByRole('button', { name: 'What to do if you forgot your PIN' }),
      );
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Forgot your PIN?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(
      screen.getByText('Anything you shared with your work coach is still with them.'),
    ).toBeTruthy();

    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: "Delete Waymark's information on this phone" }),
      );
    });
    const dialog = await screen.findByRole('alertdialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'No, go back' }));
    });
    expect(localStorage.getItem(LOCK_KEY)).not.toBeNull();

    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: "Delete Waymark's information on this phone" }),
      );
    });
    await act(async () => {
      fireEvent.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', {
          name: 'Yes, delete everything',
        }),
      );
    });
    await waitFor(() => expect(localStorage.getItem(LOCK_KEY)).toBeNull());
    expect(await db.aboutMe.count()).toBe(0);
  });
});
