/** What the coach API returns (server/README.md "The coach's journal API"), as the console reads it. */
import type { RecordKind } from '../domain/records';

export interface CaseloadClaimant {
  id: string;
  label: string;
  createdAt: string;
  /** The latest of a device's last visit and the claimant's own latest change. */
  lastActivity: string | null;
  /** Connected (not revoked) phones. */
  devices: number;
  /** An unused pairing code is waiting (the code itself is never stored). */
  pairing: { expiresAt: string } | null;
  /** Changes the claimant made since this coach last opened their journal. */
  whatsNew: { count: number; kinds: RecordKind[] };
  /** Everything about them was deleted at their request, on this date (only the label is left). */
  deleted: { at: string; reason: 'claimantRequest' } | null;
}

export interface Pairing {
  code: string;
  /** A path: /pair?code=… */
  link: string;
  expiresAt: string;
}

export interface Device {
  id: string;
  label: string | null;
  createdAt: string;
  lastSeen: string | null;
  revokedAt: string | null;
}
