/**
 * Who made the change that replaced a local edit, told from its clock's node id. A work coach
 * writes with a node id that starts with "coach" (for example `coach.<their id>`). Anything
 * else (another phone's device id, the server, or a missing clock in a conflict kept before
 * database version 3) cannot be told apart for sure, so the app uses neutral words for it.
 */
import { isHlc, parseHlc } from '../domain/hlc';

export type ConflictSource = 'coach' | 'elsewhere';

export function conflictSource(remoteHlc: string | undefined): ConflictSource {
  if (!isHlc(remoteHlc)) return 'elsewhere';
  return /^coach(?:$|[.:_-])/i.test(parseHlc(remoteHlc).node) ? 'coach' : 'elsewhere';
}
