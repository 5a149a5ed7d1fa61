/**
 * Which records may leave the device (DESIGN.md "Records" and "Sync protocol"): the claimant
 * chooses for About Me, My Values, My 4 Steps and check-ins (private until shared); actions are
 * shared once paired unless marked private; feedback is sent once the claimant sends it;
 * the coach's appointments and journal entries belong to the shared timeline; an appointment
 * the claimant added, and a "Before your appointment" pack, only once the claimant shares it.
 */
import type { RecordByKind, RecordKind } from './records';

export function isShareable<K extends RecordKind>(kind: K, record: RecordByKind[K]): boolean {
  const r = record as Partial<Record<'sharing' | 'status', string>>;
  switch (kind) {
    case 'aboutMe':
    case 'values':
    case 'fourSteps':
    case 'checkIn':
      return r.sharing === 'shared';
    case 'action':
      return r.sharing !== 'private';
    case 'feedback':
      return r.status === 'sent';
    case 'appointmentPack':
      return r.sharing === 'shared';
    case 'appointment':
      // The coach's appointments are on the shared timeline; one the claimant added (a GP
      // visit, a course) stays on the phone unless they share it.
      return (record as { source?: string }).source !== 'claimant' || r.sharing === 'shared';
    default:
      return true;
  }
}
