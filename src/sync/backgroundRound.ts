/**
 * What the service worker does for a Background Sync event: sync rounds until nothing more is
 * waiting (bounded, so one event never runs for ever). A failure that may pass (no connection,
 * a server fault) is thrown, so the browser fires the event again later; a failure that waiting
 * cannot fix (not connected to a coach, the token revoked, a request refused) ends quietly and
 * the app says what to do next time it is open.
 */
import { SyncError, type SyncEngine } from './engine';

export const MAX_BACKGROUND_ROUNDS = 20;

export async function backgroundRound(
  engine: SyncEngine,
  maxRounds = MAX_BACKGROUND_ROUNDS,
): Promise<number> {
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds += 1;
    try {
      const outcome = await engine.syncOnce();
      if (!outcome.more) break;
    } catch (error) {
      if (error instanceof SyncError && !error.retryable) break;
      throw error;
    }
  }
  return rounds;
}
