/**
 * The barrier areas a claimant scores in a check-in and tags goals and actions with, as stable
 * ids in display order (the words live in locales/). From the barriers claimants named in the
 * Personal Support Package evaluation.
 */
export const BARRIER_AREAS = [
  'physicalHealth',
  'mentalHealth',
  'confidence',
  'skills',
  'suitableWork',
  'caring',
  'money',
  'housing',
  'transport',
  'digital',
] as const;

export type BarrierArea = (typeof BARRIER_AREAS)[number];

export function isBarrierArea(s: unknown): s is BarrierArea {
  return typeof s === 'string' && (BARRIER_AREAS as readonly string[]).includes(s);
}
