/**
 * One sync round trip (DESIGN.md "Sync protocol") for a claimant's device or their coach: in one
 * transaction, lock the claimant, apply the mutations, and read the changes since the cursor.
 * A coach's sync also marks the journal as seen up to the cursor it returns (what's new); a
 * device's sync notes the day, for the office report's "claimants using Waymark".
 * Timestamps too far in the future are refused before anything is written.
 */
import type { Database, Queryable } from '../db';
import { ClockDriftError, DEFAULT_MAX_DRIFT_MS, hlcWallTime } from '../../src/domain/hlc';
import type { Mutation, SyncResponse } from '../../src/domain/sync';
import { ApiError } from '../http/errors';
import { applyMutations, changesSince, lockClaimant, withRefusedRecords } from './records';
import type { Writer } from './records';
import { audit } from './audit';
import { markViewed } from './caseload';
import { claimantDeleted } from './claimants';
import { touchDevice } from './devices';

/** Notes that the claimant's phone synced today (UK days), for "claimants using Waymark". */
export async function noteSyncDay(tx: Queryable, claimantId: string): Promise<void> {
  await tx.query(
    `insert into claimant_sync_days (claimant_id, day)
     values ($1, (now() at time zone 'Europe/London')::date) on conflict do nothing`,
    [claimantId],
  );
}

/** Throws 400 when a mutation's clock is more than a day ahead of the server's. */
export function checkClockDrift(mutations: readonly Mutation[], now = Date.now()): void {
  for (const m of mutations) {
    const drift = hlcWallTime(m.hlc) - now;
    if (drift > DEFAULT_MAX_DRIFT_MS) {
      const error = new ClockDriftError(m.hlc, drift, DEFAULT_MAX_DRIFT_MS);
      throw new ApiError(
        400,
        'clock_drift',
        `This device's clock is ahead of the server's by more than a day (${error.driftMs} ms). Check the date and time on the device, then try again.`,
      );
    }
  }
}

export async function sync(
  db: Database,
  writer: Writer,
  request: { since: string; mutations: readonly Mutation[] },
): Promise<SyncResponse> {
  checkClockDrift(request.mutations);
  return db.transaction(async (tx) => {
    if (!(await lockClaimant(tx, writer.claimantId))) {
      // Deleted at the claimant's request while this request waited for the lock.
      if (writer.actor.kind === 'coach') throw claimantDeleted();
      throw new ApiError(401, 'unauthorized', 'This device is no longer connected.');
    }
    const applied = await applyMutations(tx, writer, request.mutations);
    const { acked } = applied;
    // Each refused change comes back with the record as it stands, so the phone can put back
    // the server's copy instead of keeping a value the server will never take.
    const rejected = await withRefusedRecords(
      tx,
      writer.claimantId,
      request.mutations,
      applied.rejected,
    );
    const { changes, cursor, more } = await changesSince(tx, writer.claimantId, request.since);
    if (writer.actor.kind === 'device') {
      await touchDevice(tx, writer.actor.id);
      await noteSyncDay(tx, writer.claimantId);
    } else {
      const actor = writer.actor;
      await markViewed(tx, actor.id, writer.claimantId, { upTo: cursor });
      const read = [...changes, ...rejected.flatMap((r) => (r.record ? [r.record] : []))];
      await audit(
        tx,
        read.map((c) => ({
          actor,
          action: 'record.read',
          claimantId: writer.claimantId,
          recordKind: c.recordKind,
          recordId: c.record.id,
        })),
      );
    }
    return { acked, ...(rejected.length > 0 ? { rejected } : {}), changes, cursor, more };
  });
}
