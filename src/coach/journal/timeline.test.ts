import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../domain/hlc';
import {
  RECORD_DEFAULTS,
  recordSchemas,
  type RecordByKind,
  type RecordKind,
} from '../../domain/records';
import type { RecordChange } from '../../domain/sync';
import { applyChanges, visibleRecords } from './records';
import { timeline } from './timeline';

let n = 0;
function record<K extends RecordKind>(kind: K, fields: Record<string, unknown>, created: string) {
  n += 1;
  return recordSchemas[kind].parse({
    ...RECORD_DEFAULTS[kind],
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created,
    updated: formatHlc({ wall: Date.parse(created), counter: 0, node: 'phone' }),
    deleted: false,
    fieldClocks: {},
    ...fields,
  }) as RecordByKind[K];
}
const change = <K extends RecordKind>(recordKind: K, r: RecordByKind[K]) =>
  ({ recordKind, record: r }) as RecordChange;

describe('the journal timeline', () => {
  it('dates each event the way the coach expects, newest first', () => {
    const aboutDone = record(
      'aboutMe',
      { status: 'done', completedAt: '2026-03-02T10:00:00.000Z', sharing: 'shared' },
      '2026-03-01T09:00:00.000Z',
    );
    const aboutDraft = record(
      'aboutMe',
      { sharing: 'shared', enjoy: 'x' },
      '2026-05-01T09:00:00.000Z',
    );
    const checkIn = record(
      'checkIn',
      { status: 'done', takenAt: '2026-04-01T12:00:00.000Z', sharing: 'shared' },
      '2026-04-01T11:00:00.000Z',
    );
    const halfCheckIn = record(
      'checkIn',
      { status: 'draft', sharing: 'shared' },
      '2026-04-02T11:00:00.000Z',
    );
    const message = record(
      'journalEntry',
      { author: 'coach', text: 'Hello' },
      '2026-02-01T08:00:00.000Z',
    );
    const anonymous = record(
      'feedback',
      { status: 'sent', anonymous: true, sentAt: '2026-06-01T08:00:00.000Z' },
      '2026-06-01T08:00:00.000Z',
    );
    const named = record(
      'feedback',
      { status: 'sent', anonymous: false, sentAt: '2026-06-02T08:00:00.000Z' },
      '2026-06-02T08:00:00.000Z',
    );
    const store = applyChanges(new Map(), [
      change('aboutMe', aboutDone),
      change('aboutMe', aboutDraft),
      change('checkIn', checkIn),
      change('checkIn', halfCheckIn),
      change('journalEntry', message),
      change('feedback', anonymous),
      change('feedback', named),
    ]);
    const events = timeline(visibleRecords(store));
    expect(events.map((e) => [e.kind, e.at, e.draft])).toEqual([
      ['feedback', '2026-06-02T08:00:00.000Z', false],
      ['aboutMe', '2026-05-01T09:00:00.000Z', true],
      ['checkIn', '2026-04-01T12:00:00.000Z', false],
      ['aboutMe', '2026-03-02T10:00:00.000Z', false],
      ['journalEntry', '2026-02-01T08:00:00.000Z', false],
    ]);
  });

  it('shows only what is shared now: private stubs and deleted records drop out', () => {
    const shared = record('values', { sharing: 'shared' }, '2026-01-01T00:00:00.000Z');
    const store = applyChanges(new Map(), [change('values', shared)]);
    expect(visibleRecords(store).values).toHaveLength(1);
    const unshared = applyChanges(store, [change('values', { ...shared, sharing: 'private' })]);
    expect(visibleRecords(unshared).values).toHaveLength(0);
    const action = record('action', { text: 'Call the GP' }, '2026-01-02T00:00:00.000Z');
    const deleted = applyChanges(new Map(), [change('action', { ...action, deleted: true })]);
    expect(visibleRecords(deleted).action).toHaveLength(0);
  });
});
