/**
 * Record kinds (DESIGN.md "Records") as zod schemas and inferred types. Each kind has its own
 * fields (what a mutation may set, per field last-writer-wins) on top of the common envelope:
 * id, created, updated (HLC), deleted and fieldClocks. Every answer is optional because every
 * question can be skipped; `null` clears a date, choice or number. Strings and lists are bounded.
 */
import { z } from 'zod';
import { BARRIER_AREAS } from './barriers';
import { CHECK_IN_CLOSING_STEPS } from './checkInSteps';
import { isHlc } from './hlc';
import { PACK_ADJUSTMENTS, PACK_TASKS, PACK_TOPICS } from './pack';
import {
  LONG_TEXT,
  MAX_REVIEWS,
  MAX_VALUES,
  MEDIUM_TEXT,
  RECORD_DEFAULTS,
  SHORT_TEXT,
  type RecordKind,
} from './recordKinds';

export {
  ENVELOPE_FIELDS,
  LONG_TEXT,
  MAX_REVIEWS,
  MAX_VALUES,
  MEDIUM_TEXT,
  RECORD_DEFAULTS,
  RECORD_KINDS,
  SHORT_TEXT,
  isRecordKind,
  type RecordKind,
} from './recordKinds';

const text = (max: number) => z.string().max(max, `Must be ${max} characters or fewer`);
const longText = text(LONG_TEXT);
const mediumText = text(MEDIUM_TEXT);
const shortText = text(SHORT_TEXT);
const isoDateTime = z.iso.datetime({ offset: true, error: 'Must be an ISO 8601 date and time' });
const isoDate = z.iso.date({ error: 'Must be a date written YYYY-MM-DD' });
export const hlcSchema = z.string().refine(isHlc, 'Must be a hybrid logical clock timestamp');
const barrierArea = z.enum(BARRIER_AREAS, { error: 'Must be one of the barrier areas' });
const barrierAreas = z
  .array(barrierArea)
  .max(BARRIER_AREAS.length)
  .refine((a) => new Set(a).size === a.length, 'Each barrier area can be chosen once');

export const sharingSchema = z.enum(['private', 'shared']);
export type Sharing = z.infer<typeof sharingSchema>;
const draftOrDone = z.enum(['draft', 'done']);
const yesPartlyNo = z.enum(['yes', 'partly', 'no']);

export const checkInScoreSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('score'),
    value: z
      .number()
      .int('A score must be a whole number')
      .min(1, 'A score must be from 1 to 10')
      .max(10, 'A score must be from 1 to 10'),
    note: mediumText.optional(),
  }),
  z.strictObject({ kind: z.literal('changesTooMuch'), note: mediumText.optional() }),
  z.strictObject({ kind: z.literal('skipped'), note: mediumText.optional() }),
]);
export type CheckInScore = z.infer<typeof checkInScoreSchema>;

const chosenValue = z.strictObject({
  /** A value id from the list, or a claimant-made id (for example 'own-1') with `custom` text. */
  id: z.string().min(1).max(64),
  custom: shortText.optional(),
  why: longText.optional(),
  /** What this value could mean for what the claimant does next, in their own words. */
  next: longText.optional(),
});

const goalReview = z.strictObject({
  at: isoDateTime,
  outcome: z.enum(['wentWell', 'partly', 'notYet']),
  learned: mediumText.optional(),
});

