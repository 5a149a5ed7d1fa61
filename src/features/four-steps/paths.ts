/**
 * My 4 Steps' addresses: the workbook engine's (start, questions, check, done, a goal) plus two
 * of its own: a goal's "How did it go?" review and the printable page of every goal. Plain
 * functions, no React, so routes.ts stays small in the first bundle.
 */
import { findTask } from '../../domain/tasks';
import { matchWorkbookPath, workbookPath, type WorkbookRoute } from '../workbook/paths';

export const FOUR_STEPS_PATH = findTask('fourSteps').path;

export type FourStepsRoute = WorkbookRoute | { page: 'review'; id: string } | { page: 'print' };

const REVIEW = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/review$/i;

export function matchFourStepsPath(pathname: string): FourStepsRoute | undefined {
  if (pathname === `${FOUR_STEPS_PATH}/print`) return { page: 'print' };
  if (pathname.startsWith(`${FOUR_STEPS_PATH}/`)) {
    const review = REVIEW.exec(pathname.slice(FOUR_STEPS_PATH.length));
    if (review?.[1]) return { page: 'review', id: review[1] };
  }
  return matchWorkbookPath(FOUR_STEPS_PATH, pathname);
}

export const fourStepsPath = {
  start: () => FOUR_STEPS_PATH,
  goal: (id: string) => workbookPath.version(FOUR_STEPS_PATH, id),
  review: (id: string) => `${FOUR_STEPS_PATH}/${id}/review`,
  print: () => `${FOUR_STEPS_PATH}/print`,
};
