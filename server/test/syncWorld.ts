/**
 * A whole Waymark system in one process, for the sync convergence property test
 * (server/routes/sync-whole-system.test.ts): the real Fastify app on a test database, two
 * claimant phones (each its own Dexie database on fake-indexeddb, its own device clock, the
 * real repository for edits and the real sync engine and HTTP transport to sync) and a work
 * coach (the console's round trip on the coach sync route, with its own clock and view).
 *
 * Between them, a network that does what real ones do: drops a request, drops the answer after
 * the server applied it, delivers a request twice, holds a request and delivers it after later
 * ones (the sender either gave up on it or is still waiting), and takes a replica offline. The
 * server restarts (the app closed and built again on the same database). Every edit a replica
 * shows as saved is written down, and every mutation that reached the server too; `check()`
 * then says what, if anything, did not converge.
 *
 * Edits are what the apps' screens offer: the claimant never touches `requirement`, and only
 * asks for adjustments on the coach's appointments; the coach writes only actions, appointments
 * and journal entries, never `sharing`, and makes only its own actions agreed requirements. The
 * claimant may hide or delete any action, the coach's too, so they race the coach making it an
 * agreed requirement: the server refuses the claimant's change then, and the phone puts the
 * server's copy back and tells the person (src/sync/engine.ts). Such a refused edit is counted,
 * not lost; any other refusal of a phone's edit is a failure. The coach's writes can be refused
 * too (the claimant made an action private meanwhile); the console shows that, so such a write
 * is not saved. Feedback is always sent with the claimant's name (anonymous feedback leaves the
 * journal by design).
 */
import 'fake-indexeddb/auto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { createDb, type WaymarkDB } from '../../src/data/db';
import { createRepository, type Repository } from '../../src/data/repository';
import { createSaveStatusStore } from '../../src/data/saveStatus';
import { readConflicts, resolveConflict } from '../../src/data/conflicts';
import { readRefusedChanges } from '../../src/data/refusedChanges';
import { countSendable, createSyncEngine, type SyncEngine } from '../../src/sync/engine';
import { httpTransport } from '../../src/sync/transport';
import { applyChanges, visibleRecords, type RecordStore } from '../../src/coach/journal/records';
import { compareHlc, createClock, type Clock, type Hlc } from '../../src/domain/hlc';
import { sameValue } from '../../src/domain/merge';
import { BARRIER_AREAS } from '../../src/domain/barriers';
import type { FieldsByKind, RecordKind } from '../../src/domain/records';
import { isShareable } from '../../src/domain/sharing';
import { recordChangeSchema, syncResponseSchema, type Mutation } from '../../src/domain/sync';
import { ORIGIN, addTestClaimant, addTestCoach, coachCookie, type Journal } from './journal';
import type { TestDatabase } from './db';

export const PHONES = ['phoneA', 'phoneB'] as const;
export type PhoneName = (typeof PHONES)[number];
export type ReplicaName = PhoneName | 'coach';

/** What the network does with one request. */
export const FAULTS = [
  'ok',
  'dropRequest',
  'dropResponse',
  'duplicateNow',
  'duplicateLater',
  'delayAbandon',
  'delayWait',
] as const;
export type Fault = (typeof FAULTS)[number];

/**
 * The record kinds the edits touch: every kind the sync protocol carries (the test checks that
 * against domain/sync.ts, so a kind added there needs its edits here).
 */
export const PHONE_KINDS = [
  'aboutMe',
  'values',
  'fourSteps',
  'action',
  'checkIn',
  'feedback',
  'appointment',
  'appointmentPack',
  'journalEntry',
] as const satisfies readonly RecordKind[];
export const COACH_KINDS = ['action', 'appointment', 'journalEntry'] as const;

export type Step =
  | { t: 'edit'; who: ReplicaName; kind: number; slot: number; field: number; value: number }
  | { t: 'sync'; who: ReplicaName }
  | { t: 'deliver'; index: number }
  | { t: 'offline'; who: ReplicaName; on: boolean }
  | { t: 'restart' }
  | { t: 'resolve'; who: PhoneName; index: number; keep: 'mine' | 'theirs' }
  | { t: 'pair'; who: PhoneName }
  | { t: 'wait'; ms: number };

export interface Schedule {
  /** Each replica's clock minus true time, in ms (minutes either way). */
  skew: Record<ReplicaName, number>;
  /** Phone B connects only at a `pair` step (or when the network heals). */
  lateB: boolean;
  /** Start from a journal both sides already share (see World.prepare). */
  prepared: boolean;
  /**
   * The record kinds this schedule's edits touch (indexes into PHONE_KINDS): a few, so that
   * replicas meet on the same records and fields; every kind is covered across schedules.
   */
  focus: number[];
  /** One fault per request, in the order requests are made; 'ok' once used up. */
  faults: Fault[];
  /** Steps, each after `dt` ms of true time. */
  steps: { step: Step; dt: number }[];
}

/** An edit a replica showed as saved: one field's value and the clock it was written with. */
interface SavedEdit {
  writer: ReplicaName;
  kind: RecordKind;
  id: string;
  field: string;
  value: unknown;
  hlc: Hlc;
  /** The coach's: the mutation that carried it. */
  mutationId?: string;
}

type Loose = Record<string, unknown> & {
  id: string;
  updated: Hlc;
  deleted: boolean;
  fieldClocks: Record<string, Hlc>;
};

const BASE_URL = 'http://waymark.test';
const GENEROUS = { max: 1_000_000, timeWindow: '1 minute' };
const RATE_LIMITS = { login: GENEROUS, pair: GENEROUS, sync: GENEROUS };

