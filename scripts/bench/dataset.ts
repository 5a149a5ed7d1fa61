/**
 * Deterministic benchmark data, valid against the domain schemas (src/domain/records.ts):
 * - fiveYears(): what a claimant has after five years of use: a check-in every month, 200
 *   actions, 20 finished versions of each technique (About Me, My Values, My 4 Steps), and one
 *   About Me draft to type into. Records are built with the app's own merge (applyFields), so
 *   they carry field clocks exactly as the repository writes them.
 * - mutationStream(): a device's outbox after a long time offline: edits to About Me answers,
 *   actions, check-ins and goals, spread over many records.
 */
import { BARRIER_AREAS } from '../../src/domain/barriers';
import { formatHlc } from '../../src/domain/hlc';
import { applyFields } from '../../src/domain/merge';
import type { AnyRecord, RecordKind } from '../../src/domain/records';
import type { Mutation } from '../../src/domain/sync';
import { fieldsSchema } from '../../src/domain/records';
import { TABLE_FOR_KIND } from '../../src/data/db';

/** A small seeded pseudo-random generator (mulberry32), so every run uses the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'I like working with my hands and being outside when the weather is good. My back pain makes ' +
  'long shifts hard, so I need to sit down every hour. I looked after my mum for three years and ' +
  'learned to manage money, appointments and medicines. I am good at fixing things and people ' +
  'say I am patient and reliable. I would like a part time job near home, maybe in a garden ' +
  'centre or a warehouse with short shifts. Buses are not regular where I live and I worry ' +
  'about interviews, but a practice interview with my coach helped a lot last month.'
).split(' ');

/** A deterministic UUID (version-4 shaped) from a generator. */
export function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][Math.floor(rand() * 4)] as string;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function sentence(rand: () => number, minChars: number, maxChars: number): string {
  const length = minChars + Math.floor(rand() * (maxChars - minChars));
  let text = '';
  let i = Math.floor(rand() * WORDS.length);
  while (text.length < length) {
    text += (text ? ' ' : '') + WORDS[i % WORDS.length];
    i++;
  }
  return text.slice(0, maxChars);
}

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface SeedTable {
  table: string;
  rows: AnyRecord[];
}

export interface FiveYears {
  tables: SeedTable[];
  draftAboutMeId: string;
  counts: Record<string, number>;
}

function build(
  kind: RecordKind,
  id: string,
  fields: Record<string, unknown>,
  wall: number,
  node: string,
): AnyRecord {
  const parsed = fieldsSchema(kind).parse(fields) as Record<string, unknown>;
  return applyFields(undefined, {
    kind,
    id,
    fields: parsed,
    hlc: formatHlc({ wall, counter: 0, node }),
  }) as AnyRecord;
}

export function fiveYears(node: string, nowMs = Date.now()): FiveYears {
  const rand = random(20261124);
  const start = nowMs - 5 * 365 * DAY;
  const byKind = new Map<RecordKind, AnyRecord[]>();
  const add = (kind: RecordKind, record: AnyRecord) => {
    const list = byKind.get(kind) ?? [];
    list.push(record);
    byKind.set(kind, list);
  };

  for (let month = 0; month < 60; month++) {
    const wall = start + month * 30.4 * DAY;
    const scores: Record<string, unknown> = {};
    for (const area of BARRIER_AREAS) {
      scores[area] =
        rand() < 0.08
          ? { kind: 'changesTooMuch' }
          : { kind: 'score', value: 1 + Math.floor(rand() * 10), note: sentence(rand, 0, 80) };
    }
    add(
      'checkIn',
      build(
        'checkIn',
        uuid(rand),
        {
          scores,
          wantToWork: 'someExtent',
          feelAboutWork: 'mightInFuture',
          feelingToday: sentence(rand, 10, 120),
          step: null,
          takenAt: new Date(wall).toISOString(),
          status: 'done',
          sharing: rand() < 0.5 ? 'shared' : 'private',
        },
        wall,
        node,
      ),
    );
  }

  for (let i = 0; i < 200; i++) {
    const wall = start + (i / 200) * 5 * 365 * DAY;
    const due = wall + 14 * DAY;
    add(
      'action',
      build(
        'action',
        uuid(rand),
        {
          text: sentence(rand, 30, 200),
          barrierAreas: [BARRIER_AREAS[i % BARRIER_AREAS.length]],
          type: 'jobSearch',
          owner: 'me',
          ownerName: '',
          referralProvider: '',
          proposedBy: 'claimant',
          requirement: 'voluntary',
          due: isoDate(due),
          review: isoDate(due + 7 * DAY),
          status: i < 190 ? 'done' : 'toDo',
          statusReason: '',
          sharing: 'shared',
        },
        wall,
        node,
      ),
    );
  }

  for (let version = 0; version < 20; version++) {
    const wall = start + version * 91 * DAY;
    const completedAt = new Date(wall + DAY).toISOString();
    add(
      'aboutMe',
      build(
        'aboutMe',
        uuid(rand),
        {
          enjoy: sentence(rand, 200, 800),
          goodAt: sentence(rand, 200, 800),
          proudOf: sentence(rand, 200, 800),
          healthEffects: sentence(rand, 200, 800),
          previousWork: sentence(rand, 200, 800),
          supportNeeded: sentence(rand, 200, 800),
          coachShouldKnow: sentence(rand, 100, 400),
          status: 'done',
          completedAt,
          sharing: 'shared',
        },
        wall,
        node,
      ),
    );
    add(
      'values',
      build(
        'values',
        uuid(rand),
        {
          chosen: ['family', 'health', 'learning'].map((id) => ({
            id,
            why: sentence(rand, 50, 300),
            next: sentence(rand, 50, 200),
          })),
          status: 'done',
          completedAt,
          sharing: 'private',
        },
        wall,
        node,
      ),
    );
    add(
      'fourSteps',
      build(
        'fourSteps',
        uuid(rand),
        {
          goal: sentence(rand, 30, 200),
          bestOutcome: sentence(rand, 30, 300),
          obstacle: sentence(rand, 30, 300),
          ifThen: { if: sentence(rand, 20, 120), then: sentence(rand, 20, 120) },
          barrierAreas: ['confidence'],
          reviews: [],
          status: 'done',
          completedAt,
          sharing: 'shared',
        },
        wall,
        node,
      ),
    );
  }

  const draftAboutMeId = uuid(rand);
  add('aboutMe', build('aboutMe', draftAboutMeId, { status: 'draft' }, nowMs - DAY, node));

  const tables = [...byKind].map(([kind, rows]) => ({ table: TABLE_FOR_KIND[kind], rows }));
  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
  return { tables, draftAboutMeId, counts };
}

