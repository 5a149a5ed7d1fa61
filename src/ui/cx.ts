/**
 * cx: joins class names, skipping empty ones, so components can add state classes simply:
 * cx('a', cond && 'b') -> 'a b'.
 */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
