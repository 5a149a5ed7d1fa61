import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type WaymarkDB } from './db';
import {
  BACKUP_FORMAT,
  RestoreError,
  deleteEverythingHere,
  exportBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
} from './backup';

const opened: WaymarkDB[] = [];
function freshDb(): WaymarkDB {
  const db = createDb(`backup-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const stamp = (ms: number) => `${String(ms).padStart(15, '0')}-0000-phone`;
const aboutMe = (id: string, enjoy: string, at: number) => ({
  id,
  created: '2026-10-01T09:00:00.000Z',
  updated: stamp(at),
  deleted: false,
  fieldClocks: { enjoy: stamp(at) },
  enjoy,
  sharing: 'private' as const,
  status: 'draft' as const,
});
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('download and restore', () => {
  it('exports every record and restores it on an empty phone', async () => {
    const phone = freshDb();
    await phone.aboutMe.put(aboutMe(A, 'Bikes', 1000));
    await phone.meta.put({
      key: 'connection',
      value: { deviceId: 'd', token: 'secret', pairedAt: 1 },
    });
    const backup = await exportBackup(phone, new Date('2026-11-24T10:00:00Z'));
    const text = JSON.stringify(backup);
    expect(text).not.toContain('secret');
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: 1 });

    const other = freshDb();
    const parsed = parseBackup(text);
    await expect(previewRestore(parsed, other)).resolves.toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    await restoreBackup(parsed, other);
    expect((await other.aboutMe.get(A))?.enjoy).toBe('Bikes');
    await expect(previewRestore(parsed, other)).resolves.toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('never replaces a newer answer on this phone with an older one from the file', async () => {
    const phone = freshDb();
    await phone.aboutMe.put(aboutMe(A, 'Newer answer', 2000));
    await phone.aboutMe.put(aboutMe(B, 'Old', 1000));
    const file = parseBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        schemaVersion: 1,
        exportedAt: '2026-11-24T10:00:00.000Z',
        records: { aboutMe: [aboutMe(A, 'Older answer', 1000), aboutMe(B, 'From the file', 3000)] },
      }),
    );
    await expect(restoreBackup(file, phone)).resolves.toEqual({
      added: 0,
      updated: 1,
      unchanged: 1,
    });
    expect((await phone.aboutMe.get(A))?.enjoy).toBe('Newer answer');
    expect((await phone.aboutMe.get(B))?.enjoy).toBe('From the file');
  });

  it.each([
    ['not JSON', '{nope', 'notJson'],
    ['another kind of file', '{"hello": 1}', 'notWaymark'],
    [
      'a newer version',
      JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 2 }),
      'newerVersion',
    ],
    [
      'a damaged record',
      JSON.stringify({
        format: BACKUP_FORMAT,
        schemaVersion: 1,
        exportedAt: '2026-11-24T10:00:00.000Z',
        records: { aboutMe: [{ id: 'not-a-uuid' }] },
      }),
      'damaged',
    ],
    [
      'an unknown kind',
      JSON.stringify({
        format: BACKUP_FORMAT,
        schemaVersion: 1,
        exportedAt: '2026-11-24T10:00:00.000Z',
        records: { secrets: [] },
      }),
      'damaged',
    ],
  ])('refuses %s with a reason, changing nothing', (_name, text, problem) => {
    expect(() => parseBackup(text)).toThrow(RestoreError);
    try {
      parseBackup(text);
    } catch (error) {
      expect((error as RestoreError).problem).toBe(problem);
    }
  });

  it('deletes everything on this phone, including unsaved typing', async () => {
    const phone = freshDb();
    await phone.aboutMe.put(aboutMe(A, 'Bikes', 1000));
    localStorage.setItem('waymark.unsaved.aboutMe.x', '{"enjoy":"B"}');
    localStorage.setItem('waymark.language', 'cy');
    await deleteEverythingHere(phone);
    expect(localStorage.getItem('waymark.unsaved.aboutMe.x')).toBeNull();
    expect(localStorage.getItem('waymark.language')).toBe('cy');
    expect(await phone.aboutMe.count()).toBe(0);
  });
});
