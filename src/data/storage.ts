/**
 * Asking the browser to keep Waymark's data (persistent storage) and how much space it uses.
 * Feature-detected; these never throw, because a missing API is normal on some browsers.
 */

type StorageApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function storageApi(): StorageApi | undefined {
  try {
    return typeof navigator === 'undefined'
      ? undefined
      : (navigator.storage as StorageApi | undefined);
  } catch {
    return undefined;
  }
}

/** Asks for persistent storage, so the browser does not clear the data when space runs low. */
export async function requestPersistentStorage(): Promise<'granted' | 'denied' | 'unsupported'> {
  const api = storageApi();
  if (typeof api?.persist !== 'function') return 'unsupported';
  try {
    return (await api.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Whether storage is already persistent (false when unknown). */
export async function isPersisted(): Promise<boolean> {
  const api = storageApi();
  if (typeof api?.persisted !== 'function') return false;
  try {
    return await api.persisted();
  } catch {
    return false;
  }
}

/** Bytes used and available to this site, when the browser says. */
export async function getStorageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  const api = storageApi();
  if (typeof api?.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await api.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : undefined;
  } catch {
    return undefined;
  }
}