/** The server side, kept across schedules (fresh claimants per schedule keep them apart). */
export interface Server {
  db: TestDatabase;
  app: FastifyInstance;
  cookie: string;
  restarts: number;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function openServer(db: TestDatabase): Promise<Server> {
  const app = await buildApp({ db, logger: false, rateLimits: RATE_LIMITS });
  const journal: Journal = { db, app, close: async () => undefined };
  const coach = await addTestCoach(journal);
  const server: Server = {
    db,
    app,
    cookie: await coachCookie(journal, coach.id),
    restarts: 0,
    async restart() {
      await server.app.close();
      server.app = await buildApp({ db, logger: false, rateLimits: RATE_LIMITS });
      server.restarts += 1;
    },
    async close() {
      await server.app.close();
    },
  };
  return server;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A request the network holds, delivered by a `deliver` step or when the network heals. */
interface Held {
  from: ReplicaName;
  deliver(): Promise<void>;
  /**
   * The sender is still waiting for this request's answer ('delayWait'): delivering it ends
   * the phone's parked sync round. A request the sender gave up on ('delayAbandon') or has its
   * answer to already ('duplicateLater') ends nothing.
   */
  awaited: boolean;
}

interface Phone {
  name: PhoneName;
  db: WaymarkDB;
  repo: Repository;
  engine: SyncEngine;
  credentials: { deviceId: string; token: string } | undefined;
  /** A sync round whose request the network is holding (the phone is still waiting). */
  inflight: Promise<void> | undefined;
  parked: (() => void) | undefined;
}

interface Coach {
  clock: Clock;
  cursor: string;
  store: RecordStore;
}

/**
 * Which record an edit changes (`existing` in id order, the same on every replica that has
 * them): mostly the first (so replicas meet on it), sometimes another, a new one when there is
 * none, and now and then another new one (slot 5).
 */
function chooseTarget<T>(existing: readonly T[], slot: number): T | undefined {
  if (existing.length === 0 || (slot === 5 && existing.length < 3)) return undefined;
  return existing[slot < 3 ? 0 : slot % existing.length];
}

/**
 * One edit's fields: half the time the kind's main field (so replicas meet on the same field),
 * otherwise one of the others.
 */
function edit<F>(variant: number, main: F, others: readonly F[]): F {
  return variant < 6 ? main : pick(others, variant - 6);
}

const texts = ['Ring the college', 'Update my CV', 'Walk every day', 'Ask about a work trial'];
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/**
 * One schedule, run from start to end. Use once: `run()` then `check()`; `dispose()` deletes
 * the phones' databases.
 */
export class World {
  private now: number;
  private readonly phones: Record<PhoneName, Phone>;
  private readonly coach: Coach;
  private readonly offline = new Set<ReplicaName>();
  private readonly held: Held[] = [];
  private faultIndex = 0;
  private healed = false;
  private claimantId = '';
  private readonly ledger: SavedEdit[] = [];
  /** `${recordId}|${field}|${hlc}` of every mutation that reached the server, with its value. */
  private readonly wire = new Map<string, unknown>();
  /**
   * Server refusals of phone mutations other than hiding or deleting an agreed requirement
   * (the phones' other edits are legal, so none is expected).
   */
  private readonly phoneRefusals: string[] = [];
  /** `${phone}|${recordId}|${field}|${hlc}` of every phone edit the server refused. */
  private readonly refusedEdits = new Set<string>();
  /** `${phone}|${recordId}` of every record a phone had a change refused on. */
  private readonly refusedRecords = new Set<string>();
  /** Content of private records that left a phone. */
  private readonly leaks: string[] = [];
  /**
   * Ids for records, mutations and devices (so node ids and ordering by id replay the same from
   * a seed): unique across schedules by a random start, then counted, and all starting with 'd'
   * (so a phone's node id sorts after the coach's `coach.` in a tie, every time).
   */
  private readonly idPrefix = `d${randomHex(7)}-${randomHex(4)}`;
  private idCount = 0;
  private readonly nextId = (): string => {
    this.idCount += 1;
    return `${this.idPrefix}-4000-8000-${this.idCount.toString(16).padStart(12, '0')}`;
  };
  readonly stats = {
    requests: 0,
    faults: 0,
    conflicts: 0,
    coachRefusals: 0,
    edits: 0,
    superseded: 0,
    inConflict: 0,
    withdrawn: 0,
    refused: 0,
  };

  constructor(
    private readonly server: Server,
    private readonly schedule: Schedule,
  ) {
    this.now = Date.now();
    this.phones = {
      phoneA: this.makePhone('phoneA'),
      phoneB: this.makePhone('phoneB'),
    };
    this.coach = {
      clock: createClock(`coach.${this.nextId().slice(0, 13)}`, {
        now: () => this.clockOf('coach'),
      }),
      cursor: '',
      store: new Map(),
    };
  }

  private get focus(): number[] {
    return this.schedule.focus.length > 0 ? this.schedule.focus : [0];
  }

  private clockOf(who: ReplicaName): number {
    return this.now + this.schedule.skew[who];
  }

  private makePhone(name: PhoneName): Phone {
    const db = createDb(`waymark-system-${name}-${crypto.randomUUID()}`);
    const now = () => this.clockOf(name);
    const phone: Phone = {
      name,
      db,
      repo: createRepository(db, {
        now,
        randomUUID: this.nextId,
        status: createSaveStatusStore(now),
      }),
      engine: undefined as unknown as SyncEngine,
      credentials: undefined,
      inflight: undefined,
      parked: undefined,
    };
    phone.engine = createSyncEngine({
      db,
      transport: httpTransport(BASE_URL, (input, init) => this.phoneFetch(phone, input, init)),
      credentials: async () => phone.credentials,
      now,
      clock: { now, randomUUID: this.nextId },
    });
    return phone;
  }

  // ---------------------------------------------------------------- the network

  private nextFault(): Fault {
    if (this.healed) return 'ok';
    const fault = this.schedule.faults[this.faultIndex] ?? 'ok';
    this.faultIndex += 1;
    if (fault !== 'ok') this.stats.faults += 1;
    return fault;
  }

  /** Records what reached the server, and sends it to the app as it is now (after restarts). */
  private async inject(
    from: ReplicaName,
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<LightMyRequestResponse> {
    this.stats.requests += 1;
    const payload = JSON.parse(body) as { mutations: Mutation[] };
    for (const m of payload.mutations) {
      for (const [field, value] of Object.entries(m.fields)) {
        this.wire.set(`${m.recordId}|${field}|${m.hlc}`, value);
      }
      // Private means private: an un-share says so (and whose the record is), nothing more.
      const fields = Object.keys(m.fields);
      const sharing = (m.fields as { sharing?: string }).sharing;
      if (sharing === 'private' && fields.some((f) => f !== 'sharing' && f !== 'source')) {
        this.leaks.push(`${from} sent ${fields.join(', ')} of a private ${m.recordKind}`);
      }
    }
    const response = await this.server.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: body,
    });
    if (from !== 'coach' && response.statusCode === 200) {
      const answer = response.json() as { rejected?: { mutationId: string; reason: string }[] };
      for (const r of answer.rejected ?? []) {
        const m = payload.mutations.find((sent) => sent.mutationId === r.mutationId);
        const fields = (m?.fields ?? {}) as Record<string, unknown>;
        const hidesRequirement =
          m?.recordKind === 'action' &&
          AGREED_REQUIREMENT_REFUSALS.includes(r.reason) &&
          (fields.sharing === 'private' || fields.deleted === true);
        if (!m || !hidesRequirement) {
          this.phoneRefusals.push(`${from}: ${r.reason}`);
          continue;
        }
        this.refusedRecords.add(`${from}|${m.recordId}`);
        for (const field of Object.keys(fields)) {
          this.refusedEdits.add(`${from}|${m.recordId}|${field}|${m.hlc}`);
        }
      }
    }
    return response;
  }

  /**
   * One request through the faulty network. Resolves with the server's answer, or rejects as
   * fetch does when there is no answer (TypeError). With 'delayWait' a sender that can wait
   * (`onHeld` given: a phone's sync round) keeps waiting for the held request, and `onHeld`
   * tells its step that it is parked; others give up on it (the console's request fails).
   */
  private send(
    from: ReplicaName,
    url: string,
    headers: Record<string, string>,
    body: string,
    onHeld?: () => void,
  ): Promise<LightMyRequestResponse> {
    const lost = () => Promise.reject(new TypeError('Failed to fetch'));
    if (this.offline.has(from) && !this.healed) return lost();
    const deliver = () => this.inject(from, url, headers, body);
    const later = (run: () => Promise<void>, awaited = false) =>
      this.held.push({ from, deliver: run, awaited });
    let fault = this.nextFault();
    if (fault === 'delayWait' && !onHeld) fault = 'delayAbandon';
    switch (fault) {
      case 'ok':
        return deliver();
      case 'dropRequest':
        return lost();
      case 'dropResponse':
        return deliver().then(lost);
      case 'duplicateNow':
        return deliver().then(deliver);
      case 'duplicateLater':
        return deliver().then((answer) => {
          later(async () => {
            await deliver();
          });
          return answer;
        });
      case 'delayAbandon':
        later(async () => {
          await deliver();
        });
        return lost();
      case 'delayWait': {
        const answer = deferred<LightMyRequestResponse>();
        later(async () => answer.resolve(await deliver()), true);
        onHeld?.();
        return answer.promise;
      }
    }
  }

  private async phoneFetch(
    phone: Phone,
    input: RequestInfo | URL,
    init: RequestInit | undefined,
  ): Promise<Response> {
    const url = new URL(String(input)).pathname;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const response = await this.send(phone.name, url, headers, String(init?.body), phone.parked);
    return new Response(response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'text/plain') },
    });
  }

  // ---------------------------------------------------------------- the replicas

  private async setUp(): Promise<void> {
    const journal: Journal = { db: this.server.db, app: this.server.app, close: async () => {} };
    const claimant = await addTestClaimant(journal, this.server.cookie);
    this.claimantId = claimant.id;
    this.phones.phoneA.credentials = await this.pairWith(claimant.code);
    if (!this.schedule.lateB) await this.pair('phoneB');
    if (this.schedule.prepared) await this.prepare();
  }

  /**
   * A journal both sides already share, so the random edits meet on the same records: phone A
   * shares one record of each of the schedule's kinds, the coach adds one of each of its own,
   * and everyone syncs over a good network.
   */
  private async prepare(): Promise<void> {
    const a = this.phones.phoneA;
    const at = new Date(this.clockOf('phoneA')).toISOString();
    const kinds = new Set<RecordKind>(this.focus.map((i) => pick(PHONE_KINDS, i)));
    const first: { [K in RecordKind]?: FieldsByKind[K] } = {
      aboutMe: { enjoy: pick(texts, 0), sharing: 'shared' },
      values: { chosen: [{ id: 'family' }], sharing: 'shared' },
      fourSteps: { goal: pick(texts, 1), sharing: 'shared' },
      checkIn: {
        takenAt: at,
        scores: { confidence: { kind: 'score', value: 4 } },
        sharing: 'shared',
      },
      action: { text: pick(texts, 2), proposedBy: 'claimant' },
      appointment: { at, place: 'Health centre', source: 'claimant', sharing: 'shared' },
      journalEntry: { author: 'claimant', text: 'Hello' },
    };
    for (const kind of kinds) {
      const fields = first[kind];
      if (fields) await this.phoneSave(a, kind, undefined, fields);
    }
    this.healed = true;
    await this.syncUntilQuiet(a);
    for (const kind of this.coachKinds()) await this.coachEdit(kind, 5, 0, 1);
    for (const name of PHONES) await this.syncUntilQuiet(this.phones[name]);
    if (kinds.has('appointmentPack')) {
      // Phone A gets ready for the coach's appointment, and shares it.
      await this.phoneEdit(a, 'appointmentPack', 0, 0, 0);
      for (const name of PHONES) await this.syncUntilQuiet(this.phones[name]);
    }
    this.healed = false;
  }

  /** The kinds the coach edits in this schedule: its own among the focus (a pack's appointment). */
  private coachKinds(): (typeof COACH_KINDS)[number][] {
    const kinds = new Set<RecordKind>(this.focus.map((i) => pick(PHONE_KINDS, i)));
    if (kinds.has('appointmentPack')) kinds.add('appointment');
    return COACH_KINDS.filter((kind) => kinds.has(kind));
  }

  /**
   * Sync rounds until the phone has nothing more to send or fetch (a good network); returns
   * how many changes it sent.
   */
  private async syncUntilQuiet(phone: Phone): Promise<number> {
    let sent = 0;
    if (!phone.credentials) return sent;
    for (let page = 0; page < 20; page++) {
      const outcome = await phone.engine.syncOnce();
      this.stats.conflicts += outcome.conflicts;
      sent += outcome.sent;
      if (!outcome.more) break;
    }
    return sent;
  }

  private async pairWith(code: string): Promise<{ deviceId: string; token: string }> {
    const response = await this.server.app.inject({
      method: 'POST',
      url: '/api/pair',
      payload: { code },
    });
    if (response.statusCode !== 201) throw new Error(`pair: ${response.body}`);
    const body = response.json() as { deviceId: string; deviceToken: string };
    return { deviceId: body.deviceId, token: body.deviceToken };
  }

  private async pair(name: PhoneName): Promise<void> {
    const phone = this.phones[name];
    if (phone.credentials) return;
    const response = await this.server.app.inject({
      method: 'POST',
      url: `/api/coach/claimants/${this.claimantId}/pairing-codes`,
      headers: { origin: ORIGIN, cookie: this.server.cookie },
    });
    if (response.statusCode !== 201) throw new Error(`pairing code: ${response.body}`);
    phone.credentials = await this.pairWith(
      (response.json() as { pairing: { code: string } }).pairing.code,
    );
  }

  /** One sync round on a phone; returns once it ends or its request is held by the network. */
  private async syncPhone(phone: Phone): Promise<void> {
    if (phone.inflight) return; // one round at a time (the Web Lock)
    const parked = deferred<void>();
    phone.parked = () => parked.resolve();
    const round = phone.engine
      .syncOnce()
      .then(
        (outcome) => {
          this.stats.conflicts += outcome.conflicts;
        },
        (error: unknown) => {
          const kind = (error as { kind?: string }).kind;
          if (kind !== 'offline' && kind !== 'server' && kind !== 'unpaired') throw error;
        },
      )
      .finally(() => {
        phone.inflight = undefined;
        phone.parked = undefined;
      });
    phone.inflight = round;
    await Promise.race([round, parked.promise]);
  }

  /** The console's round trip: pull every page; returns the acknowledged and refused ids. */
  private async coachRoundTrip(
    mutations: Mutation[],
  ): Promise<{ acked: Set<string>; rejected: Set<string> } | undefined> {
    const acked = new Set<string>();
    const rejected = new Set<string>();
    let first = true;
    let more = true;
    while (more) {
      let response: LightMyRequestResponse;
      try {
        response = await this.send(
          'coach',
          `/api/coach/claimants/${this.claimantId}/sync`,
          { origin: ORIGIN, cookie: this.server.cookie },
          JSON.stringify({ since: this.coach.cursor, mutations: first ? mutations : [] }),
        );
      } catch {
        return first ? undefined : { acked, rejected };
      }
      if (response.statusCode !== 200) {
        throw new Error(`coach sync answered ${response.statusCode}: ${response.body}`);
      }
      const answer = syncResponseSchema.parse(response.json());
      if (first) {
        answer.acked.forEach((id) => acked.add(id));
        (answer.rejected ?? []).forEach((r) => rejected.add(r.mutationId));
      }
      first = false;
      for (const change of answer.changes) {
        try {
          this.coach.clock.receive(change.record.updated);
        } catch {
          // A clock more than a day ahead: the console does not follow it either.
        }
      }
      this.coach.store = applyChanges(this.coach.store, answer.changes);
      this.coach.cursor = answer.cursor;
      more = answer.more === true;
    }
    return { acked, rejected };
  }

  private async coachWrite<K extends RecordKind>(
    kind: K,
    id: string,
    fields: FieldsByKind[K],
  ): Promise<void> {
    const mutation = {
      mutationId: this.nextId(),
      recordKind: kind,
      recordId: id,
      fields,
      hlc: this.coach.clock.tick(),
    } as Mutation;
    const result = await this.coachRoundTrip([mutation]);
    if (result?.rejected.has(mutation.mutationId)) this.stats.coachRefusals += 1;
    // Saved only when the server acknowledged it: the console shows anything else as failed.
    if (!result?.acked.has(mutation.mutationId)) return;
    this.note('coach', kind, id, fields, mutation.hlc, mutation.mutationId);
  }

  private note(
    writer: ReplicaName,
    kind: RecordKind,
    id: string,
    fields: object,
    hlc: Hlc,
    mutationId?: string,
  ) {
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      this.ledger.push({
        writer,
        kind,
        id,
        field,
        value,
        hlc,
        ...(mutationId ? { mutationId } : {}),
      });
    }
  }

  /**
   * The coach's saved writes that the claimant withdrew afterwards: the record was made private
   * (even for a while) after the write reached the server, and un-sharing deletes the server's
   * copy, the coach's words with it (a phone that shares it again sends only what it has).
   */
  private async withdrawnCoachWrites(): Promise<Set<string>> {
    const result = await this.server.db.query<{ mutation_id: string }>(
      `select w.detail->>'mutationId' as mutation_id
       from audit_log w
       where w.claimant_id = $1 and w.action = 'record.write' and w.actor_kind = 'coach'
         and exists (select 1 from audit_log u
                     where u.claimant_id = $1 and u.record_id = w.record_id
                       and u.action = 'record.unshare' and u.id > w.id)`,
      [this.claimantId],
    );
    return new Set(result.rows.map((r) => r.mutation_id));
  }

  private async phoneSave<K extends RecordKind>(
    phone: Phone,
    kind: K,
    id: string | undefined,
    fields: FieldsByKind[K],
  ): Promise<void> {
    const recordId = id ?? this.nextId();
    const record = (await phone.repo.saveFields(kind, recordId, fields)) as unknown as Loose;
    const hlc = record.updated;
    for (const field of Object.keys(fields)) {
      if (record.fieldClocks[field] !== hlc) {
        throw new Error(`${phone.name}: a local save of ${kind}.${field} did not win locally`);
      }
    }
    this.note(phone.name, kind, recordId, fields, hlc);
  }

  // ---------------------------------------------------------------- edits

  private async localRecords(phone: Phone, kind: RecordKind): Promise<Loose[]> {
    const all = (await phone.db.recordTable(kind).toArray()) as unknown as Loose[];
    return all.filter((r) => !r.deleted).sort((a, b) => a.id.localeCompare(b.id));
  }

  private async phoneEdit(
    phone: Phone,
    kind: (typeof PHONE_KINDS)[number],
    slot: number,
    v: number,
    x: number,
  ): Promise<void> {
    const existing = await this.localRecords(phone, kind);
    const target = chooseTarget(existing, slot);
    const id = target?.id;
    const sharing = x % 2 === 0 ? 'shared' : 'private';
    const at = new Date(this.clockOf(phone.name)).toISOString();
    switch (kind) {
      case 'aboutMe':
        return this.phoneSave(
          phone,
          kind,
          id,
          edit<FieldsByKind['aboutMe']>(v, { enjoy: pick(texts, x) }, [
            { goodAt: pick(texts, x + 1), proudOf: pick(texts, x) },
            { sharing },
            { status: 'done', completedAt: at },
            { enjoy: pick(texts, x + 2), sharing: 'shared' },
            id ? { deleted: true } : { sharing },
          ]),
        );
      case 'values': {
        const chosen = [
          [{ id: 'family' }],
          [{ id: 'health', why: pick(texts, x) }, { id: 'learning' }],
          [{ id: 'own-1', custom: 'Being outdoors' }],
        ];
        return this.phoneSave(
          phone,
          kind,
          id,
          edit<FieldsByKind['values']>(v, { chosen: pick(chosen, x) }, [
            { sharing },
            { chosen: pick(chosen, x + 1), sharing: 'shared' },
            { status: 'done', completedAt: at },
          ]),
        );
      }
      case 'fourSteps':
        return this.phoneSave(
          phone,
          kind,
          id,
          edit<FieldsByKind['fourSteps']>(v, { goal: pick(texts, x) }, [
            { ifThen: { if: 'I feel tired', then: pick(texts, x) } },
            { barrierAreas: [pick(BARRIER_AREAS, x), pick(BARRIER_AREAS, x + 3)] },
            { sharing },
          ]),
        );
      case 'action': {
        if (!target) {
          const fields: FieldsByKind['action'] = { text: pick(texts, x), proposedBy: 'claimant' };
          if (x % 3 === 0) fields.sharing = 'private';
          return this.phoneSave(phone, kind, undefined, fields);
        }
        // Now and then the claimant hides or deletes one of the coach's actions, racing the
        // coach making it an agreed requirement (or after it did: the screens offer it).
        const coachs = existing.filter((r) => r.proposedBy === 'coach');
        if ((v === 8 || v === 9) && coachs.length > 0) {
          const theirs = chooseTarget(coachs, slot % 5)!.id;
          const hide = v === 8 ? { sharing: 'private' as const } : { deleted: true };
          return this.phoneSave(phone, kind, theirs, hide);
        }
        const others: FieldsByKind['action'][] = [
          { status: pick(['toDo', 'inProgress', 'done', 'dropped'] as const, x) },
          { due: x % 3 === 0 ? null : `2026-0${1 + (x % 9)}-15` },
        ];
        // On any action, the coach's too: the server refuses them on one that is (or has just
        // become) an agreed requirement, and the phone puts back the server's copy.
        others.push({ sharing }, { deleted: true });
        return this.phoneSave(phone, kind, id, edit(v, { text: pick(texts, x) }, others));
      }
      case 'checkIn': {
        const area = pick(BARRIER_AREAS, x);
        if (!target) {
          return this.phoneSave(phone, kind, undefined, {
            takenAt: at,
            scores: { [area]: { kind: 'score', value: 1 + (x % 10) } },
            sharing,
          });
        }
        return this.phoneSave(
          phone,
          kind,
          id,
          edit<FieldsByKind['checkIn']>(v, { feelingToday: pick(texts, x) }, [
            { scores: { [area]: { kind: 'score', value: 1 + (x % 10) } } },
            { status: 'done' },
            { sharing },
          ]),
        );
      }
      case 'feedback': {
        // Only drafts can be changed; a sent one is final (the claimant's screens).
        const draft = target && target.status === 'draft' ? target : undefined;
        if (!draft) {
          return this.phoneSave(phone, kind, undefined, {
            about: 'app',
            aboutId: '',
            helpful: 1 + (x % 5),
            anonymous: false,
          });
        }
        return this.phoneSave(
          phone,
          kind,
          draft.id,
          edit<FieldsByKind['feedback']>(v, { comment: pick(texts, x) }, [
            { listenedTo: pick(['yes', 'partly', 'no'] as const, x) },
            { status: 'sent', sentAt: at },
          ]),
        );
      }
      case 'appointment': {
        // On the coach's appointments the claimant asks for adjustments, nothing else; their
        // own (a GP visit, a course) are theirs to change, and private unless they share them.
        const coachs = existing.filter((r) => r.source === 'coach');
        if (x % 3 === 0 && coachs.length > 0) {
          const adjustments = [['A private room'], ['A phone call instead'], []];
          return this.phoneSave(phone, kind, chooseTarget(coachs, slot % 5)!.id, {
            adjustments: pick(adjustments, x),
          });
        }
        const own = chooseTarget(
          existing.filter((r) => r.source === 'claimant'),
          slot,
        );
        if (!own) {
          return this.phoneSave(phone, kind, undefined, {
            at: new Date(this.now + 86_400_000 * (2 + (x % 9))).toISOString(),
            place: pick(['Health centre', 'College'], x),
            source: 'claimant',
            ...(x % 4 === 1 ? { sharing } : {}),
          });
        }
        return this.phoneSave(
          phone,
          kind,
          own.id,
          edit<FieldsByKind['appointment']>(v, { place: pick(['Room 4', 'Library'], x) }, [
            { sharing },
            { notes: pick(texts, x) },
            { status: 'cancelled' },
            { deleted: true },
          ]),
        );
      }
      case 'appointmentPack': {
        // "Before your appointment", for one of the coach's appointments on this phone.
        const coachs = (await this.localRecords(phone, 'appointment')).filter(
          (r) => r.source === 'coach',
        );
        if (!target) {
          const forAppointment = chooseTarget(coachs, slot % 5);
          if (!forAppointment) return;
          return this.phoneSave(phone, kind, undefined, {
            appointmentId: forAppointment.id,
            ticked: x % 2 === 0 ? ['aboutMe'] : [],
            sharing,
          });
        }
        return this.phoneSave(
          phone,
          kind,
          id,
          edit<FieldsByKind['appointmentPack']>(v, { talkAbout: pick(texts, x) }, [
            { ticked: pick([['aboutMe'], ['aboutMe', 'checkIn'], []], x) },
            { topics: pick([['money'], ['healthAndWork', 'training']], x) },
            { easier: pick([['privateRoom'], ['phoneInstead', 'extraTime']], x) },
            { status: 'done', completedAt: at },
            { sharing },
          ]),
        );
      }
      case 'journalEntry': {
        const entry = chooseTarget(
          existing.filter((r) => r.author === 'claimant'),
          slot,
        );
        if (!entry) {
          return this.phoneSave(phone, kind, undefined, {
            author: 'claimant',
            text: pick(texts, x),
          });
        }
        return this.phoneSave(
          phone,
          kind,
          entry.id,
          edit<FieldsByKind['journalEntry']>(v, { text: pick(texts, x + 1) }, [{ deleted: true }]),
        );
      }
    }
  }

  /** A coach's edit of one of the schedule's kinds (or any the coach writes, if none is). */
  private coachStep(kindIndex: number, slot: number, v: number, x: number): Promise<void> {
    const focused = this.coachKinds();
    return this.coachEdit(pick(focused.length > 0 ? focused : COACH_KINDS, kindIndex), slot, v, x);
  }

  private async coachEdit(
    kind: (typeof COACH_KINDS)[number],
    slot: number,
    v: number,
    x: number,
  ): Promise<void> {
    const visible = (visibleRecords(this.coach.store)[kind] as unknown as Loose[])
      .slice()
      .sort((a, b) => a.id.localeCompare(b.id));
    const mine = (field: string) => visible.filter((r) => r[field] === 'coach');
    const target = chooseTarget(
      kind === 'journalEntry' ? mine('author') : kind === 'appointment' ? mine('source') : visible,
      slot,
    );
    const when = new Date(this.now + 86_400_000 * (1 + (x % 20))).toISOString();
    switch (kind) {
      case 'action': {
        if (!target) {
          return this.coachWrite('action', this.nextId(), {
            text: pick(texts, x),
            proposedBy: 'coach',
            ...(x % 3 === 0 ? { requirement: 'agreedRequirement' as const } : {}),
          });
        }
        // Now and then the coach makes one of its own actions an agreed requirement (or not).
        const own = visible.filter((r) => r.proposedBy === 'coach');
        if (v >= 10 && own.length > 0) {
          return this.coachWrite('action', chooseTarget(own, slot % 5)!.id, {
            requirement: x % 4 < 3 ? 'agreedRequirement' : 'voluntary',
          });
        }
        const others: FieldsByKind['action'][] = [
          { due: x % 3 === 0 ? null : `2026-1${x % 3}-01` },
          { status: pick(['toDo', 'inProgress', 'done'] as const, x) },
        ];
        if (target.proposedBy === 'coach') {
          others.push(
            { requirement: x % 4 < 2 ? 'agreedRequirement' : 'voluntary' },
            { deleted: true },
          );
        }
        return this.coachWrite('action', target.id, edit(v, { text: pick(texts, x + 2) }, others));
      }
      case 'appointment': {
        if (!target) {
          return this.coachWrite('appointment', this.nextId(), {
            at: when,
            how: pick(['inPerson', 'phone', 'video'] as const, x),
            place: 'Jobcentre, Queen Street',
            source: 'coach',
          });
        }
        return this.coachWrite(
          'appointment',
          target.id,
          edit<FieldsByKind['appointment']>(v, { place: pick(['Room 2', 'Library'], x) }, [
            { at: when, status: 'changed' },
            // What the claimant asked for, noted by the coach (the claimant's own field too).
            { adjustments: pick([['A quiet room'], ['A phone call instead']], x) },
            { prepare: pick(texts, x) },
            { status: 'cancelled' },
            { deleted: true },
          ]),
        );
      }
      case 'journalEntry': {
        if (!target) {
          return this.coachWrite('journalEntry', this.nextId(), {
            author: 'coach',
            text: pick(texts, x),
          });
        }
        return this.coachWrite('journalEntry', target.id, { text: pick(texts, x + 3) });
      }
    }
  }

  private async resolve(phone: Phone, index: number, keep: 'mine' | 'theirs'): Promise<void> {
    const open = await readConflicts(phone.db);
    const chosen = open[index % Math.max(1, open.length)];
    if (!chosen) return;
    const { recordKind, recordId, field } = chosen.conflict;
    const before = (chosen.record as Loose | undefined)?.fieldClocks[field];
    await resolveConflict(chosen.conflict.id, keep, { database: phone.db, repository: phone.repo });
    const after = (await phone.db.recordTable(recordKind).get(recordId)) as Loose | undefined;
    const clock = after?.fieldClocks[field];
    if (after && clock !== undefined && clock !== before) {
      this.ledger.push({
        writer: phone.name,
        kind: recordKind,
        id: recordId,
        field,
        value: after[field],
        hlc: clock,
      });
    }
  }

  // ---------------------------------------------------------------- running

  async run(): Promise<void> {
    await this.setUp();
    for (const { step, dt } of this.schedule.steps) {
      this.now += dt;
      await this.perform(step);
    }
    await this.heal();
  }

  private async perform(step: Step): Promise<void> {
    switch (step.t) {
      case 'edit':
        if (step.who === 'coach') {
          return this.coachStep(step.kind, step.slot, step.field, step.value);
        }
        return this.phoneEdit(
          this.phones[step.who],
          pick(PHONE_KINDS, pick(this.focus, step.kind)),
          step.slot,
          step.field,
          step.value,
        );
      case 'sync':
        if (step.who === 'coach') {
          await this.coachRoundTrip([]);
          return;
        }
        return this.syncPhone(this.phones[step.who]);
      case 'deliver': {
        const [message] = this.held.splice(step.index % Math.max(1, this.held.length), 1);
        if (message) await this.deliverHeld(message);
        return;
      }
      case 'offline':
        if (step.on) this.offline.add(step.who);
        else this.offline.delete(step.who);
        return;
      case 'restart':
        return this.server.restart();
      case 'resolve':
        return this.resolve(this.phones[step.who], step.index, step.keep);
      case 'pair':
        return this.pair(step.who);
      case 'wait':
        this.now += step.ms;
        return;
    }
  }

  /**
   * Delivers a held request; a phone still waiting for it finishes its round. Only then does
   * the step wait for the phone's round: a phone can have a request it gave up on held as well
   * as the one its parked round waits for, and that round ends only when its own request is
   * delivered, by a later step.
   */
  private async deliverHeld(message: Held): Promise<void> {
    await message.deliver();
    if (message.awaited && message.from !== 'coach') await this.phones[message.from].inflight;
  }

  /**
   * The network heals: held requests arrive (newest first, the worst order), everyone is
   * online and connected, and every replica syncs until none has anything to send or fetch.
   */
  private async heal(): Promise<void> {
    this.healed = true;
    this.offline.clear();
    while (this.held.length > 0) await this.deliverHeld(this.held.pop()!);
    for (const name of PHONES) {
      await this.phones[name].inflight;
      await this.pair(name);
    }
    // Whoever has something to send, or has not pulled the server's latest change, syncs
    // again, until no one does (at most a few rounds: a pull can give a phone more to send).
    for (let round = 0; round < 8; round++) {
      const latest = await this.latestChange();
      let synced = false;
      for (const name of PHONES) {
        const phone = this.phones[name];
        const cursor = (await phone.db.meta.get('syncCursor'))?.value;
        if ((await countSendable(phone.db)) > 0 || !reached(cursor, latest)) {
          await this.syncUntilQuiet(phone);
          synced = true;
        }
      }
      if (!synced && reached(this.coach.cursor, latest)) return;
      if (!reached(this.coach.cursor, await this.latestChange())) await this.coachRoundTrip([]);
    }
    throw new Divergence(['the replicas never stopped exchanging changes']);
  }

  /** The change number of the claimant's latest change on the server (0 for none). */
  private async latestChange(): Promise<bigint> {
    const result = await this.server.db.query<{ seq: string | null }>(
      'select max(seq)::text as seq from records where claimant_id = $1',
      [this.claimantId],
    );
    return BigInt(result.rows[0]?.seq ?? 0);
  }

  // ---------------------------------------------------------------- checking

  /** Everything that did not converge, in plain words; empty when all is well. */
  async check(): Promise<string[]> {
    const problems: string[] = [];
    if (this.phoneRefusals.length > 0) {
      problems.push(`the server refused phone edits: ${this.phoneRefusals.join('; ')}`);
    }
    problems.push(...this.leaks);
    const rows = await this.server.db.query<{ kind: RecordKind; data: Loose; shared: boolean }>(
      'select kind, data, shared from records where claimant_id = $1',
      [this.claimantId],
    );
    const onServer = new Map(rows.rows.map((r) => [r.data.id, r]));

    // The coach's view is the server's copy of every record.
    for (const row of rows.rows) {
      const seen = this.coach.store.get(`${row.kind}:${row.data.id}`)?.record;
      // As the console reads it: through the protocol's schema (defaults filled in).
      const expected = recordChangeSchema.parse({ recordKind: row.kind, record: row.data }).record;
      if (!seen || !sameValue(seen, expected)) {
        problems.push(
          `coach's copy of ${row.kind} ${row.data.id} differs from the server's: ` +
            `${JSON.stringify(seen)} against ${JSON.stringify(row.data)}`,
        );
      }
    }
    if (this.coach.store.size !== rows.rows.length) {
      problems.push(`coach holds ${this.coach.store.size} records, the server ${rows.rowCount}`);
    }

    for (const name of PHONES) {
      const phone = this.phones[name];
      const waiting = await countSendable(phone.db);
      if (waiting > 0) problems.push(`${name} still has ${waiting} changes to send`);
      for (const kind of PHONE_KINDS) {
        for (const local of (await phone.db.recordTable(kind).toArray()) as unknown as Loose[]) {
          const row = onServer.get(local.id);
          const shareable = isShareable(kind, local as never);
          if (!row) {
            if (shareable)
              problems.push(`${name}'s shared ${kind} ${local.id} is not on the server`);
            continue;
          }
          if (!row.shared) {
            if (shareable) {
              problems.push(`${name} shares ${kind} ${local.id}, the server holds it private`);
            }
            continue;
          }
          if (!shareable) {
            problems.push(`${name} keeps ${kind} ${local.id} private, the server shares it`);
            continue;
          }
          problems.push(...differences(`${name}'s ${kind} ${local.id}`, local, row.data));
        }
      }
      // Every shared record on the server is on each phone.
      for (const row of rows.rows) {
        if (!row.shared) continue;
        const local = await phone.db.recordTable(row.kind).get(row.data.id);
        if (!local) problems.push(`${name} is missing shared ${row.kind} ${row.data.id}`);
      }
      // The person is told only about their own changes the server refused.
      for (const notice of await readRefusedChanges(phone.db)) {
        if (!this.refusedRecords.has(`${name}|${notice.recordId}`)) {
          problems.push(`${name} tells of a refused change to ${notice.recordId} it never had`);
        } else if (notice.code === 'coachOnly') {
          problems.push(`${name} gives no reason for the refused change to ${notice.recordId}`);
        }
      }
      // What the phone shows as conflicts: its own words against the value that replaced them.
      for (const { conflict, record } of await readConflicts(phone.db)) {
        const wrote = this.ledger.some(
          (e) =>
            e.writer === name &&
            e.id === conflict.recordId &&
            e.field === conflict.field &&
            sameValue(e.value, conflict.localValue),
        );
        if (!wrote) {
          problems.push(`${name}'s conflict ${conflict.id} shows a value it never wrote`);
        }
        if (sameValue(conflict.localValue, conflict.remoteValue)) {
          problems.push(`${name}'s conflict ${conflict.id} offers the same value twice`);
        }
        const current = record as Loose | undefined;
        if (!current || !sameValue(current[conflict.field], conflict.remoteValue)) {
          problems.push(`${name}'s conflict ${conflict.id} does not show the value now in place`);
        }
      }
    }

    // Every value on the server was written by someone.
    for (const row of rows.rows) {
      for (const [field, clock] of Object.entries(row.data.fieldClocks)) {
        const key = `${row.data.id}|${field}|${clock}`;
        if (!this.wire.has(key) || !sameValue(this.wire.get(key), row.data[field])) {
          problems.push(`server's ${row.kind}.${field} of ${row.data.id} was never written`);
        }
      }
    }

    // Every saved edit is in the final state, or a later edit of the field replaced it, or it
    // waits as an open conflict on the phone that made it.
    this.stats.edits = this.ledger.length;
    const shown = new Map<string, unknown[]>();
    for (const name of PHONES) {
      for (const { conflict } of await readConflicts(this.phones[name].db)) {
        const key = `${name}|${conflict.recordId}|${conflict.field}`;
        shown.set(key, [...(shown.get(key) ?? []), conflict.localValue]);
      }
    }
    const withdrawn = await this.withdrawnCoachWrites();
    for (const edit of this.ledger) {
      const row = onServer.get(edit.id);
      if (edit.mutationId && withdrawn.has(edit.mutationId)) {
        this.stats.withdrawn += 1;
        continue;
      }
      let final: Loose | undefined;
      if (row?.shared) final = row.data;
      else if (edit.writer === 'coach')
        continue; // private now: withdrawn (above)
      else {
        final = (await this.phones[edit.writer].db.recordTable(edit.kind).get(edit.id)) as
          Loose | undefined;
      }
      const clock = final?.fieldClocks[edit.field];
      const present = clock === edit.hlc && sameValue(final?.[edit.field], edit.value);
      const replaced = clock !== undefined && compareHlc(clock, edit.hlc) > 0;
      const inConflict = (shown.get(`${edit.writer}|${edit.id}|${edit.field}`) ?? []).some((v) =>
        sameValue(v, edit.value),
      );
      if (present) continue;
      if (this.refusedEdits.has(`${edit.writer}|${edit.id}|${edit.field}|${edit.hlc}`)) {
        // The server refused it (an agreed requirement stays): put back, not lost.
        this.stats.refused += 1;
        continue;
      }
      if (inConflict) this.stats.inConflict += 1;
      else if (replaced) this.stats.superseded += 1;
      else {
        const where = `${edit.writer}'s ${edit.kind}.${edit.field} = ${JSON.stringify(edit.value)} (${edit.hlc}) on ${edit.id}`;
        problems.push(`lost: ${where}, the final clock is ${clock ?? 'missing'}`);
      }
    }
    return problems;
  }

  async dispose(): Promise<void> {
    for (const name of PHONES) {
      const phone = this.phones[name];
      await phone.inflight?.catch(() => undefined);
      await phone.db.delete();
    }
  }
}

