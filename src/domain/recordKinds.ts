/**
 * The record kinds, their text limits and what a new record starts with: the plain facts about
 * records that pages, the merge and the local database need, without zod. The zod schemas that
 * check a change before it is saved are in records.ts, which re-exports all of this; the app loads
 * them only when it first saves (data/repository.ts), so a page that only shows records does not
 * wait for zod (about 25 KB brotli and 40 ms of start-up at 4× CPU; BENCHMARKS.md, issue 8).
 */
export const RECORD_KINDS = [
  'aboutMe',
  'values',
  'fourSteps',
  'action',
  'checkIn',
  'feedback',
  'appointment',
  'appointmentPack',
  'journalEntry',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(s: unknown): s is RecordKind {
  return typeof s === 'string' && (RECORD_KINDS as readonly string[]).includes(s);
}

export const LONG_TEXT = 20_000;
export const MEDIUM_TEXT = 2_000;
export const SHORT_TEXT = 500;
export const MAX_VALUES = 5;
export const MAX_REVIEWS = 50;

/** Values a new record starts with (no field clock, so any write wins over them). */
export const RECORD_DEFAULTS = {
  aboutMe: { sharing: 'private', status: 'draft' },
  values: { sharing: 'private', status: 'draft' },
  fourSteps: { sharing: 'private', status: 'draft' },
  action: { sharing: 'shared', requirement: 'voluntary', status: 'toDo' },
  checkIn: { sharing: 'private', status: 'draft' },
  feedback: { anonymous: false, status: 'draft' },
  appointment: { status: 'booked' },
  appointmentPack: { sharing: 'private', status: 'draft' },
  journalEntry: {},
} as const satisfies Record<RecordKind, Record<string, unknown>>;

/** Envelope fields that no mutation may set directly. */
export const ENVELOPE_FIELDS = ['id', 'created', 'updated', 'fieldClocks'] as const;
