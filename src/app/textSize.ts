/**
 * Text size on top of the browser's own zoom: normal, large or larger. Stored in localStorage so
 * the first paint is already the right size, and applied as `data-text-size` on <html>
 * (src/ui/styles/base.css scales the root font size; every size in the app is in rem).
 */
import { useSyncExternalStore } from 'react';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
const STORAGE_KEY = 'waymark.textSize';
const listeners = new Set<() => void>();

function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

export function readTextSize(): TextSize {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTextSize(value) ? value : 'normal';
  } catch {
    return 'normal';
  }
}

export function applyTextSize(size: TextSize = readTextSize(), doc = document): void {
  doc.documentElement.dataset.textSize = size;
}

export function setTextSize(size: TextSize): void {
  try {
    localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Storage refused (private browsing): the size still applies for this visit.
  }
  applyTextSize(size);
  listeners.forEach((listener) => listener());
}

export function useTextSize(): TextSize {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (document.documentElement.dataset.textSize as TextSize | undefined) ?? 'normal',
    () => 'normal',
  );
}