/** The fields a claimant or coach writes, per kind: what a mutation may carry (besides `deleted`). */
export const ownFieldShapes = {
  aboutMe: {
    enjoy: longText,
    goodAt: longText,
    proudOf: longText,
    healthEffects: longText,
    previousWork: longText,
    supportNeeded: longText,
    coachShouldKnow: longText,
    status: draftOrDone,
    completedAt: isoDateTime.nullable(),
    sharing: sharingSchema,
  },
  values: {
    chosen: z
      .array(chosenValue)
      .max(MAX_VALUES, `Choose up to ${MAX_VALUES} values`)
      .refine(
        (a) => new Set(a.map((v) => v.id)).size === a.length,
        'Each value can be chosen once',
      ),
    status: draftOrDone,
    completedAt: isoDateTime.nullable(),
    sharing: sharingSchema,
  },
  fourSteps: {
    goal: mediumText,
    bestOutcome: mediumText,
    obstacle: mediumText,
    ifThen: z.strictObject({ if: mediumText.optional(), then: mediumText.optional() }),
    barrierAreas,
    reviews: z.array(goalReview).max(MAX_REVIEWS),
    status: draftOrDone,
    completedAt: isoDateTime.nullable(),
    sharing: sharingSchema,
  },
  action: {
    text: mediumText,
    barrierAreas,
    type: z
      .enum(['health', 'skills', 'jobSearch', 'referral', 'moneyHousing', 'confidence', 'other'])
      .nullable(),
    owner: z.enum(['me', 'coach', 'someoneElse']).nullable(),
    ownerName: shortText,
    referralProvider: shortText,
    proposedBy: z.enum(['claimant', 'coach']),
    /** Only a coach sets 'agreedRequirement'; the server enforces that. */
    requirement: z.enum(['voluntary', 'agreedRequirement']),
    due: isoDate.nullable(),
    review: isoDate.nullable(),
    status: z.enum(['toDo', 'inProgress', 'done', 'dropped']),
    statusReason: mediumText,
    sharing: sharingSchema,
  },
  checkIn: {
    scores: z.partialRecord(barrierArea, checkInScoreSchema),
    wantToWork: z.enum(['notAtAll', 'aLittle', 'someExtent', 'greatExtent']).nullable(),
    feelAboutWork: z.enum(['healthRulesOut', 'mightInFuture', 'couldNow']).nullable(),
    feelingToday: shortText,
    /** Where a half-done check-in was left, so it resumes on that screen. */
    step: z.union([barrierArea, z.enum(CHECK_IN_CLOSING_STEPS)]).nullable(),
    takenAt: isoDateTime,
    status: draftOrDone,
    sharing: sharingSchema,
  },
  feedback: {
    about: z.enum(['appointment', 'course', 'referral', 'app']),
    aboutId: z.string().max(100),
    helpful: z
      .number()
      .int('Helpfulness must be a whole number')
      .min(1, 'Helpfulness must be from 1 to 5')
      .max(5, 'Helpfulness must be from 1 to 5')
      .nullable(),
    listenedTo: yesPartlyNo.nullable(),
    rightForMe: yesPartlyNo.nullable(),
    comment: longText,
    anonymous: z.boolean(),
    /** A draft stays on the device; 'sent' queues it for the server. */
    status: z.enum(['draft', 'sent']),
    sentAt: isoDateTime.nullable(),
  },
  appointment: {
    at: isoDateTime,
    how: z.enum(['inPerson', 'phone', 'video']).nullable(),
    place: shortText,
    withWhom: shortText,
    prepare: mediumText,
    adjustments: z.array(shortText).max(20),
    notes: longText,
    status: z.enum(['booked', 'changed', 'cancelled']),
    source: z.enum(['coach', 'claimant']),
    /**
     * Only for an appointment the claimant added (a course, a GP visit): private to the phone
     * unless they share it. A coach's appointment is always on the shared timeline.
     */
    sharing: sharingSchema,
  },
  /** "Before your appointment": the claimant's preparation for one of the coach's appointments. */
  appointmentPack: {
    appointmentId: z.uuid('Must be a UUID'),
    /** The short task list, ticked by the claimant. */
    ticked: z
      .array(z.enum(PACK_TASKS))
      .max(PACK_TASKS.length)
      .refine((a) => new Set(a).size === a.length, 'Each task can be ticked once'),
    topics: z
      .array(z.enum(PACK_TOPICS))
      .max(PACK_TOPICS.length)
      .refine((a) => new Set(a).size === a.length, 'Each topic can be chosen once'),
    talkAbout: longText,
    easier: z
      .array(z.enum(PACK_ADJUSTMENTS))
      .max(PACK_ADJUSTMENTS.length)
      .refine((a) => new Set(a).size === a.length, 'Each choice can be made once'),
    easierOther: mediumText,
    status: draftOrDone,
    completedAt: isoDateTime.nullable(),
    sharing: sharingSchema,
  },
  journalEntry: {
    author: z.enum(['claimant', 'coach']),
    text: longText,
  },
} as const satisfies Record<RecordKind, z.ZodRawShape>;

/** A record's id: a UUID. */
export const recordIdSchema = z.uuid('Must be a UUID');

const envelope = {
  id: recordIdSchema,
  created: isoDateTime,
  updated: hlcSchema,
  deleted: z.boolean(),
  fieldClocks: z.record(z.string().max(64), hlcSchema),
};

