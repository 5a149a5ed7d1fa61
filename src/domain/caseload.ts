/**
 * One claimant on a coach's caseload, as `GET /api/coach/claimants` and
 * `GET /api/coach/claimants/:id` send it: the coach's pseudonymous label, when the claimant was
 * last active, their paired devices, an open pairing code (only when it expires, never the code)
 * and what the claimant changed since this coach last looked at their journal. A claimant whose
 * data was deleted at their request stays as a tombstone: `deleted` says when, and nothing else
 * is known (no activity, devices, code or changes). Shared by the server (which builds it) and
 * the coach console (which can parse it).
 */
import { z } from 'zod';
import { RECORD_KINDS } from './records';

const isoDateTime = z.iso.datetime({ offset: true, error: 'Must be an ISO 8601 date and time' });

export const caseloadEntrySchema = z.strictObject({
  id: z.uuid(),
  label: z.string().min(1).max(100),
  createdAt: isoDateTime,
  /** The latest of a device's last sync and the claimant's own latest change; null if neither. */
  lastActivity: isoDateTime.nullable(),
  /** When this coach last read the claimant's records or synced; null if never. */
  lastViewedAt: isoDateTime.nullable(),
  /** Paired devices that are not revoked. */
  devices: z.number().int().min(0),
  /** An unused pairing code that has not expired: only when it expires. */
  pairing: z.strictObject({ expiresAt: isoDateTime }).nullable(),
  /**
   * Shared records the claimant (not a coach) wrote or changed since this coach last looked,
   * and their kinds, each once, in RECORD_KINDS order.
   */
  whatsNew: z.strictObject({
    count: z.number().int().min(0),
    kinds: z.array(z.enum(RECORD_KINDS)),
  }),
  /** Everything about them was deleted at their request, on this date; null otherwise. */
  deleted: z.strictObject({ at: isoDateTime, reason: z.literal('claimantRequest') }).nullable(),
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;

export const caseloadResponseSchema = z.strictObject({ claimants: z.array(caseloadEntrySchema) });
export const caseloadEntryResponseSchema = z.strictObject({ claimant: caseloadEntrySchema });
