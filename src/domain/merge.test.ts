// Per-field last-writer-wins: who wins, what stays, and convergence under reordering/duplication.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc, type Hlc } from './hlc';
import { applyFields, detectConflicts, mergeRecords, sameValue, type FieldChange } from './merge';
import type { Action } from './records';

const T0 = 1_764_000_000_000;
const ID = '6f1c2f8e-8a4b-4c1e-9d2a-0b7f3c5d9e10';
const h = (wall: number, counter = 0, node = 'dev1'): Hlc => formatHlc({ wall, counter, node });
const change = (fields: Record<string, unknown>, hlc: Hlc): FieldChange<'action'> => ({
  kind: 'action',
  id: ID,
  fields,
  hlc,
});

describe('applyFields', () => {
  it('creates a record with the kind defaults, clocks and dates taken from the mutation', () => {
    const r = applyFields<'action'>(undefined, change({ text: 'Phone the housing office' }, h(T0)));
    expect(r).toEqual({
      id: ID,
      created: new Date(T0).toISOString(),
      updated: h(T0),
      deleted: false,
      fieldClocks: { text: h(T0) },
      sharing: 'shared',
      requirement: 'voluntary',
      status: 'toDo',
      text: 'Phone the housing office',
    });
  });

  it('lets a later write win a field and keeps other fields', () => {
    const a = applyFields<'action'>(
      undefined,
      change({ text: 'one', status: 'inProgress' }, h(T0)),
    );
    const b = applyFields(a, change({ text: 'two' }, h(T0 + 5)));
    expect(b.text).toBe('two');
    expect(b.status).toBe('inProgress');
    expect(b.fieldClocks).toEqual({ text: h(T0 + 5), status: h(T0) });
    expect(b.updated).toBe(h(T0 + 5));
    expect(a.text).toBe('one'); // the input is not mutated
  });

  it('ignores an older write to a field but still records it in updated/created', () => {
    const a = applyFields<'action'>(undefined, change({ text: 'new' }, h(T0 + 10)));
    const b = applyFields(a, change({ text: 'old', due: '2026-01-05' }, h(T0)));
    expect(b.text).toBe('new');
    expect(b.due).toBe('2026-01-05');
    expect(b.updated).toBe(h(T0 + 10));
    expect(b.created).toBe(new Date(T0).toISOString());
  });

  it('breaks equal wall time and counter by node id', () => {
    const a = applyFields<'action'>(undefined, change({ text: 'from b' }, h(T0, 0, 'b')));
    const b = applyFields(a, change({ text: 'from a' }, h(T0, 0, 'a')));
    expect(b.text).toBe('from b');
  });

  it('is a no-op to apply the same mutation twice', () => {
    const m = change({ text: 'x' }, h(T0));
    const once = applyFields<'action'>(undefined, m);
    expect(applyFields(once, m)).toEqual(once);
  });

  it('soft-deletes through the deleted field', () => {
    const a = applyFields<'action'>(undefined, change({ text: 'x' }, h(T0)));
    const b = applyFields(a, change({ deleted: true }, h(T0 + 1)));
    expect(b.deleted).toBe(true);
    expect(b.text).toBe('x');
  });

  it('refuses envelope fields and a mismatched id', () => {
    expect(() => applyFields<'action'>(undefined, change({ updated: h(T0) }, h(T0)))).toThrow(
      /cannot set updated/,
    );
    const a = applyFields<'action'>(undefined, change({ text: 'x' }, h(T0)));
    expect(() => applyFields(a, { ...change({ text: 'y' }, h(T0 + 1)), id: 'other' })).toThrow();
  });
});

describe('mergeRecords and detectConflicts', () => {
  const base = applyFields<'action'>(undefined, change({ text: 'agreed', status: 'toDo' }, h(T0)));
  const local = applyFields(base, change({ text: 'mine' }, h(T0 + 10, 0, 'phone')));
  const remote = applyFields(
    base,
    change({ text: 'coach', due: '2026-02-01' }, h(T0 + 20, 0, 'coach')),
  );

  it('merges two copies field by field, whichever order', () => {
    const m1 = mergeRecords(local, remote);
    const m2 = mergeRecords(remote, local);
    expect(m1).toEqual(m2);
    expect(m1.text).toBe('coach');
    expect(m1.due).toBe('2026-02-01');
    expect(m1.status).toBe('toDo');
  });

  it('reports a local edit that a pulled change overwrote', () => {
    expect(detectConflicts(local, remote, h(T0))).toEqual([
      {
        field: 'text',
        localValue: 'mine',
        remoteValue: 'coach',
        localHlc: h(T0 + 10, 0, 'phone'),
        remoteHlc: h(T0 + 20, 0, 'coach'),
      },
    ]);
  });

  it('reports nothing when the local edit was already agreed, lost nothing, or is equal', () => {
    expect(detectConflicts(local, remote, h(T0 + 15))).toEqual([]);
    expect(detectConflicts(remote, local)).toEqual([]); // the local copy wins: nothing overwritten
    const same = applyFields(base, change({ text: 'coach' }, h(T0 + 5, 0, 'phone')));
    expect(detectConflicts(same, remote)).toEqual([]);
  });

  it('compares values structurally', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('convergence (property)', () => {
  const mutation = fc.record({
    wall: fc.integer({ min: T0, max: T0 + 20 }),
    counter: fc.integer({ min: 0, max: 3 }),
    node: fc.constantFrom('phone', 'tablet', 'coach', 'server'),
    fields: fc
      .record(
        {
          text: fc.string({ maxLength: 5 }),
          status: fc.constantFrom('toDo', 'inProgress', 'done', 'dropped'),
          due: fc.option(fc.constantFrom('2026-01-01', '2026-02-02'), { nil: null }),
          barrierAreas: fc.subarray(['money', 'housing', 'transport']),
          deleted: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .filter((f) => Object.keys(f).length > 0),
  });
  // One timestamp is one mutation: make timestamps unique.
  const mutations = fc
    .uniqueArray(mutation, {
      minLength: 1,
      maxLength: 12,
      selector: (m) => `${m.wall}/${m.counter}/${m.node}`,
    })
    .map((ms) => ms.map((m) => change(m.fields, h(m.wall, m.counter, m.node))));

  const applyAll = (ms: FieldChange<'action'>[]) =>
    ms.reduce<Action | undefined>((r, m) => applyFields<'action'>(r, m), undefined);

  it('gives the same record for any order of the same mutations, with duplicates', () => {
    fc.assert(
      fc.property(
        mutations.chain((ms) =>
          fc.tuple(
            fc.constant(ms),
            fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
            fc.array(fc.constantFrom(...ms), { maxLength: 6 }),
          ),
        ),
        ([ms, shuffled, dups]) => {
          const reference = applyAll(ms);
          const other = applyAll([...dups, ...shuffled, ...dups]);
          expect(other).toEqual(reference);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same record when replicas apply disjoint halves and then merge', () => {
    fc.assert(
      fc.property(mutations, fc.nat(), (ms, cut) => {
        const k = cut % (ms.length + 1);
        const left = ms.slice(0, k);
        const right = ms.slice(k);
        if (left.length === 0 || right.length === 0) return;
        const a = applyAll(left) as Action;
        const b = applyAll(right) as Action;
        expect(mergeRecords(a, b)).toEqual(applyAll(ms));
        expect(mergeRecords(b, a)).toEqual(applyAll(ms));
      }),
      { numRuns: 300 },
    );
  });
});
