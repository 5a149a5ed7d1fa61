/**
 * How the demo office's history is written down (server/demo/people/*.ts): each person is a list
 * of dated events, each one change that the claimant's phone or the coach's console made to one
 * record, in that record kind's own fields. Days count from the day the demo office was first
 * seeded (day 0), so the history always ends just before it; seed.ts turns the events into
 * mutations with hybrid logical clocks at those times.
 */
import type { CheckInScore, FieldsByKind, RecordKind } from '../../src/domain/records';
import type { BarrierArea } from '../../src/domain/barriers';

export type Writer = 'claimant' | 'coach';

/** The fields of one change; a function when they name another record (feedback's aboutId). */
export type StoryFields<K extends RecordKind = RecordKind> =
  FieldsByKind[K] | ((idOf: (key: string) => string) => FieldsByKind[K]);

export interface StoryEvent {
  /** When the change was made (ms since the epoch). */
  at: number;
  by: Writer;
  kind: RecordKind;
  /** Names the record within this person's story; events with the same key change one record. */
  key: string;
  fields: StoryFields;
}

export interface DemoPerson {
  /** The coach's pseudonymous label. */
  label: string;
  /** When the coach added them. */
  added: number;
  /** Their phone, if they have paired one: when, and when it last synced. */
  phone?: { paired: number; lastSeen: number };
  /** When the coach last read their journal: later changes are "what's new". */
  coachLooked?: number;
  events: StoryEvent[];
}

const DAY_MS = 86_400_000;

/** Times of the demo's story, counted in days from day 0 (the first seeding's day, UTC). */
export class Timeline {
  readonly day0: number;

  constructor(anchor: Date) {
    this.day0 = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  }

  /** `day` days from day 0 at `hhmm` (UTC). */
  at(day: number, hhmm: string): number {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return this.day0 + day * DAY_MS + (h * 60 + m) * 60_000;
  }

  /**
   * The same on a weekday: a weekend moves on to Monday (so a reply never comes before what it
   * answers), or back to Friday when Monday would not be in the past yet.
   */
  workday(day: number, hhmm: string): number {
    const weekday = new Date(this.at(day, '12:00')).getUTCDay();
    const forward = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
    const back = weekday === 6 ? -1 : weekday === 0 ? -2 : 0;
    const shift = day < 0 && day + forward >= 0 ? back : forward;
    return this.at(day + shift, hhmm);
  }

  iso(day: number, hhmm: string): string {
    return new Date(this.at(day, hhmm)).toISOString();
  }

  workdayIso(day: number, hhmm: string): string {
    return new Date(this.workday(day, hhmm)).toISOString();
  }

  /** A calendar date, YYYY-MM-DD. */
  date(day: number): string {
    return new Date(this.workday(day, '12:00')).toISOString().slice(0, 10);
  }
}

/** Events of one person, in the order they are written down. */
export class Story {
  readonly events: StoryEvent[] = [];

  constructor(readonly t: Timeline) {}

  /** A change made on the claimant's phone. */
  claimant<K extends RecordKind>(at: number, kind: K, key: string, fields: StoryFields<K>): this {
    this.events.push({ at, by: 'claimant', kind, key, fields: fields as StoryFields });
    return this;
  }

  /** A change made by the work coach, on a weekday. */
  coach<K extends RecordKind>(at: number, kind: K, key: string, fields: StoryFields<K>): this {
    this.events.push({ at, by: 'coach', kind, key, fields: fields as StoryFields });
    return this;
  }
}

/** A check-in answer: a score, 'ctm' (changes too much to say) or 'skip', with an optional note. */
export type Answer = number | 'ctm' | 'skip' | [number | 'ctm' | 'skip', string];

export function scores(answers: Partial<Record<BarrierArea, Answer>>) {
  const result: Partial<Record<BarrierArea, CheckInScore>> = {};
  for (const [area, answer] of Object.entries(answers) as [BarrierArea, Answer][]) {
    const [value, note] = Array.isArray(answer) ? answer : [answer, undefined];
    const withNote = note === undefined ? {} : { note };
    result[area] =
      value === 'ctm'
        ? { kind: 'changesTooMuch', ...withNote }
        : value === 'skip'
          ? { kind: 'skipped', ...withNote }
          : { kind: 'score', value, ...withNote };
  }
  return result;
}

/** A finished, shared check-in taken at `at`. */
export function checkIn(
  at: number,
  answers: Partial<Record<BarrierArea, Answer>>,
  extra: Pick<FieldsByKind['checkIn'], 'wantToWork' | 'feelAboutWork' | 'feelingToday'> = {},
): FieldsByKind['checkIn'] {
  return {
    scores: scores(answers),
    ...extra,
    step: null,
    takenAt: new Date(at).toISOString(),
    status: 'done',
    sharing: 'shared',
  };
}
