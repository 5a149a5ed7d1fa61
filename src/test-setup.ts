// Vitest setup for the `unit` project: a real IndexedDB implementation in memory, React trees
// unmounted after each test, and the one browser API jsdom lacks that react-aria's modal uses.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

if (typeof CSS === 'undefined' || typeof CSS.escape !== 'function') {
  const escape = (value: string) => value.replace(/[^\w-]/g, (ch) => `\\${ch}`);
  Object.assign(globalThis, { CSS: { ...(globalThis as { CSS?: object }).CSS, escape } });
}
