/**
 * Where a coach appointment's "Before your appointment" pack lives. Its id comes from the
 * appointment's (the first 8 hex digits inverted, so still a valid UUID of the same version):
 * the claimant's phones all write to the same pack for one appointment, without a lookup.
 */
import { APPOINTMENTS_PATH } from './paths';

export function packIdFor(appointmentId: string): string {
  const head = appointmentId.slice(0, 8);
  const flipped = [...head].map((c) => (15 - parseInt(c, 16)).toString(16)).join('');
  return `${flipped}${appointmentId.slice(8)}`.toLowerCase();
}

export function packPath(appointmentId: string): string {
  return `${APPOINTMENTS_PATH}/${appointmentId}/prepare`;
}

export function packPrintPath(appointmentId: string): string {
  return `${packPath(appointmentId)}/print`;
}

export type PackState = 'notStarted' | 'started' | 'ready';

/** How far the pack has got, for the tag on the appointment: not started, started, ready. */
export function packState(pack: { status?: string } | null | undefined): PackState {
  if (!pack) return 'notStarted';
  return pack.status === 'done' ? 'ready' : 'started';
}
