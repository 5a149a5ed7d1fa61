/**
 * "Another tab opened a newer version of the local database": db.ts closes this tab's
 * connection and calls `versionChanged()`; the app asks the person to reload. A registry with
 * no Dexie in it, so the app shell can listen without loading the database code.
 */
export type VersionChangeListener = () => void;

const listeners = new Set<VersionChangeListener>();

export function onVersionChange(listener: VersionChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function versionChanged(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('versionchange listener failed', error);
    }
  }
}