function recordSchema<K extends RecordKind, D extends z.ZodRawShape>(kind: K, defaults: D) {
  return z.object(envelope).extend(z.object(ownFieldShapes[kind]).partial().shape).extend(defaults);
}

const d = RECORD_DEFAULTS;
export const aboutMeSchema = recordSchema('aboutMe', {
  sharing: sharingSchema.default(d.aboutMe.sharing),
  status: draftOrDone.default(d.aboutMe.status),
});
export const valuesSchema = recordSchema('values', {
  sharing: sharingSchema.default(d.values.sharing),
  status: draftOrDone.default(d.values.status),
});
export const fourStepsSchema = recordSchema('fourSteps', {
  sharing: sharingSchema.default(d.fourSteps.sharing),
  status: draftOrDone.default(d.fourSteps.status),
});
export const actionSchema = recordSchema('action', {
  sharing: sharingSchema.default(d.action.sharing),
  requirement: ownFieldShapes.action.requirement.default(d.action.requirement),
  status: ownFieldShapes.action.status.default(d.action.status),
});
export const checkInSchema = recordSchema('checkIn', {
  sharing: sharingSchema.default(d.checkIn.sharing),
  status: draftOrDone.default(d.checkIn.status),
});
export const feedbackSchema = recordSchema('feedback', {
  anonymous: z.boolean().default(d.feedback.anonymous),
  status: ownFieldShapes.feedback.status.default(d.feedback.status),
});
export const appointmentSchema = recordSchema('appointment', {
  status: ownFieldShapes.appointment.status.default(d.appointment.status),
});
export const appointmentPackSchema = recordSchema('appointmentPack', {
  sharing: sharingSchema.default(d.appointmentPack.sharing),
  status: draftOrDone.default(d.appointmentPack.status),
});
export const journalEntrySchema = recordSchema('journalEntry', {});

export const recordSchemas = {
  aboutMe: aboutMeSchema,
  values: valuesSchema,
  fourSteps: fourStepsSchema,
  action: actionSchema,
  checkIn: checkInSchema,
  feedback: feedbackSchema,
  appointment: appointmentSchema,
  appointmentPack: appointmentPackSchema,
  journalEntry: journalEntrySchema,
} as const satisfies Record<RecordKind, z.ZodObject>;

export type AboutMe = z.infer<typeof aboutMeSchema>;
export type Values = z.infer<typeof valuesSchema>;
export type FourSteps = z.infer<typeof fourStepsSchema>;
export type Action = z.infer<typeof actionSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Appointment = z.infer<typeof appointmentSchema>;
export type AppointmentPack = z.infer<typeof appointmentPackSchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type RecordByKind = { [K in RecordKind]: z.infer<(typeof recordSchemas)[K]> };
export type AnyRecord = RecordByKind[RecordKind];
/** The envelope every record carries. */
export type RecordEnvelope = z.infer<z.ZodObject<typeof envelope>>;

function fieldsSchemaFor<K extends RecordKind>(kind: K) {
  return z
    .strictObject({ ...ownFieldShapes[kind], deleted: z.boolean() })
    .partial()
    .refine((f) => Object.keys(f).length > 0, 'A change must set at least one field');
}

export const fieldsSchemas = {
  aboutMe: fieldsSchemaFor('aboutMe'),
  values: fieldsSchemaFor('values'),
  fourSteps: fieldsSchemaFor('fourSteps'),
  action: fieldsSchemaFor('action'),
  checkIn: fieldsSchemaFor('checkIn'),
  feedback: fieldsSchemaFor('feedback'),
  appointment: fieldsSchemaFor('appointment'),
  appointmentPack: fieldsSchemaFor('appointmentPack'),
  journalEntry: fieldsSchemaFor('journalEntry'),
} as const;

/** The fields a mutation of kind K may carry: a partial set of its own fields, plus `deleted`. */
export type FieldsByKind = { [K in RecordKind]: z.infer<(typeof fieldsSchemas)[K]> };
export type AnyFields = FieldsByKind[RecordKind];

/** Validates what a mutation carries: a non-empty partial set of the kind's own fields. */
export function fieldsSchema<K extends RecordKind>(kind: K): (typeof fieldsSchemas)[K] {
  return fieldsSchemas[kind];
}

export interface FieldIssue {
  /** Dotted path to the field, for example 'scores.mentalHealth.value'. */
  path: string;
  message: string;
}

/** Flattens a zod error into plain path + message pairs. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
