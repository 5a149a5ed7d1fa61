/**
 * "Something in the local database changed in this tab": the first screen reads the database
 * without Dexie (quickRead.ts), so it cannot use Dexie's live queries; db.ts calls
 * `dataChanged()` after every committed write in this tab, and the home page reads again.
 * Changes made in another tab are picked up when this tab becomes visible again.
 */
const target = new EventTarget();
const EVENT = 'waymark-data-changed';

export function dataChanged(): void {
  target.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` after each change in this tab and when the tab comes back into view. */
export function onDataChanged(listener: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') listener();
  };
  target.addEventListener(EVENT, listener);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    target.removeEventListener(EVENT, listener);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