/** The server's reasons (services/permissions.ts) for refusing to hide or remove one. */
const AGREED_REQUIREMENT_REFUSALS = [
  'An agreed requirement stays shared with the work coach.',
  'Only a work coach can remove an agreed requirement.',
];

function randomHex(length: number): string {
  return Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

/** Whether a sync cursor (a change number, '' before the first) has reached `latest`. */
function reached(cursor: unknown, latest: bigint): boolean {
  return BigInt(typeof cursor === 'string' && cursor !== '' ? cursor : 0) >= latest;
}

/** The replicas did not converge; the message lists how. */
export class Divergence extends Error {
  constructor(readonly problems: string[]) {
    super(`Divergence:\n  ${problems.join('\n  ')}`);
    this.name = 'Divergence';
  }
}

/** Field-by-field differences between a phone's copy and the server's (values and clocks). */
function differences(label: string, local: Loose, remote: Loose): string[] {
  const out: string[] = [];
  const fields = new Set([...Object.keys(local.fieldClocks), ...Object.keys(remote.fieldClocks)]);
  for (const field of fields) {
    if (local.fieldClocks[field] !== remote.fieldClocks[field]) {
      out.push(
        `${label}.${field}: clock ${local.fieldClocks[field]} here, ${remote.fieldClocks[field]} on the server`,
      );
    } else if (!sameValue(local[field], remote[field])) {
      out.push(
        `${label}.${field}: ${JSON.stringify(local[field])} here, ${JSON.stringify(remote[field])} on the server`,
      );
    }
  }
  if (local.deleted !== remote.deleted)
    out.push(`${label}: deleted ${local.deleted} here, ${remote.deleted} on the server`);
  return out;
}
