// Types for size-check.mjs, used by the browser tests.
export const HARD_LIMIT: number;
export const GOAL: number;
export const DEFERRED_ENTRIES: string[];
export function firstScreenFiles(manifest: Record<string, unknown>): {
  critical: string[];
  deferred: string[];
};
export function measure(distDir?: string): {
  rows: { file: string; when: 'critical' | 'deferred'; gzip: number }[];
  critical: number;
  total: number;
};
