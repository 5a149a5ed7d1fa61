/**
 * The local database's name and its record tables' names, on their own so code that must not
 * load Dexie (quickRead.ts, for the first screen) can share them with db.ts.
 */
import type { RecordKind } from '../domain/records';

export const DEFAULT_DB_NAME = 'waymark';

/** Table name for each record kind. */
export const TABLE_FOR_KIND = {
  aboutMe: 'aboutMe',
  values: 'values',
  fourSteps: 'fourSteps',
  action: 'actions',
  checkIn: 'checkIns',
  feedback: 'feedback',
  appointment: 'appointments',
  appointmentPack: 'appointmentPacks',
  journalEntry: 'journalEntries',
} as const satisfies Record<RecordKind, string>;
export type RecordTableName = (typeof TABLE_FOR_KIND)[RecordKind];
