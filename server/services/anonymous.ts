/**
 * Anonymous feedback (issue 6, "Send without my name"): stored with no link to the claimant.
 * The row holds the office (the claimant's coach's office), the kind of support, the answers,
 * the comment and the day it was given: no claimant, device, coach or record id, no time of day,
 * and a random id. records.ts decides when a feedback is anonymous and keeps its mutation ids
 * without whose they were.
 */
import type { Queryable } from '../db';
import type { AnyRecord, RecordKind } from '../../src/domain/records';
import { FEEDBACK_ABOUT, feedbackDay } from '../../src/domain/report';
import { ukToday } from './report';

type FeedbackFields = {
  about?: string;
  helpful?: number | null;
  listenedTo?: string | null;
  rightForMe?: string | null;
  comment?: string;
  anonymous?: boolean;
  status?: string;
  sentAt?: string | null;
  updated?: string;
  deleted?: boolean;
};

/** A live feedback the claimant has sent without their name. */
export function isAnonymousFeedback(kind: RecordKind, record: AnyRecord): boolean {
  const f = record as FeedbackFields;
  return kind === 'feedback' && f.anonymous === true && f.status === 'sent' && f.deleted !== true;
}

/** Adds one anonymous response for the claimant's coach's office. */
export async function storeAnonymousFeedback(
  tx: Queryable,
  claimantId: string,
  record: AnyRecord,
): Promise<void> {
  const f = record as FeedbackFields;
  const about = (FEEDBACK_ABOUT as readonly string[]).includes(f.about ?? '') ? f.about : null;
  const comment = typeof f.comment === 'string' && f.comment.trim() !== '' ? f.comment : null;
  await tx.query(
    `insert into anonymous_feedback
       (office_id, about, helpful, listened_to, right_for_me, comment, given_on)
     select co.office_id, $2, $3, $4, $5, $6, $7::date
     from claimants c join coaches co on co.id = c.coach_id where c.id = $1`,
    [
      claimantId,
      about,
      f.helpful ?? null,
      f.listenedTo ?? null,
      f.rightForMe ?? null,
      comment,
      feedbackDay(f, await ukToday(tx)),
    ],
  );
}
