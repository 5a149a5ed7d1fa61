// The PIN lock end to end below the UI: keys and codec, setting a PIN seals everything already
// stored (IndexedDB and the person's words in localStorage), locking leaves nothing readable,
// a wrong PIN opens nothing, changing and removing the PIN, and switches cut short finish at
// the next unlock.
import { afterEach, describe, expect, it } from 'vitest';
import { createRepository, type Repository } from '../repository';
import { createSaveStatusStore } from '../saveStatus';
import { clearBackup, recoverUnsaved, writeBackup } from '../unsavedBackup';
import { readDraft, writeDraft } from '../../features/messages/draft';
import { LockedError, openRow, openText, sealRow, sealText } from './codec';
import {
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  createLock,
  isAcceptablePin,
  rewrapLock,
  unwrapDataKey,
} from './keys';
import { LOCK_KEY, readLockConfig, removeLockConfig, writeLockConfig } from './lockConfig';
import { countStored } from './migrate';
import {
  afterUnlockPass,
  changePin,
  lockNow,
  turnOffPin,
  turnOnPin,
  unlock,
  waitAfter,
  wrongTries,
} from './pin';
import { flushPrivateTexts, privateStorage } from './privateStorage';
import { dataKey, forgetDataKey, isLocked, pinIsSet, refreshLockState } from './session';
import { rawDatabaseText, rawStorageText, sealedTestDb } from './testing';
import type { WaymarkDB } from '../db';

const ITERATIONS = MIN_PBKDF2_ITERATIONS; // the floor, to keep the tests quick
const ANSWER = 'Loud rooms make my tinnitus worse';
const DRAFT = 'Can we move Thursday to the afternoon';
const TYPING = 'My back hurts after an hour sitting';

afterEach(async () => {
  await afterUnlockPass();
  await flushPrivateTexts();
  forgetDataKey();
  removeLockConfig();
  localStorage.clear();
  refreshLockState();
});

async function setUp(): Promise<{ database: WaymarkDB; repo: Repository; id: string }> {
  const database = sealedTestDb();
  await database.meta.put({ key: 'deviceId', value: '11111111-1111-4111-8111-111111111111' });
  const repo = createRepository(database, { status: createSaveStatusStore() });
  const id = await repo.createRecord('aboutMe', { enjoy: ANSWER });
  return { database, repo, id };
}

async function rawEverywhere(database: WaymarkDB): Promise<string> {
  await flushPrivateTexts();
  return `${await rawDatabaseText(database.name)}\n${rawStorageText()}`;
}

describe('keys', () => {
  it('wraps a random data key with the PIN; only the right PIN unwraps it', async () => {
    const { config, key } = await createLock('4821', '5', ITERATIONS);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(atob(config.salt)).toHaveLength(16);
    expect(config.iterations).toBe(ITERATIONS);
    expect(JSON.stringify(config)).not.toContain('4821');

    const again = await unwrapDataKey('4821', config);
    expect(again?.extractable).toBe(false);
    const sealed = await sealText('hello', key, 'test');
    expect(await openText(sealed, again, 'test')).toBe('hello');

    expect(await unwrapDataKey('4822', config)).toBeUndefined();
    expect(await unwrapDataKey(' 4821 ', config)).toBeDefined();
    expect(await unwrapDataKey('4821', { ...config, iterations: 1000 })).toBeUndefined();
  });

  it('the default is at least 310,000 PBKDF2 iterations, and fewer are refused', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    await expect(createLock('4821', '5', 10_000)).rejects.toThrow();
  });

  it('a new PIN wraps the same data key', async () => {
    const { config, key } = await createLock('4821', '5', ITERATIONS);
    const sealed = await sealText('same key', key, 'test');
    expect(await rewrapLock('0000', 'a longer passphrase', config, ITERATIONS)).toBeUndefined();
    const next = await rewrapLock('4821', 'a longer passphrase', config, ITERATIONS);
    expect(next?.salt).not.toBe(config.salt);
    const unwrapped = await unwrapDataKey('a longer passphrase', next!);
    expect(await openText(sealed, unwrapped, 'test')).toBe('same key');
    expect(await unwrapDataKey('4821', next!)).toBeUndefined();
  });

  it('accepts 4 to 6 digits or a passphrase of at least 6 characters', () => {
    for (const ok of ['1234', '12345', '123456', '1234567', 'secret', 'pen pot', 'ŵŷâêîô']) {
      expect(isAcceptablePin(ok), ok).toBe(true);
    }
    for (const no of ['', '123', '   1 ', 'abc', 'abcde', '12a4']) {
      expect(isAcceptablePin(no), no).toBe(false);
    }
  });
});

