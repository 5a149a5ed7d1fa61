// "Changes to check" in jsdom through the real app shell: the status line's notice and its
// link, each conflict in plain words with buttons that name what they keep, keeping mine
// (saved and queued for the coach), keeping the coach's, focus and the message after each
// choice, the empty state, and every field name in plain words.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { browserHistory } from '../../app/router';
import { allStrings, initI18n } from '../../i18n/i18n';
import { db } from '../../data/db';
import { repository } from '../../data/repository';
import { formatHlc } from '../../domain/hlc';
import { RECORD_KINDS, ownFieldShapes } from '../../domain/records';
import { setSyncStatus } from '../../sync/status';
import { describeValue, fieldName, itemName } from './describe';
import en from '../../../locales/en/conflicts.json';
import enCommon from '../../../locales/en/common.json';

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  await allStrings(i18n);
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
  await waitFor(() => expect(document.querySelector('.page-loading')).toBeNull(), {
    timeout: 5000,
  });
  return i18n;
}

const coachHlc = formatHlc({ wall: Date.now() + 60_000, counter: 0, node: 'coach.test' });

async function addConflict(fields: {
  kind: 'action' | 'aboutMe';
  id: string;
  field: string;
  local: unknown;
  remote: unknown;
  remoteHlc?: string;
}) {
  await db.conflicts.put({
    id: `${fields.kind}:${fields.id}:${fields.field}`,
    recordKind: fields.kind,
    recordId: fields.id,
    field: fields.field,
    localValue: fields.local,
    remoteValue: fields.remote,
    remoteHlc: fields.remoteHlc,
    foundAt: Date.now(),
  });
}

describe('changes to check', () => {
  it('links from the status line when a change needs a choice', async () => {
    setSyncStatus({ conflicts: 2 });
    await renderApp('/');
    const status = screen.getAllByRole('status').find((el) => el.closest('.app-status'));
    expect(status?.textContent).toContain('2 changes need your choice.');
    const link = within(status as HTMLElement).getByRole('link', {
      name: enCommon.sync.checkConflicts_other,
    });
    expect(link.getAttribute('href')).toBe('/changes-to-check');
    setSyncStatus({ conflicts: 0 });
  });

  it('lists each conflict in plain words and keeps the chosen side', async () => {
    const actionId = await repository.createRecord('action', { text: 'Ring the GP surgery' });
    const aboutId = await repository.createRecord('aboutMe', { enjoy: 'Gardening' });
    await db.outbox.clear();
    await addConflict({
      kind: 'action',
      id: actionId,
      field: 'text',
      local: 'Ring the GP on Monday',
      remote: 'Ring the GP surgery',
      remoteHlc: coachHlc,
    });
    await addConflict({
      kind: 'aboutMe',
      id: aboutId,
      field: 'enjoy',
      local: 'Painting',
      remote: 'Gardening',
    });
    await renderApp('/changes-to-check');
    await screen.findByRole('heading', { level: 1, name: en.title });
    const actionHeading = await screen.findByRole('heading', {
      level: 2,
      name: 'Action “Ring the GP surgery”: what you will do',
    });
    const actionItem = actionHeading.closest('li') as HTMLElement;
    expect(within(actionItem).getByText(en.you)).toBeTruthy();
    expect(within(actionItem).getByText('Ring the GP on Monday')).toBeTruthy();
    expect(within(actionItem).getByText(en.coach)).toBeTruthy();
    const aboutItem = screen
      .getByRole('heading', { level: 2, name: 'About Me: what I enjoy' })
      .closest('li') as HTMLElement;
    // Not from the coach (no clock to tell): neutral words.
    expect(within(aboutItem).getByText(en.elsewhere)).toBeTruthy();

    await act(async () => {
      fireEvent.click(
        within(actionItem).getByRole('button', {
          name: `${en.keepMine}: Action “Ring the GP surgery”: what you will do`,
        }),
      );
    });
    const message = await screen.findByText(/we kept what you wrote/);
    await waitFor(() => expect(document.activeElement).toBe(message));
    expect(message.textContent).toContain('1 change is left to check.');
    expect((await db.actions.get(actionId))?.text).toBe('Ring the GP on Monday');
    expect(await db.outbox.where('recordId').equals(actionId).count()).toBe(1);
    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 2, name: /what you will do/ })).toBeNull(),
    );

    await act(async () => {
      fireEvent.click(within(aboutItem).getByRole('button', { name: /Keep the other change/ }));
    });
    await screen.findByText(/we kept the other change for About Me: what I enjoy/);
    expect((await db.aboutMe.get(aboutId))?.enjoy).toBe('Gardening');
    expect(await db.outbox.where('recordId').equals(aboutId).count()).toBe(0);
    expect(await screen.findByText(en.empty)).toBeTruthy();
    expect(await db.conflicts.count()).toBe(0);
  });

  it('names every field a person can write, and never shows raw data', async () => {
    const i18n = await initI18n('en');
    await allStrings(i18n);
    const t = i18n.t;
    for (const kind of RECORD_KINDS) {
      for (const field of Object.keys(ownFieldShapes[kind])) {
        const name = fieldName(t, kind, field);
        expect(name, `${kind}.${field}`).not.toMatch(/^conflicts\./);
      }
    }
    expect(itemName(t, 'aboutMe', 'enjoy', undefined)).toBe(
      `${en.records.gone}: ${en.fields.aboutMe.enjoy}`,
    );
    expect(describeValue(t, 'action', 'status', 'inProgress')).toBe('Started');
    expect(describeValue(t, 'action', 'due', '2027-03-27')).toBe('27 March 2027');
    expect(describeValue(t, 'action', 'barrierAreas', ['confidence', 'money'])).toMatch(
      /^Confidence, /,
    );
    expect(describeValue(t, 'fourSteps', 'ifThen', { if: 'I feel low', then: 'I go out' })).toBe(
      'If I feel low, then I go out',
    );
    expect(describeValue(t, 'checkIn', 'scores', { confidence: { kind: 'score', value: 6 } })).toBe(
      'Confidence: 6 out of 10',
    );
    expect(
      describeValue(t, 'values', 'chosen', [{ id: 'family' }, { id: 'own-1', custom: 'Music' }]),
    ).toBe('Family, Music');
    expect(describeValue(t, 'aboutMe', 'enjoy', '')).toBe(en.values.empty);
    expect(describeValue(t, 'aboutMe', 'sharing', 'shared')).toBe(en.values.shared);
    expect(describeValue(t, 'action', 'deleted', true)).toBe(en.values.deleted);
    expect(describeValue(t, 'journalEntry', 'text', { odd: 1 })).toBe(en.values.other);
  });
});
