/**
 * The coach console's API for the coach's own caseload (session cookie): list claimants with
 * what's new (services/caseload.ts), show or add one, new pairing codes, list and revoke a claimant's devices, read their shared records
 * (audited), and write the coach's own records through the same sync round trip as a device.
 * Reading the records or syncing marks the claimant's journal as seen by this coach.
 * A claimant who is not on this coach's caseload is "not found", whatever the reason. One whose
 * data was deleted at their request stays on the caseload as a tombstone (label and when): every
 * read or write of their journal is `410 claimant_deleted`, and nothing is kept to read; the
 * coach may take the tombstone off the caseload.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database, Queryable } from '../db';
import { syncRequestSchema } from '../../src/domain/sync';
import { requireCoach } from '../auth/request-auth';
import { ApiError } from '../http/errors';
import { audit } from '../services/audit';
import { caseloadEntry, listCaseload, markViewed } from '../services/caseload';
import {
  addClaimant,
  claimantDeleted,
  findOwnClaimant,
  holdClaimant,
  removeTombstone,
} from '../services/claimants';
import type { Claimant } from '../services/claimants';
import type { Coach } from '../services/coaches';
import { listDevices, revokeDevice } from '../services/devices';
import { createPairingCode } from '../services/pairing';
import { sharedRecords } from '../services/records';
import { sync } from '../services/sync';

const newClaimantBody = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, 'label must not be empty')
    .max(100, 'label must be 100 characters or fewer'),
});

const coachSyncBody = syncRequestSchema.omit({ deviceId: true });

type WithId = { Params: { id: string } };

const NOT_FOUND = () =>
  new ApiError(404, 'not_found', 'There is no such claimant on your caseload.');

/** The signed-in coach and their claimant `:id`, or 401 / 404, or 410 when deleted at their request. */
async function ownClaimant(
  db: Database,
  request: FastifyRequest<WithId>,
): Promise<{ coach: Coach; claimant: Claimant }> {
  const coach = await requireCoach(db, request);
  const claimant = await findOwnClaimant(db, coach.id, request.params.id);
  if (!claimant) throw NOT_FOUND();
  if (claimant.deletedAt) throw claimantDeleted(claimant.deletedAt);
  return { coach, claimant };
}

/** Inside a transaction: the claimant cannot be deleted until it ends; 410 if they just were. */
async function hold(tx: Queryable, claimant: Claimant): Promise<void> {
  if (!(await holdClaimant(tx, claimant.id))) throw claimantDeleted();
}

export async function coachClaimantRoutes(
  app: FastifyInstance,
  options: { db: Database },
): Promise<void> {
  const { db } = options;

  app.get('/api/coach/claimants', async (request) => {
    const coach = await requireCoach(db, request);
    return { claimants: await listCaseload(db, coach.id) };
  });

  app.get<WithId>('/api/coach/claimants/:id', async (request) => {
    const coach = await requireCoach(db, request);
    const claimant = await caseloadEntry(db, coach.id, request.params.id);
    if (!claimant) throw NOT_FOUND();
    return { claimant };
  });

  app.post('/api/coach/claimants', async (request, reply) => {
    const coach = await requireCoach(db, request);
    const { label } = newClaimantBody.parse(request.body);
    const created = await db.transaction(async (tx) => {
      const { id } = await addClaimant(tx, coach, label);
      const pairing = await createPairingCode(tx, id, coach.id);
      const actor = { kind: 'coach', id: coach.id } as const;
      await audit(tx, [
        { actor, action: 'claimant.create', claimantId: id },
        { actor, action: 'pairing_code.create', claimantId: id },
      ]);
      return { claimant: await caseloadEntry(tx, coach.id, id), pairing };
    });
    reply.code(201);
    return created;
  });

  // A tombstone (deleted at the claimant's request) can be taken off the caseload: the row with
  // the coach's label goes; the audit log keeps that it was deleted, and that it was removed.
  app.post<WithId>('/api/coach/claimants/:id/remove', async (request, reply) => {
    const coach = await requireCoach(db, request);
    const claimant = await findOwnClaimant(db, coach.id, request.params.id);
    if (!claimant) throw NOT_FOUND();
    if (!claimant.deletedAt) {
      throw new ApiError(
        409,
        'not_deleted',
        'Only a claimant whose information was deleted at their request can be removed from your caseload.',
      );
    }
    await db.transaction(async (tx) => {
      await removeTombstone(tx, coach.id, claimant.id);
      await audit(tx, {
        actor: { kind: 'coach', id: coach.id },
        action: 'claimant.remove',
        claimantId: claimant.id,
      });
    });
    reply.code(204);
  });

  app.post<WithId>('/api/coach/claimants/:id/pairing-codes', async (request, reply) => {
    const { coach, claimant } = await ownClaimant(db, request);
    const pairing = await db.transaction(async (tx) => {
      await hold(tx, claimant);
      const code = await createPairingCode(tx, claimant.id, coach.id);
      await audit(tx, {
        actor: { kind: 'coach', id: coach.id },
        action: 'pairing_code.create',
        claimantId: claimant.id,
      });
      return code;
    });
    reply.code(201);
    return { pairing };
  });

  app.get<WithId>('/api/coach/claimants/:id/devices', async (request) => {
    const { claimant } = await ownClaimant(db, request);
    return { devices: await listDevices(db, claimant.id) };
  });

  app.post<{ Params: { id: string; deviceId: string } }>(
    '/api/coach/claimants/:id/devices/:deviceId/revoke',
    async (request) => {
      const { coach, claimant } = await ownClaimant(db, request);
      return db.transaction(async (tx) => {
        await hold(tx, claimant);
        const device = await revokeDevice(tx, claimant.id, request.params.deviceId);
        if (!device) throw new ApiError(404, 'not_found', 'There is no such device.');
        await audit(tx, {
          actor: { kind: 'coach', id: coach.id },
          action: 'device.revoke',
          claimantId: claimant.id,
          detail: { deviceId: device.id },
        });
        return { device };
      });
    },
  );

  app.get<WithId>('/api/coach/claimants/:id/records', async (request) => {
    const { coach, claimant } = await ownClaimant(db, request);
    return db.transaction(async (tx) => {
      await hold(tx, claimant);
      // Marked first: a change that lands while this reads counts as new next time.
      await markViewed(tx, coach.id, claimant.id);
      const records = await sharedRecords(tx, claimant.id);
      await audit(
        tx,
        records.map((r) => ({
          actor: { kind: 'coach', id: coach.id } as const,
          action: 'record.read',
          claimantId: claimant.id,
          recordKind: r.recordKind,
          recordId: r.record.id,
        })),
      );
      return { records };
    });
  });

  app.post<WithId>('/api/coach/claimants/:id/sync', async (request) => {
    const { coach, claimant } = await ownClaimant(db, request);
    const body = coachSyncBody.parse(request.body);
    return sync(
      db,
      { role: 'coach', claimantId: claimant.id, actor: { kind: 'coach', id: coach.id } },
      body,
    );
  });
}
