/**
 * For code that reads IndexedDB without Dexie (quickRead.ts: the home page, reminders): the
 * rows it read, with any sealed row opened by the same codec the database layer uses (the
 * design is in lock/pin.ts). The lock hands it to lockGate.ts when it is unlocked (or a PIN is
 * set), and those readers go through lockGate's `openedRows`, so a phone with no PIN loads
 * nothing more. A sealed row while locked is a LockedError (the app does not ask for the home
 * page's data while locked).
 */
import { openRows } from './codec';
import { hasSealedRows } from './sealedMark';
import { dataKey } from './session';

export async function openStoreContents<T extends Record<string, unknown[]>>(
  contents: T,
): Promise<T> {
  if (!hasSealedRows(contents)) return contents;
  const key = dataKey();
  const opened = await Promise.all(
    Object.entries(contents).map(
      async ([store, rows]) => [store, await openRows(rows, key, store)] as const,
    ),
  );
  return Object.fromEntries(opened) as T;
}
