/**
 * Who may write which record kind and field (DESIGN.md "Records"). Checked per mutation against
 * the record as the server holds it; a refused mutation is reported back with the reason and
 * changes nothing. Returns the reason, or undefined when the write is allowed.
 *
 * - About Me, values, 4 Steps, check-ins and feedback are the claimant's alone.
 * - Actions: both sides write them, but only a coach makes one an agreed requirement, and the
 *   claimant cannot undo, delete or hide one. Sharing is the claimant's choice, not the coach's; a
 *   coach cannot edit an action the claimant made private.
 * - Appointments belong to whoever made them (`source`); on a coach's appointment the claimant
 *   may only ask for adjustments. Whether a claimant's own appointment is shared is theirs to say.
 * - "Before your appointment" packs are the claimant's alone.
 * - Journal entries belong to their author.
 */
import type { RecordKind } from '../../src/domain/records';

export type Role = 'claimant' | 'coach';

type Fields = Readonly<Record<string, unknown>>;
type Stored = Readonly<Record<string, unknown>> | undefined;

const CLAIMANT_ONLY: ReadonlySet<RecordKind> = new Set([
  'aboutMe',
  'values',
  'fourSteps',
  'checkIn',
  'feedback',
  'appointmentPack',
]);

/** Fields of a coach's appointment that the claimant may write. */
const CLAIMANT_FIELDS_ON_COACH_APPOINTMENT: ReadonlySet<string> = new Set(['adjustments']);

function has(fields: Fields, name: string): boolean {
  return Object.hasOwn(fields, name) && fields[name] !== undefined;
}

/** The owner field (`source`, `author`) must name the writer, and may not change hands. */
function ownedBy(field: string, role: Role, current: Stored, fields: Fields): string | undefined {
  const owner = current?.[field];
  if (current !== undefined && owner !== undefined && owner !== role) {
    return `Only the ${owner === 'coach' ? 'work coach' : 'claimant'} can change this.`;
  }
  if (has(fields, field) && fields[field] !== role) return `${field} must be '${role}'.`;
  if (owner === undefined && !has(fields, field)) return `A new record must set ${field}.`;
  return undefined;
}

function action(role: Role, current: Stored, fields: Fields): string | undefined {
  if (role === 'coach') {
    if (has(fields, 'sharing')) return 'Only the claimant chooses whether an action is shared.';
    if (current?.sharing === 'private') return 'The claimant has made this action private.';
    return undefined;
  }
  if (fields.requirement === 'agreedRequirement') {
    return 'Only a work coach can make an action an agreed requirement.';
  }
  if (current?.requirement === 'agreedRequirement') {
    if (has(fields, 'requirement')) {
      return 'Only a work coach can change an agreed requirement.';
    }
    if (fields.deleted === true) return 'Only a work coach can remove an agreed requirement.';
    if (fields.sharing === 'private') {
      return 'An agreed requirement stays shared with the work coach.';
    }
  }
  return undefined;
}

function appointment(role: Role, current: Stored, fields: Fields): string | undefined {
  if (role === 'claimant' && current?.source === 'coach') {
    const other = Object.keys(fields).filter(
      (f) => fields[f] !== undefined && !CLAIMANT_FIELDS_ON_COACH_APPOINTMENT.has(f),
    );
    return other.length === 0
      ? undefined
      : `Only the work coach can change ${other.join(', ')} on their appointment.`;
  }
  return ownedBy('source', role, current, fields);
}

export function checkWrite(
  role: Role,
  kind: RecordKind,
  current: Stored,
  fields: Fields,
): string | undefined {
  if (CLAIMANT_ONLY.has(kind)) {
    return role === 'claimant' ? undefined : `Only the claimant can write their ${kind}.`;
  }
  switch (kind) {
    case 'action':
      return action(role, current, fields);
    case 'appointment':
      return appointment(role, current, fields);
    case 'journalEntry':
      return ownedBy('author', role, current, fields);
    default:
      return undefined;
  }
}
