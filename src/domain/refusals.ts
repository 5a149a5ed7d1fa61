/**
 * Changes the server refused (a field only the work coach may change, or an agreed requirement
 * the claimant tried to hide or remove), as the phone remembers them to tell the person: which
 * record, why in a word, and when. The sync engine puts the server's copy back and notes one;
 * the home page says so, once, until the person presses "Got it". Kept in the `meta` table under
 * one key (`refusedChanges`): a short list, the newest last, at most MAX_REFUSED_NOTICES, one per
 * record. Pure: no IO, so the home page can read it without the database code.
 */
import type { RecordKind } from './records';

/** Why the server's copy was put back, in the words the home page uses. */
export type RefusalCode = 'requirementHidden' | 'requirementDeleted' | 'coachOnly';

export interface RefusedChange {
  recordKind: RecordKind;
  recordId: string;
  code: RefusalCode;
  /** When the phone learned of it (ms since the epoch). */
  at: number;
}

export const MAX_REFUSED_NOTICES = 20;

const CODES: ReadonlySet<string> = new Set([
  'requirementHidden',
  'requirementDeleted',
  'coachOnly',
]);

/**
 * Why the server refused a change, from what the change set and the record the server holds:
 * hiding or removing an action that the coach has made an agreed requirement, or else a part
 * that only the coach can change (on their appointment or action, or their message).
 */
export function refusalCode(
  kind: RecordKind,
  fields: Readonly<Record<string, unknown>>,
  server: Readonly<Record<string, unknown>>,
): RefusalCode {
  if (kind === 'action' && server.requirement === 'agreedRequirement') {
    if (fields.deleted === true) return 'requirementDeleted';
    if (fields.sharing === 'private') return 'requirementHidden';
  }
  return 'coachOnly';
}

function isNotice(value: unknown): value is RefusedChange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.recordKind === 'string' &&
    typeof v.recordId === 'string' &&
    typeof v.code === 'string' &&
    CODES.has(v.code) &&
    typeof v.at === 'number'
  );
}

/** The notices in a stored value (anything unreadable is left out). */
export function refusedChangesFrom(value: unknown): RefusedChange[] {
  return Array.isArray(value) ? value.filter(isNotice) : [];
}

const keyOf = (notice: Pick<RefusedChange, 'recordKind' | 'recordId'>) =>
  `${notice.recordKind}:${notice.recordId}`;

/**
 * The list with `added` noted: a newer notice about a record replaces an older one (the person
 * hears once about each record), newest last, and only the newest MAX_REFUSED_NOTICES are kept.
 */
export function withRefusedChanges(
  existing: readonly RefusedChange[],
  added: readonly RefusedChange[],
): RefusedChange[] {
  const newer = new Set(added.map(keyOf));
  const latest = new Map<string, RefusedChange>();
  for (const notice of added) latest.set(keyOf(notice), notice);
  const kept = existing.filter((notice) => !newer.has(keyOf(notice)));
  return [...kept, ...latest.values()].slice(-MAX_REFUSED_NOTICES);
}

/** The list without the notices the person has read ("Got it"); newer ones stay. */
export function withoutRefusedChanges(
  existing: readonly RefusedChange[],
  read: readonly RefusedChange[],
): RefusedChange[] {
  return existing.filter(
    (notice) => !read.some((r) => keyOf(r) === keyOf(notice) && r.at === notice.at),
  );
}