describe('codec', () => {
  it('round-trips rows and texts, with a fresh IV each time, bound to their place', async () => {
    const { key } = await createLock('4821', '5', ITERATIONS);
    const row = { id: 'a', updated: 'x', enjoy: ANSWER, list: [1, { b: true }] };
    const one = await sealRow(row, new Set(['id', 'updated']), key, 'aboutMe');
    const two = await sealRow(row, new Set(['id', 'updated']), key, 'aboutMe');
    expect(Object.keys(one).sort()).toEqual(['id', 'updated', 'wm:sealed']);
    expect(JSON.stringify(one)).not.toContain('tinnitus');
    expect(one['wm:sealed']).not.toEqual(two['wm:sealed']);
    expect(await openRow(one, key, 'aboutMe')).toEqual(row);
    await expect(openRow(one, key, 'values')).rejects.toThrow();
    await expect(openRow(one, undefined, 'aboutMe')).rejects.toBeInstanceOf(LockedError);
    expect(await openRow(row, undefined, 'aboutMe')).toBe(row);

    const text = await sealText(DRAFT, key, 'waymark.messageDraft');
    expect(text).not.toContain('Thursday');
    expect(await sealText(DRAFT, key, 'waymark.messageDraft')).not.toBe(text);
    expect(await openText(text, key, 'waymark.messageDraft')).toBe(DRAFT);
    await expect(openText(text, key, 'waymark.unsaved.x')).rejects.toThrow();
  });
});

