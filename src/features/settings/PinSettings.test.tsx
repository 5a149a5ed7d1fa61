// "Lock Waymark with a PIN" in settings: setting a PIN needs it typed twice (4 to 6 numbers or
// a passphrase of 6 or more), each problem is named in an error summary that takes focus; once
// set, the idle time can be changed, the PIN changed (the current one is checked) and turned off.
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { readLockConfig, removeLockConfig } from '../../data/lock/lockConfig';
import { afterUnlockPass } from '../../data/lock/pin';
import { flushPrivateTexts } from '../../data/lock/privateStorage';
import { forgetDataKey, isLocked, pinIsSet, refreshLockState } from '../../data/lock/session';
import { PinSettings } from './PinSettings';

afterEach(async () => {
  await afterUnlockPass();
  await flushPrivateTexts();
  forgetDataKey();
  removeLockConfig();
  refreshLockState();
  await db.delete({ disableAutoOpen: false });
});

async function show() {
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<PinSettings />);
  });
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

async function expectError(message: string) {
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
}

describe('Lock Waymark with a PIN', () => {
  it('sets a PIN typed twice, then changes it and turns it off', async () => {
    await show();
    expect(screen.getByRole('heading', { level: 2, name: 'Lock Waymark with a PIN' })).toBeTruthy();
    expect(
      screen.getByText(/While Waymark is locked, it does not send changes to your work coach/),
    ).toBeTruthy();
    await press('Set a PIN');

    await press('Set PIN');
    await expectError('Enter a PIN or passphrase.');
    type('Your new PIN or passphrase', '123');
    await press('Set PIN');
    await expectError('Use 4 to 6 numbers, or a passphrase of at least 6 characters.');
    type('Your new PIN or passphrase', '2580');
    type('Type it again', '2581');
    await press('Set PIN');
    await expectError('The two do not match. Type the same PIN twice.');

    type('Type it again', '2580');
    fireEvent.click(screen.getByRole('radio', { name: 'After 1 minute with nothing pressed' }));
    await press('Set PIN');
    await screen.findByText(
      'Your PIN is set. Waymark will ask for it when you open it.',
      {},
      { timeout: 15_000 },
    );
    expect(pinIsSet()).toBe(true);
    expect(isLocked()).toBe(false);
    expect(readLockConfig()?.idle).toBe('1');
    expect(JSON.stringify(localStorage)).not.toContain('2580');

    fireEvent.click(screen.getByRole('radio', { name: 'Only when I close Waymark' }));
    expect(readLockConfig()?.idle).toBe('close');

    await press('Change PIN');
    type('Your PIN now', '0000');
    type('Your new PIN or passphrase', 'toast and jam');
    type('Type it again', 'toast and jam');
    await press('Change PIN');
    await expectError('That PIN is not right. Try again.');
    type('Your PIN now', '2580');
    await press('Change PIN');
    await screen.findByText('Your PIN is changed.', {}, { timeout: 15_000 });

    await press('Turn off PIN');
    type('Your PIN now', '2580');
    await press('Turn off PIN');
    await expectError('That PIN is not right. Try again.');
    type('Your PIN now', 'toast and jam');
    await press('Turn off PIN');
    await screen.findByText(
      'The PIN is turned off. Waymark will not ask for it any more.',
      {},
      { timeout: 15_000 },
    );
    expect(pinIsSet()).toBe(false);
    expect(screen.getByRole('button', { name: 'Set a PIN' })).toBeTruthy();
  });
});
