/**
 * "Delete everything on this phone", and, for a connected phone that asks for it, everything
 * the work coach service holds too. The server step comes first and must succeed: if it does
 * not (offline, refused, the server fails), nothing on the phone is changed and the reason is
 * returned. Once the server has deleted, the phone's copy (with its connection) is deleted.
 * Without the server step, a connected phone is disconnected and the phone's copy deleted.
 */
import { db as defaultDb, type WaymarkDB } from '../../data/db';
import { deleteEverythingHere } from '../../data/backup';
import { askServerToDelete, disconnect, readConnection } from '../../sync/connection';

export type DeleteProblem =
  /** No connection to the internet: nothing changed. */
  | 'offline'
  /** The server no longer knows this phone (or it was never connected): nothing changed. */
  | 'notConnected'
  /** Too many tries: nothing changed. */
  | 'busy'
  /** The server failed: nothing changed. */
  | 'server'
  /** The server deleted, but the phone's copy could not be: try again (asking again is safe). */
  | 'phoneAfterServer'
  /** The phone's copy could not be deleted (no server step). */
  | 'phone';

export type DeleteOutcome = { ok: true; server: boolean } | { ok: false; problem: DeleteProblem };

export interface DeleteOptions {
  /** Also ask the work coach service to delete what it holds. */
  alsoServer: boolean;
  database?: WaymarkDB;
  /** For tests; the connection functions' own fetch otherwise. */
  fetchImpl?: typeof fetch;
  isOnline?: () => boolean;
  /** Stops the sync loop while deleting, and starts it again when nothing was deleted. */
  pauseSync?: () => void;
  resumeSync?: () => void;
}

export async function deleteEverything(options: DeleteOptions): Promise<DeleteOutcome> {
  const database = options.database ?? defaultDb;
  // Undefined: the connection functions use the real fetch (a feature never calls it itself).
  const fetchImpl = options.fetchImpl;
  const pause = options.pauseSync ?? (() => undefined);
  const resume = options.resumeSync ?? (() => undefined);

  if (options.alsoServer) {
    const isOnline = options.isOnline ?? (() => navigator.onLine);
    if (!isOnline()) return { ok: false, problem: 'offline' };
    pause();
    const asked = await askServerToDelete(database, fetchImpl);
    if (!asked.ok) {
      resume();
      return { ok: false, problem: asked.reason };
    }
    try {
      await deleteEverythingHere(database);
    } catch {
      return { ok: false, problem: 'phoneAfterServer' };
    }
    return { ok: true, server: true };
  }

  try {
    if (await readConnection(database)) {
      pause();
      await disconnect(database, fetchImpl);
    }
    await deleteEverythingHere(database);
  } catch {
    return { ok: false, problem: 'phone' };
  }
  return { ok: true, server: false };
}
