// Where the feedback pages are (matched by routes.ts, which the first screen loads).
export const FEEDBACK_PATH = '/feedback';

export function feedbackPath(id: string): string {
  return `${FEEDBACK_PATH}/${id}`;
}

export function feedbackSentPath(id: string): string {
  return `${FEEDBACK_PATH}/${id}/sent`;
}
