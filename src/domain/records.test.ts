// Record and field schemas: valid examples pass, bad input fails with a readable message.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatHlc } from './hlc';
import {
  LONG_TEXT,
  RECORD_KINDS,
  SHORT_TEXT,
  fieldsSchema,
  isRecordKind,
  recordSchemas,
  toFieldIssues,
  type RecordKind,
} from './records';
import { isShareable } from './sharing';

const HLC = formatHlc({ wall: 1_764_000_000_000, counter: 0, node: 'dev1' });
const envelope = {
  id: '6f1c2f8e-8a4b-4c1e-9d2a-0b7f3c5d9e10',
  created: '2025-11-24T16:00:00.000Z',
  updated: HLC,
  deleted: false,
  fieldClocks: { text: HLC },
};

const examples: { [K in RecordKind]: Record<string, unknown> } = {
  aboutMe: {
    enjoy: 'Gardening',
    goodAt: '',
    proudOf: 'My kids',
    status: 'draft',
    sharing: 'shared',
  },
  values: {
    chosen: [
      { id: 'family', why: 'They keep me going' },
      { id: 'own-1', custom: 'Faith' },
    ],
  },
  fourSteps: {
    goal: 'Walk to the shop',
    ifThen: { if: 'I feel anxious', then: 'I will phone my sister' },
    barrierAreas: ['mentalHealth', 'confidence'],
    reviews: [{ at: '2025-12-01T10:00:00Z', outcome: 'partly', learned: 'Mornings are easier' }],
  },
  action: {
    text: 'Ask about a Blue Badge',
    barrierAreas: ['transport'],
    type: 'referral',
    owner: 'someoneElse',
    ownerName: 'Citizens Advice',
    proposedBy: 'coach',
    requirement: 'agreedRequirement',
    due: '2026-01-15',
    review: null,
    status: 'dropped',
    statusReason: 'Not needed now',
  },
  checkIn: {
    scores: {
      physicalHealth: { kind: 'score', value: 1 },
      mentalHealth: { kind: 'score', value: 10, note: 'Good week' },
      money: { kind: 'changesTooMuch' },
      digital: { kind: 'skipped' },
    },
    wantToWork: 'aLittle',
    feelAboutWork: 'mightInFuture',
    takenAt: '2025-11-24T16:00:00+00:00',
    status: 'done',
  },
  feedback: {
    about: 'course',
    aboutId: 'c-1',
    helpful: 4,
    listenedTo: 'partly',
    anonymous: true,
    status: 'sent',
  },
  appointment: {
    at: '2025-12-02T09:30:00Z',
    how: 'phone',
    adjustments: ['A quiet room', 'Phone call instead'],
    status: 'changed',
    source: 'coach',
  },
  appointmentPack: {
    appointmentId: '1f1c2f8e-8a4b-4c1e-9d2a-0b7f3c5d9e10',
    ticked: ['aboutMe', 'checkIn'],
    topics: ['money', 'training'],
    talkAbout: 'The bus fare to the course',
    easier: ['phoneInstead', 'extraTime'],
    easierOther: 'Mornings are hard for me',
    status: 'done',
    completedAt: '2025-12-01T19:00:00Z',
    sharing: 'shared',
  },
  journalEntry: { author: 'coach', text: 'Thanks for today.' },
};

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : toFieldIssues(result.error).map((i) => `${i.path}: ${i.message}`);
}

describe('recordSchemas', () => {
  it.each(RECORD_KINDS)('accepts a full %s record and applies defaults', (kind) => {
    const parsed = recordSchemas[kind].parse({ ...envelope, ...examples[kind] });
    expect(parsed.id).toBe(envelope.id);
    if (kind === 'action') expect(parsed).toMatchObject({ sharing: 'shared' });
  });

  it('defaults sharing to private where the claimant chooses, and actions to voluntary', () => {
    expect(recordSchemas.aboutMe.parse(envelope)).toMatchObject({
      sharing: 'private',
      status: 'draft',
    });
    expect(recordSchemas.checkIn.parse(envelope)).toMatchObject({ sharing: 'private' });
    expect(recordSchemas.action.parse(envelope)).toMatchObject({
      sharing: 'shared',
      requirement: 'voluntary',
      status: 'toDo',
    });
    expect(recordSchemas.feedback.parse(envelope)).toMatchObject({
      anonymous: false,
      status: 'draft',
    });
  });

  it('rejects a bad envelope', () => {
    const r = recordSchemas.journalEntry.safeParse({ ...envelope, id: 'x', updated: 'yesterday' });
    expect(messages(r)).toEqual([
      'id: Must be a UUID',
      'updated: Must be a hybrid logical clock timestamp',
    ]);
  });
});

