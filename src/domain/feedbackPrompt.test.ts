import { describe, expect, it } from 'vitest';
import { FEEDBACK_PROMPT_DAYS, feedbackPrompt, type FeedbackPromptSource } from './feedbackPrompt';
import { STILL_UPCOMING_MS } from './appointments';
import type { Appointment } from './records';

const NOW = Date.parse('2026-11-24T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 86_400_000;

let next = 0;
function appointment(at: number, more: Partial<Appointment> = {}): Appointment {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    created: '2026-11-01T09:00:00.000Z',
    updated: '000001000000000-0000-coach',
    deleted: false,
    fieldClocks: {},
    at: new Date(at).toISOString(),
    how: 'phone',
    status: 'booked',
    source: 'coach',
    ...more,
  };
}

const source = (more: Partial<FeedbackPromptSource>): FeedbackPromptSource => ({
  appointments: [],
  feedback: [],
  notAsked: [],
  paused: false,
  ...more,
});

describe('the feedback prompt after an appointment', () => {
  it('asks about a coach appointment once it is over, with its time and how it was held', () => {
    const a = appointment(NOW - 2 * HOUR, { how: 'video' });
    expect(feedbackPrompt(source({ appointments: [a] }), NOW)).toEqual({
      appointmentId: a.id,
      at: a.at,
      how: 'video',
    });
  });

  it('waits until the appointment is over, as the home page stops calling it "next"', () => {
    const a = appointment(NOW - STILL_UPCOMING_MS + 1);
    expect(feedbackPrompt(source({ appointments: [a] }), NOW)).toBeUndefined();
    expect(feedbackPrompt(source({ appointments: [a] }), NOW + 1)?.appointmentId).toBe(a.id);
    const future = appointment(NOW + DAY);
    expect(feedbackPrompt(source({ appointments: [future] }), NOW)).toBeUndefined();
  });

  it('asks for 14 days after the appointment, and not after that', () => {
    const edge = appointment(NOW - FEEDBACK_PROMPT_DAYS * DAY);
    const older = appointment(NOW - FEEDBACK_PROMPT_DAYS * DAY - 1);
    expect(feedbackPrompt(source({ appointments: [edge] }), NOW)?.appointmentId).toBe(edge.id);
    expect(feedbackPrompt(source({ appointments: [older] }), NOW)).toBeUndefined();
  });

  it('never asks about a cancelled, removed, untimed or self-added appointment', () => {
    const at = NOW - DAY;
    const appointments = [
      appointment(at, { status: 'cancelled' }),
      appointment(at, { deleted: true }),
      appointment(at, { source: 'claimant' }),
      { ...appointment(at), at: undefined },
    ];
    expect(feedbackPrompt(source({ appointments }), NOW)).toBeUndefined();
    const changed = appointment(at, { status: 'changed' });
    expect(feedbackPrompt(source({ appointments: [changed] }), NOW)?.appointmentId).toBe(
      changed.id,
    );
  });

  it('asks only once: not when feedback (even a draft) exists, or after "Don’t ask"', () => {
    const a = appointment(NOW - DAY);
    expect(
      feedbackPrompt(
        source({ appointments: [a], feedback: [{ aboutId: a.id, deleted: false }] }),
        NOW,
      ),
    ).toBeUndefined();
    expect(feedbackPrompt(source({ appointments: [a], notAsked: [a.id] }), NOW)).toBeUndefined();
    // Deleted feedback no longer counts as an answer.
    expect(
      feedbackPrompt(
        source({ appointments: [a], feedback: [{ aboutId: a.id, deleted: true }] }),
        NOW,
      )?.appointmentId,
    ).toBe(a.id);
  });

  it('asks about the most recent appointment, and nothing at all after "Not now"', () => {
    const older = appointment(NOW - 3 * DAY);
    const recent = appointment(NOW - DAY);
    const appointments = [recent, older];
    expect(feedbackPrompt(source({ appointments }), NOW)?.appointmentId).toBe(recent.id);
    expect(
      feedbackPrompt(source({ appointments, notAsked: [recent.id] }), NOW)?.appointmentId,
    ).toBe(older.id);
    expect(feedbackPrompt(source({ appointments, paused: true }), NOW)).toBeUndefined();
  });
});
