/**
 * The check-in's screens and their paths: the start page, one screen per barrier area, the
 * optional questions about work, the check page, the finished page, My progress and the
 * printable summary. Pure functions, so the routes and the pages agree on every path. The app's
 * router loads this file with the first screen, so it stays small (no domain rules here).
 */
import { BARRIER_AREAS, isBarrierArea, type BarrierArea } from '../../domain/barriers';
import { CHECK_IN_CLOSING_STEPS, type CheckInClosingStep } from '../../domain/checkInSteps';

export const CHECK_INS_PATH = '/check-ins';
export const PROGRESS_PATH = '/check-ins/progress';
export const SUMMARY_PATH = '/check-ins/summary';

export type ClosingStep = CheckInClosingStep;
export type CheckInStep = BarrierArea | ClosingStep;
export const CHECK_IN_STEPS: readonly CheckInStep[] = [...BARRIER_AREAS, ...CHECK_IN_CLOSING_STEPS];

const SLUGS: Record<ClosingStep | 'finished', string> = {
  aboutWork: 'about-work',
  check: 'check',
  finished: 'finished',
};

export function stepPath(id: string, step: CheckInStep | 'finished'): string {
  const slug = isBarrierArea(step) ? step : SLUGS[step];
  return `${CHECK_INS_PATH}/${id}/${slug}`;
}

export function nextStep(step: CheckInStep): CheckInStep | 'finished' {
  return CHECK_IN_STEPS[CHECK_IN_STEPS.indexOf(step) + 1] ?? 'finished';
}

/** The screen before this one, or undefined for the first area (its back link is the start). */
export function previousStep(step: CheckInStep): CheckInStep | undefined {
  const index = CHECK_IN_STEPS.indexOf(step);
  return index > 0 ? CHECK_IN_STEPS[index - 1] : undefined;
}

export type CheckInRoute =
  | { page: 'start' }
  | { page: 'progress' }
  | { page: 'summary' }
  | { page: 'area'; id: string; area: BarrierArea }
  | { page: 'aboutWork'; id: string }
  | { page: 'check'; id: string }
  | { page: 'finished'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which check-in page a pathname is, or undefined when it is not one. */
export function parseCheckInPath(pathname: string): CheckInRoute | undefined {
  if (pathname === CHECK_INS_PATH) return { page: 'start' };
  if (pathname === PROGRESS_PATH) return { page: 'progress' };
  if (pathname === SUMMARY_PATH) return { page: 'summary' };
  const parts = pathname.split('/');
  if (parts.length !== 4 || `/${parts[1]}` !== CHECK_INS_PATH) return undefined;
  const [, , id = '', slug = ''] = parts;
  if (!UUID.test(id)) return undefined;
  if (isBarrierArea(slug)) return { page: 'area', id, area: slug };
  if (slug === SLUGS.aboutWork) return { page: 'aboutWork', id };
  if (slug === SLUGS.check) return { page: 'check', id };
  if (slug === SLUGS.finished) return { page: 'finished', id };
  return undefined;
}
