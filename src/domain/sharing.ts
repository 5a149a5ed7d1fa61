/**
 * Which records may leave the device (DESIGN.md "Records" and "Sync protocol"): the claimant
 * chooses for About Me, My Values, My 4 Steps and check-ins (private until shared); actions are
 * shared once paired unless marked private; feedback is sent once the claimant sends it;
 * appointments and journal entries belong to the shared timeline.
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
    default:
      return true;
  }
}
