/**
 * "Something in the local database changed in this tab": the first screen reads the database
 * without Dexie (quickRead.ts), so it cannot use Dexie's live queries; db.ts calls
 * `dataChanged()` after every committed write in this tab, and the home page reads again.
 * Changes made in another tab are picked up when this tab becomes visible again.
 */
const target = new EventTarget();

/** The page's document where there is one (this module also loads in the service worker). */
interface VisibilitySource {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}
const page = (globalThis as { document?: VisibilitySource }).document;
const EVENT = 'waymark-data-changed';

export function dataChanged(): void {
  target.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` after each change in this tab and when the tab comes back into view. */
export function onDataChanged(listener: () => void): () => void {
  const onVisible = () => {
    if (page?.visibilityState === 'visible') listener();
  };
  target.addEventListener(EVENT, listener);
  page?.addEventListener('visibilitychange', onVisible);
  return () => {
    target.removeEventListener(EVENT, listener);
    page?.removeEventListener('visibilitychange', onVisible);
  };
}