describe('fieldsSchema', () => {
  it.each(RECORD_KINDS)('accepts the %s example as a mutation', (kind) => {
    expect(messages(fieldsSchema(kind).safeParse(examples[kind]))).toEqual([]);
  });

  it('accepts deleted and null to clear a date', () => {
    expect(fieldsSchema('action').safeParse({ deleted: true, due: null }).success).toBe(true);
  });

  it('rejects wrong types, unknown fields, envelope fields and empty changes', () => {
    expect(messages(fieldsSchema('aboutMe').safeParse({ enjoy: 42 }))).toEqual([
      'enjoy: Invalid input: expected string, received number',
    ]);
    expect(messages(fieldsSchema('aboutMe').safeParse({ favouriteColour: 'blue' }))[0]).toMatch(
      /Unrecognized key: "favouriteColour"/,
    );
    expect(fieldsSchema('aboutMe').safeParse({ updated: HLC }).success).toBe(false);
    expect(messages(fieldsSchema('journalEntry').safeParse({}))).toEqual([
      ': A change must set at least one field',
    ]);
    expect(fieldsSchema('action').safeParse({ status: 'finished' }).success).toBe(false);
    expect(fieldsSchema('action').safeParse({ due: '15/01/2026' }).success).toBe(false);
    expect(fieldsSchema('action').safeParse({ barrierAreas: ['money', 'money'] }).success).toBe(
      false,
    );
    expect(fieldsSchema('action').safeParse({ barrierAreas: ['weather'] }).success).toBe(false);
  });

  it('rejects over-long strings with the limit in the message', () => {
    expect(fieldsSchema('aboutMe').safeParse({ enjoy: 'a'.repeat(LONG_TEXT) }).success).toBe(true);
    expect(
      messages(fieldsSchema('aboutMe').safeParse({ enjoy: 'a'.repeat(LONG_TEXT + 1) })),
    ).toEqual([`enjoy: Must be ${LONG_TEXT} characters or fewer`]);
    expect(
      messages(fieldsSchema('action').safeParse({ ownerName: 'a'.repeat(SHORT_TEXT + 1) })),
    ).toEqual([`ownerName: Must be ${SHORT_TEXT} characters or fewer`]);
  });

  it('rejects check-in scores outside 1 to 10 or not whole', () => {
    const score = (value: number) =>
      messages(
        fieldsSchema('checkIn').safeParse({ scores: { confidence: { kind: 'score', value } } }),
      );
    expect(score(0)).toEqual(['scores.confidence.value: A score must be from 1 to 10']);
    expect(score(11)).toEqual(['scores.confidence.value: A score must be from 1 to 10']);
    expect(score(5.5)).toEqual(['scores.confidence.value: A score must be a whole number']);
    expect(score(1)).toEqual([]);
    expect(
      fieldsSchema('checkIn').safeParse({ scores: { weather: { kind: 'skipped' } } }).success,
    ).toBe(false);
  });

  it('limits My Values to five distinct choices', () => {
    const chosen = (ids: string[]) =>
      fieldsSchema('values').safeParse({ chosen: ids.map((id) => ({ id })) });
    expect(chosen(['a', 'b', 'c', 'd', 'e']).success).toBe(true);
    expect(messages(chosen(['a', 'b', 'c', 'd', 'e', 'f']))).toEqual([
      'chosen: Choose up to 5 values',
    ]);
    expect(messages(chosen(['a', 'a']))).toEqual(['chosen: Each value can be chosen once']);
  });

  it('rejects feedback helpfulness outside 5 points', () => {
    expect(fieldsSchema('feedback').safeParse({ helpful: 6 }).success).toBe(false);
    expect(fieldsSchema('feedback').safeParse({ helpful: 0 }).success).toBe(false);
  });
});

describe('kinds and sharing', () => {
  it('knows the record kinds', () => {
    expect(isRecordKind('action')).toBe(true);
    expect(isRecordKind('actions')).toBe(false);
  });

  it('keeps private records and draft feedback on the device', () => {
    const aboutMe = recordSchemas.aboutMe.parse(envelope);
    expect(isShareable('aboutMe', aboutMe)).toBe(false);
    expect(isShareable('aboutMe', { ...aboutMe, sharing: 'shared' })).toBe(true);
    const action = recordSchemas.action.parse(envelope);
    expect(isShareable('action', action)).toBe(true);
    expect(isShareable('action', { ...action, sharing: 'private' })).toBe(false);
    const feedback = recordSchemas.feedback.parse(envelope);
    expect(isShareable('feedback', feedback)).toBe(false);
    expect(isShareable('feedback', { ...feedback, status: 'sent' })).toBe(true);
    expect(isShareable('journalEntry', recordSchemas.journalEntry.parse(envelope))).toBe(true);
  });
});
