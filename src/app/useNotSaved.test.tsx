// "What you typed is not saved yet": nothing while saves go through; after a way out finds the
// last write failed, one plain entry for the error summary (why, and what to do), which goes
// once a later try succeeds and does not come back by itself.
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { allStrings, initI18n } from '../i18n/i18n';
import { createAutosaver } from '../data/autosave';
import { StorageFullError } from '../data/errors';
import { createSaveStatusStore } from '../data/saveStatus';
import { useNotSaved } from './useNotSaved';
import en from '../../locales/en/common.json';

describe('useNotSaved', () => {
  it('says why an answer is not saved after a way out, until it is saved', async () => {
    const i18n = await initI18n('en');
    await allStrings(i18n);
    let full = true;
    const saveFields = vi.fn(async () => {
      if (full) throw new StorageFullError();
      return {} as never;
    });
    const saver = createAutosaver('aboutMe', crypto.randomUUID(), {
      repository: { saveFields },
      backup: false,
      retryDelaysMs: [],
      status: createSaveStatusStore(),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useNotSaved(saver, 'answer'), { wrapper });

    await act(async () => {
      saver.update({ enjoy: 'Walking' });
      await saver.flush();
    });
    // A failed autosave alone is for the status line; the form says nothing yet.
    expect(result.current.errors).toEqual([]);

    let goOn = true;
    await act(async () => {
      await saver.flush();
      goOn = result.current.checkSaved();
    });
    expect(goOn).toBe(false);
    expect(result.current.errors).toEqual([
      { fieldId: 'answer', message: en.notSaved.storageFull },
    ]);

    full = false;
    await act(async () => {
      await saver.flush();
    });
    expect(result.current.errors).toEqual([]);
    expect(result.current.checkSaved()).toBe(true);

    // A later failure while typing does not bring the message back (or take focus) by itself.
    full = true;
    await act(async () => {
      saver.update({ enjoy: 'Walking the dog' });
      await saver.flush();
    });
    expect(result.current.errors).toEqual([]);
  });
});
