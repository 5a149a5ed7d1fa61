/**
 * "Before your appointment" (issue 6): what a pack offers, and when one counts as ready.
 *
 * The task list, the topics (from the Health and Work Conversation survey's subjects) and the
 * changes that would make an appointment easier are fixed lists, so they read the same on the
 * phone, in the coach's journal and in the office report, in English and Welsh.
 */
export const PACK_TASKS = ['aboutMe', 'checkIn', 'actionPlan'] as const;
export type PackTask = (typeof PACK_TASKS)[number];

export const PACK_TOPICS = ['healthAndWork', 'money', 'benefitClaim', 'training'] as const;
export type PackTopic = (typeof PACK_TOPICS)[number];

export const PACK_ADJUSTMENTS = [
  'phoneInstead',
  'privateRoom',
  'someoneWithMe',
  'extraTime',
  'interpreter',
  'britishSignLanguage',
  'easyRead',
] as const;
export type PackAdjustment = (typeof PACK_ADJUSTMENTS)[number];

interface PackLike {
  status?: 'draft' | 'done';
  completedAt?: string | null;
  deleted?: boolean;
}

/**
 * True when the pack was marked ready before the appointment began (a pack finished during or
 * after the appointment did not help prepare for it, so the office report does not count it).
 */
export function packReadyBefore(pack: PackLike, appointmentAt: string | undefined): boolean {
  if (pack.deleted || pack.status !== 'done' || !pack.completedAt || !appointmentAt) return false;
  const done = Date.parse(pack.completedAt);
  const start = Date.parse(appointmentAt);
  return !Number.isNaN(done) && !Number.isNaN(start) && done < start;
}

/** The pack for an appointment, among all packs (the newest wins if there were ever two). */
export function packFor<T extends { appointmentId?: string; updated: string; deleted?: boolean }>(
  packs: readonly T[],
  appointmentId: string,
): T | undefined {
  let found: T | undefined;
  for (const p of packs) {
    if (p.deleted || p.appointmentId !== appointmentId) continue;
    if (!found || p.updated > found.updated) found = p;
  }
  return found;
}