describe('setting, using and removing a PIN', () => {
  it('seals everything stored, locks, refuses a wrong PIN, opens with the right one', async () => {
    const { database, repo, id } = await setUp();
    writeDraft(DRAFT);
    writeBackup('aboutMe', id, { healthEffects: TYPING });
    expect(await rawEverywhere(database)).toContain('tinnitus');

    await turnOnPin('4821', '5', { database, iterations: ITERATIONS });
    expect(pinIsSet()).toBe(true);
    expect(isLocked()).toBe(false);
    expect(readLockConfig()?.sealing).toBeUndefined();
    let raw = await rawEverywhere(database);
    for (const words of ['tinnitus', 'Thursday', 'hurts after', '4821']) {
      expect(raw).not.toContain(words);
    }
    expect(await countStored(database)).toMatchObject({ plain: 0 });
    // Unlocked, everything reads as before, and new words are sealed as they are written.
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);
    expect(readDraft()).toBe(DRAFT);
    await repo.saveFields('aboutMe', id, { goodAt: 'Gardening with my neighbour' });
    writeDraft(`${DRAFT}, please`);
    raw = await rawEverywhere(database);
    expect(raw).not.toContain('neighbour');
    expect(raw).not.toContain('please');

    await lockNow();
    expect(isLocked()).toBe(true);
    expect(dataKey()).toBeUndefined();
    await expect(repo.getRecord('aboutMe', id)).rejects.toBeInstanceOf(LockedError);
    expect(readDraft()).toBe('');
    expect(await recoverUnsaved(repo)).toBe(0);
    expect(rawStorageText()).toContain('waymark.unsaved.aboutMe.');

    expect(await unlock('1234', { database })).toBe('wrong');
    expect(wrongTries()).toBe(1);
    expect(isLocked()).toBe(true);

    const recovered: number[] = [];
    expect(
      await unlock('4821', {
        database,
        beforeOpen: async () => recovered.push(await recoverUnsaved(repo)),
      }),
    ).toBe('unlocked');
    expect(recovered).toEqual([1]);
    expect(wrongTries()).toBe(0);
    expect(isLocked()).toBe(false);
    expect(await repo.getRecord('aboutMe', id)).toMatchObject({
      enjoy: ANSWER,
      goodAt: 'Gardening with my neighbour',
      healthEffects: TYPING,
    });
    expect(readDraft()).toBe(`${DRAFT}, please`);
    expect(await rawEverywhere(database)).not.toContain('hurts after');
  });

  it('changes the PIN without re-sealing, then turns it off and leaves everything plain', async () => {
    const { database, repo, id } = await setUp();
    await turnOnPin('4821', '15', { database, iterations: ITERATIONS });
    writeDraft(DRAFT);
    expect(await changePin('0000', 'tea and toast', { iterations: ITERATIONS })).toBe(false);
    expect(await changePin('4821', 'tea and toast', { iterations: ITERATIONS })).toBe(true);
    expect(readLockConfig()?.idle).toBe('15');

    await lockNow();
    expect(await unlock('4821', { database })).toBe('wrong');
    expect(await unlock('tea and toast', { database })).toBe('unlocked');
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);

    expect(await turnOffPin('4821', { database })).toBe(false);
    expect(pinIsSet()).toBe(true);
    expect(await turnOffPin('tea and toast', { database })).toBe(true);
    expect(pinIsSet()).toBe(false);
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(await countStored(database)).toMatchObject({ sealed: 0 });
    const raw = await rawEverywhere(database);
    expect(raw).toContain('tinnitus');
    expect(raw).toContain('Thursday');
    expect(readDraft()).toBe(DRAFT);
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);
    await repo.saveFields('aboutMe', id, { goodAt: 'Plain again' });
    expect(await rawDatabaseText(database.name)).toContain('Plain again');
  });

  it('a switch-on cut short (the tab closed while sealing) is finished at the next unlock', async () => {
    const { database, repo, id } = await setUp();
    writeBackup('aboutMe', id, { healthEffects: TYPING });
    // What the tab left behind: the lock stored with `sealing`, nothing sealed yet.
    const { config } = await createLock('4821', '5', ITERATIONS);
    writeLockConfig({ ...config, sealing: true });
    refreshLockState();
    expect(isLocked()).toBe(true);
    expect(await rawEverywhere(database)).toContain('tinnitus');
    // Locked, plain rows still read (they are not secret from the app), but nothing is written.
    await expect(repo.saveFields('aboutMe', id, { goodAt: 'x' })).rejects.toBeInstanceOf(
      LockedError,
    );

    expect(await unlock('4821', { database })).toBe('unlocked');
    expect(readLockConfig()?.sealing).toBeUndefined();
    const raw = await rawEverywhere(database);
    expect(raw).not.toContain('tinnitus');
    expect(raw).not.toContain('hurts after');
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);
  });

  it('a switch-off cut short is finished at the next unlock', async () => {
    const { database, repo, id } = await setUp();
    await turnOnPin('4821', '5', { database, iterations: ITERATIONS });
    await lockNow();
    const config = readLockConfig()!;
    writeLockConfig({ ...config, opening: true });
    refreshLockState();

    expect(await unlock('4821', { database })).toBe('unlocked');
    expect(pinIsSet()).toBe(false);
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(await countStored(database)).toMatchObject({ sealed: 0 });
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);
  });

  it('a switch-off that fails keeps the PIN, with everything sealed again', async () => {
    const { database, repo, id } = await setUp();
    await turnOnPin('4821', '5', { database, iterations: ITERATIONS });
    const idb = (await database.open()).backendDB();
    const real = idb.transaction.bind(idb);
    idb.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
      if (names === 'aboutMe') {
        idb.transaction = real; // once
        throw new DOMException('the phone stopped it', 'UnknownError');
      }
      return real(names, mode);
    }) as typeof idb.transaction;
    await expect(turnOffPin('4821', { database })).rejects.toThrow('the phone stopped it');
    expect(pinIsSet()).toBe(true);
    expect(readLockConfig()?.sealing).toBeUndefined();
    expect(readLockConfig()?.opening).toBeUndefined();
    expect(await countStored(database)).toMatchObject({ plain: 0 });
    expect((await repo.getRecord('aboutMe', id))?.enjoy).toBe(ANSWER);
    await repo.saveFields('aboutMe', id, { goodAt: 'Still sealed' });
    expect(await rawDatabaseText(database.name)).not.toContain('Still sealed');
  });

  it('after several wrong tries each check waits a little longer, up to a minute', () => {
    expect([0, 1, 4, 5, 6, 7, 8, 9, 20].map(waitAfter)).toEqual([
      0, 0, 0, 5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });

  it('keeps unsaved typing sealed as it changes, and a cleared copy never comes back', async () => {
    const { database, id } = await setUp();
    await turnOnPin('4821', '5', { database, iterations: ITERATIONS });
    writeBackup('aboutMe', id, { healthEffects: 'first words' });
    writeBackup('aboutMe', id, { goodAt: TYPING });
    expect(JSON.parse(privateStorage.getItem(`waymark.unsaved.aboutMe.${id}`) ?? '{}')).toEqual({
      healthEffects: 'first words',
      goodAt: TYPING,
    });
    clearBackup('aboutMe', id, { healthEffects: 'first words' });
    clearBackup('aboutMe', id, { goodAt: TYPING });
    await flushPrivateTexts();
    expect(localStorage.getItem(`waymark.unsaved.aboutMe.${id}`)).toBeNull();
    expect(rawStorageText()).not.toContain('first words');
  });
});
