// Sync protocol schemas and batching bounds.
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import {
  INITIAL_CURSOR,
  MAX_MUTATIONS_PER_REQUEST,
  batchSize,
  mutationSchema,
  syncRequestSchema,
  syncResponseSchema,
  utf8Length,
  type Mutation,
} from './sync';

const HLC = formatHlc({ wall: 1_764_000_000_000, counter: 0, node: 'dev1' });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const mutation = (n: number, text = 'hello'): Mutation => ({
  mutationId: uuid(n),
  recordKind: 'journalEntry',
  recordId: uuid(0),
  fields: { author: 'claimant', text },
  hlc: HLC,
});

describe('mutationSchema', () => {
  it('accepts a mutation and validates fields with the kind schema', () => {
    expect(mutationSchema.safeParse(mutation(1)).success).toBe(true);
    const bad = mutationSchema.safeParse({
      ...mutation(1),
      recordKind: 'checkIn',
      fields: { scores: { money: { kind: 'score', value: 0 } } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['fields', 'scores', 'money', 'value']);
  });

  it('rejects an unknown kind, a bad id or a bad clock', () => {
    const unknownKind = mutationSchema.safeParse({ ...mutation(1), recordKind: 'diary' });
    expect(unknownKind.error?.issues[0]?.message).toMatch(/recordKind must be one of: aboutMe/);
    expect(mutationSchema.safeParse({ ...mutation(1), mutationId: '1' }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...mutation(1), hlc: '2025-01-01' }).success).toBe(false);
  });
});

describe('syncRequestSchema', () => {
  it('accepts up to the maximum number of mutations', () => {
    const request = (n: number) => ({
      deviceId: uuid(9),
      since: INITIAL_CURSOR,
      mutations: Array.from({ length: n }, (_, i) => mutation(i)),
    });
    expect(syncRequestSchema.safeParse(request(MAX_MUTATIONS_PER_REQUEST)).success).toBe(true);
    const tooMany = syncRequestSchema.safeParse(request(MAX_MUTATIONS_PER_REQUEST + 1));
    expect(tooMany.error?.issues[0]?.message).toBe('Send at most 500 mutations at once');
  });
});

describe('syncResponseSchema', () => {
  it('accepts records with their field clocks', () => {
    const response = {
      acked: [uuid(1)],
      changes: [
        {
          recordKind: 'appointment',
          record: {
            id: uuid(2),
            created: '2025-11-24T10:00:00.000Z',
            updated: HLC,
            deleted: false,
            fieldClocks: { at: HLC },
            at: '2025-12-01T10:00:00.000Z',
          },
        },
      ],
      cursor: '42',
    };
    const parsed = syncResponseSchema.parse(response);
    expect(parsed.changes[0]?.record).toMatchObject({ status: 'booked' });
    expect(syncResponseSchema.safeParse({ ...response, cursor: 42 }).success).toBe(false);
  });
});

describe('batching', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('£')).toBe(2);
    expect(utf8Length('ŵ')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });

  it('fits as many mutations as the byte and count limits allow', () => {
    const head = { deviceId: uuid(9), since: '7' };
    const ms = Array.from({ length: 10 }, (_, i) => mutation(i, 'x'.repeat(1000)));
    const exact = JSON.stringify({ ...head, mutations: ms.slice(0, 3) }).length;
    expect(batchSize(head, ms, exact)).toBe(3);
    expect(batchSize(head, ms, exact - 1)).toBe(2);
    expect(batchSize(head, ms)).toBe(10);
    expect(batchSize(head, ms, 10)).toBe(1);
    expect(batchSize(head, [])).toBe(0);
    const many = Array.from({ length: 600 }, (_, i) => mutation(i));
    expect(batchSize(head, many)).toBe(MAX_MUTATIONS_PER_REQUEST);
  });
});
