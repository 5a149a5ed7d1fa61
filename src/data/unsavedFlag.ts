// Whether a previous visit left changes not yet written to IndexedDB (see unsavedBackup.ts).
// No imports, so the app can check it on the first screen for free.
export const UNSAVED_PREFIX = 'waymark.unsaved.';

export function hasUnsaved(storage: Storage = localStorage): boolean {
  try {
    for (let i = 0; i < storage.length; i += 1) {
      if (storage.key(i)?.startsWith(UNSAVED_PREFIX)) return true;
    }
  } catch {
    // Storage not available.
  }
  return false;
}