/**
 * `count` outbox mutations from device `node`, stamped from `startWall` on: About Me answers
 * (40%), actions (30%), check-in scores (20%) and goals (10%), over about count/10 records.
 */
export function mutationStream(
  count: number,
  node: string,
  startWall: number,
  seed = 1,
): Mutation[] {
  const rand = random(seed);
  const records = {
    aboutMe: Array.from({ length: Math.max(1, Math.ceil(count / 250)) }, () => uuid(rand)),
    action: Array.from({ length: Math.max(1, Math.ceil(count / 30)) }, () => uuid(rand)),
    checkIn: Array.from({ length: Math.max(1, Math.ceil(count / 100)) }, () => uuid(rand)),
    fourSteps: Array.from({ length: Math.max(1, Math.ceil(count / 200)) }, () => uuid(rand)),
  };
  const pick = (ids: string[]) => ids[Math.floor(rand() * ids.length)] as string;
  const fieldsAboutMe = ['enjoy', 'goodAt', 'proudOf', 'healthEffects', 'previousWork'];
  const out: Mutation[] = [];
  for (let i = 0; i < count; i++) {
    const hlc = formatHlc({ wall: startWall + i, counter: 0, node });
    const r = rand();
    let m: Omit<Mutation, 'mutationId' | 'hlc'>;
    if (r < 0.4) {
      const field = fieldsAboutMe[Math.floor(rand() * fieldsAboutMe.length)] as string;
      m = {
        recordKind: 'aboutMe',
        recordId: pick(records.aboutMe),
        fields: { [field]: sentence(rand, 50, 400), sharing: 'shared' },
      } as Omit<Mutation, 'mutationId' | 'hlc'>;
    } else if (r < 0.7) {
      m = {
        recordKind: 'action',
        recordId: pick(records.action),
        fields: { text: sentence(rand, 30, 150), status: 'inProgress', sharing: 'shared' },
      } as Omit<Mutation, 'mutationId' | 'hlc'>;
    } else if (r < 0.9) {
      const area = BARRIER_AREAS[Math.floor(rand() * BARRIER_AREAS.length)] as string;
      m = {
        recordKind: 'checkIn',
        recordId: pick(records.checkIn),
        fields: {
          scores: { [area]: { kind: 'score', value: 1 + Math.floor(rand() * 10) } },
          takenAt: new Date(startWall).toISOString(),
          sharing: 'shared',
        },
      } as Omit<Mutation, 'mutationId' | 'hlc'>;
    } else {
      m = {
        recordKind: 'fourSteps',
        recordId: pick(records.fourSteps),
        fields: { goal: sentence(rand, 30, 150), sharing: 'shared' },
      } as Omit<Mutation, 'mutationId' | 'hlc'>;
    }
    out.push({ ...m, mutationId: uuid(rand), hlc } as Mutation);
  }
  return out;
}
