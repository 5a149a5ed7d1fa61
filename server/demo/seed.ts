/**
 * The demo office (npm run demo): a demo work coach, seven claimants with a phone (six of them
 * with months of history, server/demo/people/), and a new claimant waiting to pair. Everything
 * goes in the way the real thing does: claimants added and phones paired through the pairing
 * service, every change a mutation checked with the sync protocol's schema and applied by the same
 * code as POST /api/sync, as the claimant's device or as the coach, with hybrid logical clocks at
 * the story's times.
 * Only the bookkeeping the services set to "now" (when a claimant was added, a phone paired and
 * last synced, and the days a phone synced, which the office report counts) is put at the story's
 * times afterwards.
 *
 * Idempotent: a claimant already on the demo coach's caseload is left as it is, so running it
 * again adds nothing. The story's day 0 is the day the demo coach was created, so the dates stay
 * the same on every run.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db';
import { addCoach } from '../cli/coach-add';
import { createClock } from '../../src/domain/hlc';
import type { Clock } from '../../src/domain/hlc';
import { mutationSchema } from '../../src/domain/sync';
import type { Mutation } from '../../src/domain/sync';
import { audit } from '../services/audit';
import { markViewed } from '../services/caseload';
import { addClaimant } from '../services/claimants';
import type { Coach } from '../services/coaches';
import { createPairingCode, redeemPairingCode } from '../services/pairing';
import type { PairingCode } from '../services/pairing';
import { applyMutations, lockClaimant } from '../services/records';
import type { Writer } from '../services/records';
import { checkClockDrift } from '../services/sync';
import { ar } from './people/ar';
import { dO } from './people/do';
import { gh } from './people/gh';
import { je } from './people/je';
import { mt } from './people/mt';
import { pn } from './people/pn';
import { sk } from './people/sk';
import type { DemoPerson, StoryEvent } from './story';
import { Timeline } from './story';

export const DEMO_COACH_EMAIL = 'demo.coach@example.org';
/** Printed on start; this account exists only in demo data. */
export const DEMO_COACH_PASSWORD = 'waymark-demo-coach';
export const DEMO_OFFICE = 'Riverside Jobcentre (demo)';
/** The claimant added without a phone, for trying out pairing. */
export const NEW_CLAIMANT_LABEL = 'L.B.';

/** The people with a history, oldest on the caseload first. */
export function demoPeople(t: Timeline): DemoPerson[] {
  return [sk(t), pn(t), dO(t), gh(t), ar(t), je(t), mt(t)];
}

export interface DemoOffice {
  coach: Coach;
  /** Labels of the claimants this run added (none when the office was already there). */
  added: string[];
  newClaimant: { id: string; label: string };
}

async function demoCoach(tx: Queryable): Promise<{ coach: Coach; createdAt: Date }> {
  const find = () =>
    tx.query<{ id: string; email: string; office_id: string; created_at: Date }>(
      'select id, email, office_id, created_at from coaches where email = $1',
      [DEMO_COACH_EMAIL],
    );
  let row = (await find()).rows[0];
  if (!row) {
    await addCoach(tx, {
      email: DEMO_COACH_EMAIL,
      office: DEMO_OFFICE,
      password: DEMO_COACH_PASSWORD,
    });
    row = (await find()).rows[0]!;
  }
  return {
    coach: { id: row.id, email: row.email, officeId: row.office_id },
    createdAt: row.created_at,
  };
}

async function existingClaimant(tx: Queryable, coachId: string, label: string) {
  const found = await tx.query<{ id: string }>(
    'select id from claimants where coach_id = $1 and label = $2 and deleted_at is null',
    [coachId, label],
  );
  return found.rows[0]?.id;
}

async function newClaimant(tx: Queryable, coach: Coach, label: string): Promise<string> {
  const { id } = await addClaimant(tx, coach, label);
  await audit(tx, {
    actor: { kind: 'coach', id: coach.id },
    action: 'claimant.create',
    claimantId: id,
  });
  return id;
}

/** Pairs a phone the way POST /api/pair does; returns the device id. */
async function pairPhone(tx: Queryable, coach: Coach, claimantId: string): Promise<string> {
  const { code } = await createPairingCode(tx, claimantId, coach.id);
  await audit(tx, {
    actor: { kind: 'coach', id: coach.id },
    action: 'pairing_code.create',
    claimantId,
  });
  const redeemed = await redeemPairingCode(tx, code, 'Phone');
  if (!redeemed.ok) throw new Error(`The demo pairing code was refused (${redeemed.reason}).`);
  await audit(tx, {
    actor: { kind: 'device', id: redeemed.deviceId },
    action: 'device.pair',
    claimantId,
  });
  return redeemed.deviceId;
}

