/**
 * Action plan rules: which actions are open, which are due soon, and how the list is grouped.
 * Dates are compared as YYYY-MM-DD strings in the device's own calendar (see dates.ts).
 */
import { addDays } from './dates';

export const ACTION_TYPES = [
  'health',
  'skills',
  'jobSearch',
  'referral',
  'moneyHousing',
  'confidence',
  'other',
] as const;
export const ACTION_OWNERS = ['me', 'coach', 'someoneElse'] as const;
export const ACTION_STATUSES = ['toDo', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How many days ahead counts as "due soon" on the home page. */
export const DUE_SOON_DAYS = 7;

export interface ActionLike {
  deleted?: boolean;
  status?: string;
  due?: string | null;
  created?: string;
}

export function isOpen(action: ActionLike): boolean {
  return !action.deleted && action.status !== 'done' && action.status !== 'dropped';
}

/** Open actions due from today up to DUE_SOON_DAYS days ahead (a passed date is not "soon"). */
export function isDueSoon(action: ActionLike, today: string, days = DUE_SOON_DAYS): boolean {
  if (!isOpen(action) || !action.due) return false;
  return action.due >= today && action.due <= addDays(today, days);
}

/** An open action whose date has passed. Shown gently: dates can always be changed. */
export function isPastDue(action: ActionLike, today: string): boolean {
  return isOpen(action) && Boolean(action.due) && (action.due ?? '') < today;
}

export function countDueSoon(actions: readonly ActionLike[], today: string): number {
  return actions.filter((a) => isDueSoon(a, today)).length;
}

export interface ActionGroups<A> {
  open: A[];
  done: A[];
  dropped: A[];
}

/** Open actions first by date (undated last, then oldest first); done and dropped apart. */
export function groupActions<A extends ActionLike>(actions: readonly A[]): ActionGroups<A> {
  const live = actions.filter((a) => !a.deleted);
  const open = live
    .filter(isOpen)
    .sort((a, b) =>
      a.due && b.due
        ? a.due.localeCompare(b.due)
        : a.due
          ? -1
          : b.due
            ? 1
            : (a.created ?? '').localeCompare(b.created ?? ''),
    );
  return {
    open,
    done: live.filter((a) => a.status === 'done'),
    dropped: live.filter((a) => a.status === 'dropped'),
  };
}
