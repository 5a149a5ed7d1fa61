// The synchronous safety copy behind autosave: written on every change, cleared once the
// IndexedDB write commits, and written through the repository on the next start if the page
// went away first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';
import { clearBackup, recoverUnsaved, writeBackup } from './unsavedBackup';
import { StorageFullError } from './errors';
import { hasUnsaved } from './unsavedFlag';
import { freshDb } from './testDb';
import { createRepository } from './repository';

const id = '0b7d3f5e-8d2a-4c1e-9f3a-2b6c4d8e1f00';

describe('unsaved-change backup', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.useRealTimers());

  it('keeps each change in localStorage at once and removes it after the write', async () => {
    const writes: unknown[] = [];
    const saver = createAutosaver('aboutMe', id, {
      repository: { saveFields: async (_k, _i, fields) => (writes.push(fields), {}) as never },
    });
    saver.update({ enjoy: 'Swimm' });
    saver.update({ enjoy: 'Swimming' });
    expect(hasUnsaved()).toBe(true);
    expect(JSON.parse(localStorage.getItem(`waymark.unsaved.aboutMe.${id}`) ?? '{}')).toEqual({
      enjoy: 'Swimming',
    });
    await saver.flush();
    expect(writes).toEqual([{ enjoy: 'Swimming' }]);
    expect(hasUnsaved()).toBe(false);
  });

  it('keeps the copy when the write fails', async () => {
    const saver = createAutosaver('aboutMe', id, {
      repository: {
        saveFields: async () => {
          throw new Error('disk full');
        },
      },
    });
    saver.update({ enjoy: 'Walking' });
    await saver.flush();
    expect(hasUnsaved()).toBe(true);
  });

  it('writes what a closed page left behind, through the repository, then forgets it', async () => {
    const db = freshDb();
    const repository = createRepository(db);
    localStorage.setItem(`waymark.unsaved.aboutMe.${id}`, JSON.stringify({ proudOf: 'My garden' }));
    localStorage.setItem('waymark.unsaved.nonsense.x', '{}');
    localStorage.setItem('waymark.language', 'cy');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await recoverUnsaved(repository)).toBe(1);
    warn.mockRestore();
    expect((await db.aboutMe.get(id))?.proudOf).toBe('My garden');
    expect(await db.outbox.count()).toBe(1);
    expect(hasUnsaved()).toBe(false);
    expect(localStorage.getItem('waymark.language')).toBe('cy');
  });

  it('forgets only what was written, so an older failed change or a newer keystroke stays', () => {
    const key = `waymark.unsaved.aboutMe.${id}`;
    writeBackup('aboutMe', id, { enjoy: 'Walking', proudOf: 'My garden' });
    writeBackup('aboutMe', id, { enjoy: 'Walking the dog' });
    clearBackup('aboutMe', id, { enjoy: 'Walking' }); // an older value of enjoy was written
    expect(JSON.parse(localStorage.getItem(key) ?? '{}')).toEqual({
      enjoy: 'Walking the dog',
      proudOf: 'My garden',
    });
    clearBackup('aboutMe', id, { enjoy: 'Walking the dog' });
    expect(JSON.parse(localStorage.getItem(key) ?? '{}')).toEqual({ proudOf: 'My garden' });
    clearBackup('aboutMe', id, { proudOf: 'My garden' });
    expect(hasUnsaved()).toBe(false);
  });

  it('keeps a leftover for the next start when the phone is still out of space', async () => {
    localStorage.setItem(`waymark.unsaved.aboutMe.${id}`, JSON.stringify({ proudOf: 'My garden' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const full = {
      saveFields: async () => {
        throw new StorageFullError();
      },
    };
    expect(await recoverUnsaved(full)).toBe(0);
    warn.mockRestore();
    expect(JSON.parse(localStorage.getItem(`waymark.unsaved.aboutMe.${id}`) ?? '{}')).toEqual({
      proudOf: 'My garden',
    });
    const db = freshDb();
    expect(await recoverUnsaved(createRepository(db))).toBe(1);
    expect((await db.aboutMe.get(id))?.proudOf).toBe('My garden');
    expect(hasUnsaved()).toBe(false);
  });
});
