/**
 * PGlite on disk: the data folder is created, survives a restart, and only one server at a
 * time may open it. (Always PGlite, whatever DATABASE_URL says: this is the `npm start` path.)
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME } from './data-dir-lock';
import { openPglite } from './pglite';

let parent: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'waymark-pglite-'));
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('openPglite with a data folder', () => {
  it('creates the folder (and its parents), and keeps data across a restart', async () => {
    const dataDir = join(parent, 'nested', 'data');
    const first = await openPglite({ dataDir });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    await first.exec("create table kept (v text); insert into kept values ('still here')");
    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const second = await openPglite({ dataDir });
    const { rows } = await second.query('select v from kept');
    expect(rows).toEqual([{ v: 'still here' }]);
    await second.close();
  });

  it('refuses a second open of the same folder while the first is open', async () => {
    const dataDir = join(parent, 'data');
    const first = await openPglite({ dataDir });
    try {
      await expect(openPglite({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(openPglite({ dataDir })).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
    }
    const again = await openPglite({ dataDir });
    await again.close();
  });

  it('takes over a lock left by a process that is no longer running', async () => {
    const dataDir = join(parent, 'data');
    const first = await openPglite({ dataDir });
    await first.close();
    // A pid far above any real one: the server that wrote it has gone.
    await writeFile(join(dataDir, LOCK_FILE_NAME), '4194000\n');
    const db = await openPglite({ dataDir });
    await expect(db.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
    await db.close();
  });
});
