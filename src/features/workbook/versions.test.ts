// Versions: marking done keeps a dated version, a new draft starts from the latest finished
// answers, earlier versions stay as they were, and the home page status follows (Done).
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../data/repository';
import { createSaveStatusStore } from '../../data/saveStatus';
import { freshDb } from '../../data/testDb';
import { taskStatusFor } from '../../domain/tasks';
import { markDoneFields, newDraftFields, splitVersions } from './versions';
import { versionDate } from './dates';
import { aboutMe, testFlow } from './testFlow';

describe('splitVersions', () => {
  it('finds the newest draft and lists finished versions newest first', () => {
    const march = aboutMe({ status: 'done', completedAt: '2026-03-03T09:00:00.000Z' });
    const april = aboutMe({ status: 'done', completedAt: '2026-04-10T09:00:00.000Z' });
    const oldDraft = aboutMe({ created: '2026-02-01T00:00:00.000Z' });
    const newDraft = aboutMe({ created: '2026-04-11T00:00:00.000Z' });
    const { draft, done } = splitVersions([march, oldDraft, april, newDraft]);
    expect(draft?.id).toBe(newDraft.id);
    expect(done.map((v) => v.id)).toEqual([april.id, march.id]);
  });

  it('has no draft when everything is finished', () => {
    expect(splitVersions([aboutMe({ status: 'done' })]).draft).toBeUndefined();
  });
});

describe('newDraftFields', () => {
  it('starts empty the first time', () => {
    expect(newDraftFields(testFlow, undefined)).toEqual({ status: 'draft', completedAt: null });
  });

  it('copies the latest finished answers and sharing choice, not its status or date', () => {
    const latest = aboutMe({
      status: 'done',
      completedAt: '2026-03-03T09:00:00.000Z',
      enjoy: 'Music',
      proudOf: 'My kids',
      healthEffects: 'not in this flow',
      sharing: 'shared',
    });
    expect(newDraftFields(testFlow, latest)).toEqual({
      status: 'draft',
      completedAt: null,
      enjoy: 'Music',
      proudOf: 'My kids',
      sharing: 'shared',
    });
  });
});

describe('versioning through the repository', () => {
  it('keeps a dated version and starts an update without touching it', async () => {
    const repo = createRepository(freshDb(), { status: createSaveStatusStore() });
    const first = await repo.createRecord('aboutMe', newDraftFields(testFlow, undefined));
    await repo.saveFields('aboutMe', first, { enjoy: 'Music' });
    await repo.saveFields('aboutMe', first, markDoneFields(new Date('2026-03-03T09:00:00Z')));

    let records = await repo.listRecords('aboutMe');
    expect(taskStatusFor('aboutMe', records).status).toBe('done');
    const latest = splitVersions(records).done[0];
    expect(latest).toMatchObject({ status: 'done', completedAt: '2026-03-03T09:00:00.000Z' });

    const second = await repo.createRecord('aboutMe', newDraftFields(testFlow, latest));
    await repo.saveFields('aboutMe', second, { enjoy: 'Music and walking' });
    records = await repo.listRecords('aboutMe');
    const { draft, done } = splitVersions(records);
    expect(draft).toMatchObject({ id: second, enjoy: 'Music and walking', status: 'draft' });
    expect(done.map((v) => [v.id, v.enjoy])).toEqual([[first, 'Music']]);
    // An update in progress does not undo the finished version: the task stays Done.
    expect(taskStatusFor('aboutMe', records).status).toBe('done');
  });
});

describe('versionDate', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const month = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);
  it('names a version by its day and month this year, with the year otherwise', () => {
    expect(versionDate('2026-03-03T09:00:00', month, { now })).toBe('3 March');
    expect(versionDate('2025-03-03T09:00:00', month, { now })).toBe('3 March 2025');
  });

  it('can use the browser month names for a language, in British order for English', () => {
    expect(versionDate('2026-03-03T09:00:00', 'en', { now })).toBe('3 March');
  });

  it('adds the time when two versions share a day', () => {
    const both = ['2026-03-03T09:05:00', '2026-03-03T15:30:00'];
    expect(versionDate(both[0]!, month, { now, sameDayAs: both })).toBe('3 March, 09:05');
    expect(versionDate(both[1]!, month, { now, sameDayAs: both })).toBe('3 March, 15:30');
  });
});
