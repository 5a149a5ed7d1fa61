/**
 * The values people choose from (ids here, words and one-line meanings in locales values.json),
 * and the pure rules for a chosen list: at most five, in the claimant's order, moved one place
 * at a time with Move up / Move down (no dragging).
 */
import { MAX_VALUES } from '../../domain/recordKinds';
import type { Values } from '../../domain/records';
import type { Translate } from '../workbook/flow';

export const VALUE_IDS = [
  'family',
  'friendship',
  'health',
  'learning',
  'helpingOthers',
  'independence',
  'creativity',
  'security',
  'fairness',
  'faith',
  'nature',
  'beingActive',
  'achievement',
  'belonging',
  'fun',
  'honesty',
  'kindness',
  'respect',
  'calm',
  'adventure',
] as const;
export type ValueId = (typeof VALUE_IDS)[number];
export type ChosenValue = NonNullable<Values['chosen']>[number];

export { MAX_VALUES };

export function isListedValue(id: string): id is ValueId {
  return (VALUE_IDS as readonly string[]).includes(id);
}

/** The value's name: the claimant's own words, or the listed word in the current language. */
export function valueName(t: Translate, value: ChosenValue): string {
  if (value.custom !== undefined) return value.custom;
  return isListedValue(value.id) ? t(`values.list.${value.id}.name`) : value.id;
}

/** The one-line meaning of a listed value; none for the claimant's own. */
export function valueMeaning(t: Translate, value: ChosenValue): string | undefined {
  return value.custom === undefined && isListedValue(value.id)
    ? t(`values.list.${value.id}.meaning`)
    : undefined;
}

/** True when a selection can be saved (five or fewer). */
export function withinLimit(ids: readonly string[]): boolean {
  return ids.length <= MAX_VALUES;
}

/**
 * A new selection in a stable order: values already chosen keep their places, newly ticked
 * ones go to the end in the order they were ticked.
 */
export function mergeSelection(current: readonly string[], next: readonly string[]): string[] {
  const kept = current.filter((id) => next.includes(id));
  return [...kept, ...next.filter((id) => !current.includes(id))];
}

/**
 * Moves the item at `index` one place up (-1) or down (+1); returns the new list and the
 * item's new index. A move past either end changes nothing.
 */
export function moveItem<T>(
  items: readonly T[],
  index: number,
  direction: -1 | 1,
): { items: T[]; index: number } {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return { items: [...items], index };
  }
  const next = [...items];
  const [item] = next.splice(index, 1) as [T];
  next.splice(target, 0, item);
  return { items: next, index: target };
}

/** A fresh id for a value the claimant adds, safe in an address. */
export function ownValueId(random: () => string = () => crypto.randomUUID()): string {
  return `own-${random()
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 12)
    .toLowerCase()}`;
}