/** The story's events as validated mutations, in time order, with each writer's clock. */
export function storyMutations(
  person: DemoPerson,
  nodes: { device: string | undefined; coach: string },
): { event: StoryEvent; mutation: Mutation }[] {
  const ids = new Map<string, string>();
  const idOf = (key: string): string => {
    let id = ids.get(key);
    if (id === undefined) {
      id = randomUUID();
      ids.set(key, id);
    }
    return id;
  };
  let now = 0;
  const clocks = new Map<string, Clock>();
  const clockFor = (node: string): Clock => {
    let clock = clocks.get(node);
    if (!clock) {
      clock = createClock(node, { now: () => now });
      clocks.set(node, clock);
    }
    return clock;
  };
  const events = [...person.events].sort((a, b) => a.at - b.at);
  return events.map((event) => {
    const node = event.by === 'coach' ? nodes.coach : nodes.device;
    if (node === undefined) throw new Error(`${person.label} has no phone to write with.`);
    now = event.at;
    const fields = typeof event.fields === 'function' ? event.fields(idOf) : event.fields;
    const mutation = mutationSchema.parse({
      mutationId: randomUUID(),
      recordKind: event.kind,
      recordId: idOf(event.key),
      fields,
      hlc: clockFor(node).tick(),
    });
    return { event, mutation };
  });
}

/**
 * The UK days on which the phone synced, as noteSyncDay (services/sync.ts) records them for the
 * office report: each day it sent changes, and the day it last synced.
 */
async function noteSyncDays(tx: Queryable, claimantId: string, times: number[]): Promise<void> {
  for (const at of new Set(times)) {
    await tx.query(
      `insert into claimant_sync_days (claimant_id, day)
       values ($1, ($2::timestamptz at time zone 'Europe/London')::date) on conflict do nothing`,
      [claimantId, new Date(at).toISOString()],
    );
  }
}

async function seedPerson(tx: Queryable, coach: Coach, person: DemoPerson): Promise<void> {
  const claimantId = await newClaimant(tx, coach, person.label);
  const deviceId = person.phone ? await pairPhone(tx, coach, claimantId) : undefined;
  if (!(await lockClaimant(tx, claimantId))) throw new Error('The demo claimant vanished.');
  const writers: Record<'claimant' | 'coach', Writer | undefined> = {
    claimant: deviceId
      ? { role: 'claimant', claimantId, actor: { kind: 'device', id: deviceId } }
      : undefined,
    coach: { role: 'coach', claimantId, actor: { kind: 'coach', id: coach.id } },
  };
  const apply = async (by: 'claimant' | 'coach', batch: Mutation[]) => {
    if (batch.length === 0) return;
    checkClockDrift(batch);
    const result = await applyMutations(tx, writers[by]!, batch);
    if (result.rejected.length > 0) {
      const reasons = result.rejected.map((r) => r.reason).join(' ');
      throw new Error(`The demo history of ${person.label} was refused: ${reasons}`);
    }
  };

  // One sync per run of changes by the same writer, and the coach's last look in between.
  let batch: Mutation[] = [];
  let by: 'claimant' | 'coach' = 'claimant';
  let looked = person.coachLooked === undefined;
  for (const { event, mutation } of storyMutations(person, {
    device: deviceId,
    coach: coach.id,
  })) {
    const lookNow = !looked && event.at > person.coachLooked!;
    if (event.by !== by || lookNow) {
      await apply(by, batch);
      batch = [];
      by = event.by;
    }
    if (lookNow) {
      await markViewed(tx, coach.id, claimantId, { at: new Date(person.coachLooked!) });
      looked = true;
    }
    batch.push(mutation);
  }
  await apply(by, batch);
  if (!looked) await markViewed(tx, coach.id, claimantId, { at: new Date(person.coachLooked!) });

  await tx.query('update claimants set created_at = $2 where id = $1', [
    claimantId,
    new Date(person.added),
  ]);
  if (deviceId && person.phone) {
    await tx.query('update devices set created_at = $2, last_seen = $3 where id = $1', [
      deviceId,
      new Date(person.phone.paired),
      new Date(person.phone.lastSeen),
    ]);
    const sent = person.events.filter((e) => e.by === 'claimant').map((e) => e.at);
    await noteSyncDays(tx, claimantId, [...sent, person.phone.lastSeen]);
  }
}

/** Adds whatever of the demo office is missing, in one transaction. */
export async function seedDemoOffice(db: Database): Promise<DemoOffice> {
  return db.transaction(async (tx) => {
    const { coach, createdAt } = await demoCoach(tx);
    const timeline = new Timeline(createdAt);
    const added: string[] = [];
    for (const person of demoPeople(timeline)) {
      if (await existingClaimant(tx, coach.id, person.label)) continue;
      await seedPerson(tx, coach, person);
      added.push(person.label);
    }
    let newId = await existingClaimant(tx, coach.id, NEW_CLAIMANT_LABEL);
    if (newId === undefined) {
      newId = await newClaimant(tx, coach, NEW_CLAIMANT_LABEL);
      added.push(NEW_CLAIMANT_LABEL);
    }
    return { coach, added, newClaimant: { id: newId, label: NEW_CLAIMANT_LABEL } };
  });
}

/** A fresh pairing code for the new claimant (it replaces their unused one). */
export async function demoPairingCode(db: Database, office: DemoOffice): Promise<PairingCode> {
  return db.transaction(async (tx) => {
    const pairing = await createPairingCode(tx, office.newClaimant.id, office.coach.id);
    await audit(tx, {
      actor: { kind: 'coach', id: office.coach.id },
      action: 'pairing_code.create',
      claimantId: office.newClaimant.id,
    });
    return pairing;
  });
}
