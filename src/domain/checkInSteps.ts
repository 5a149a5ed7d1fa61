/**
 * The check-in screens after the ten barrier areas: the optional questions about work, then the
 * check. A check-in's `step` (where a half-done one was left) is an area id or one of these.
 * Its own module, so the app's routes can name the steps without loading the record schemas.
 */
export const CHECK_IN_CLOSING_STEPS = ['aboutWork', 'check'] as const;
export type CheckInClosingStep = (typeof CHECK_IN_CLOSING_STEPS)[number];
