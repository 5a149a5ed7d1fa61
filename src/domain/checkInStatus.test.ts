// The check-in's own fields (where a half-done check-in was left) and the home page status for
// "My check-ins": not started, in progress while one is half done, done once one is finished.
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { fieldsSchema } from './records';
import { taskStatusFor } from './tasks';
import type { RecordEnvelope } from './records';

const hlc = formatHlc({
  wall: Date.parse('2026-03-04T10:00:00.000Z'),
  counter: 0,
  node: 'device-a',
});

function record(fields: Record<string, unknown>): RecordEnvelope & { status?: string } {
  return {
    id: crypto.randomUUID(),
    created: '2026-03-04T10:00:00.000Z',
    updated: hlc,
    deleted: false,
    fieldClocks: Object.fromEntries(Object.keys(fields).map((f) => [f, hlc])),
    ...fields,
  } as RecordEnvelope & { status?: string };
}

describe('check-in step', () => {
  it('accepts an area or a closing screen, or null, and nothing else', () => {
    const ok = (step: unknown) => fieldsSchema('checkIn').safeParse({ step }).success;
    expect(ok('confidence')).toBe(true);
    expect(ok('aboutWork')).toBe(true);
    expect(ok('check')).toBe(true);
    expect(ok(null)).toBe(true);
    expect(ok('weather')).toBe(false);
    expect(ok(3)).toBe(false);
  });
});

describe('taskStatusFor checkIns', () => {
  it('is not started with no check-in, or one opened but not yet begun', () => {
    expect(taskStatusFor('checkIns', []).status).toBe('notStarted');
    expect(taskStatusFor('checkIns', [record({ status: 'draft' })]).status).toBe('notStarted');
  });

  it('is in progress while a check-in is half done', () => {
    const started = record({ status: 'draft', step: 'physicalHealth' });
    expect(taskStatusFor('checkIns', [started]).status).toBe('inProgress');
    const answered = record({
      status: 'draft',
      scores: { physicalHealth: { kind: 'score', value: 4 } },
    });
    expect(taskStatusFor('checkIns', [answered]).status).toBe('inProgress');
  });

  it('is done once at least one check-in is finished, even with a new one half done', () => {
    const finished = record({
      status: 'done',
      takenAt: '2026-03-04T10:05:00.000Z',
      scores: { confidence: { kind: 'skipped' } },
    });
    const half = record({ status: 'draft', scores: { confidence: { kind: 'score', value: 2 } } });
    expect(taskStatusFor('checkIns', [finished, half]).status).toBe('done');
  });
});
