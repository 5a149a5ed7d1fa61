/**
 * Which coach appointment to ask about on the home page ("How was your phone call on …?").
 * An appointment qualifies once it is over (an hour after it starts, as the home page's "Next"
 * line stops showing it then), for 14 days after it started, when it came from the work coach,
 * was not cancelled or removed, has no feedback yet (a draft counts: the claimant has started
 * it), and the claimant has not said "Don't ask about this one". The most recent one is asked
 * about; "Not now" pauses every prompt until the next visit. So each appointment is asked about
 * at most once, and never again once answered or declined.
 *
 * It loads with the home page's deferred read, so it imports nothing (types only).
 */
import type { Appointment, Feedback } from './records';

/** How long after it starts an appointment counts as over (domain/appointments.ts). */
const OVER_AFTER_MS = 3_600_000;
/** How long after an appointment the prompt may still appear. */
export const FEEDBACK_PROMPT_DAYS = 14;

export interface FeedbackPrompt {
  appointmentId: string;
  at: string;
  how: Appointment['how'] | undefined;
}

export interface FeedbackPromptSource {
  appointments: readonly Appointment[];
  feedback: readonly Pick<Feedback, 'aboutId' | 'deleted'>[];
  /** Appointment ids the claimant said not to ask about again. */
  notAsked: readonly string[];
  /** True after "Not now" in this visit. */
  paused: boolean;
}

export function feedbackPrompt(
  source: FeedbackPromptSource,
  now: number,
): FeedbackPrompt | undefined {
  if (source.paused) return undefined;
  const answered = new Set(source.feedback.filter((f) => !f.deleted).map((f) => f.aboutId));
  const earliest = now - FEEDBACK_PROMPT_DAYS * 86_400_000;
  let chosen: (Appointment & { at: string }) | undefined;
  for (const a of source.appointments) {
    const start = Date.parse(a.at ?? '');
    if (
      a.deleted ||
      a.source !== 'coach' ||
      a.status === 'cancelled' ||
      !(start + OVER_AFTER_MS <= now && start >= earliest) ||
      answered.has(a.id) ||
      source.notAsked.includes(a.id)
    ) {
      continue;
    }
    if (!chosen || start > Date.parse(chosen.at)) chosen = a as Appointment & { at: string };
  }
  return chosen && { appointmentId: chosen.id, at: chosen.at, how: chosen.how };
}
