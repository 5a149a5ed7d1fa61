/**
 * Connecting this phone to a work coach (pairing) and disconnecting it. The code is typed or
 * pasted in any case, with or without spaces or the dash; the server answers with this
 * device's id and a token, kept in the local database (meta `connection`). Disconnecting asks
 * the server to revoke the token, then forgets it; everything on the phone stays. A connected
 * phone can also ask the server to delete everything it holds about the claimant.
 */
import { db as defaultDb, type WaymarkDB } from '../data/db';
import { readMeta } from '../data/deviceClock';

export type Connection = { deviceId: string; token: string; pairedAt: number };

/** The code as the server expects it: 8 letters and digits, no spaces, upper case. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** A code that could be right: 8 characters from the unambiguous alphabet. */
export function looksLikeCode(input: string): boolean {
  return /^[A-HJKMNP-Z2-9]{8}$/.test(normaliseCode(input));
}

export type ConnectResult =
  { ok: true } | { ok: false; reason: 'invalid' | 'expired' | 'offline' | 'server' | 'busy' };

export async function connect(
  code: string,
  database: WaymarkDB = defaultDb,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  now: () => number = () => Date.now(),
): Promise<ConnectResult> {
  const normalised = normaliseCode(code);
  let response: Response;
  try {
    response = await fetchImpl('/api/pair', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: `${normalised.slice(0, 4)}-${normalised.slice(4)}` }),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.status === 410) return { ok: false, reason: 'expired' };
  if (response.status === 429) return { ok: false, reason: 'busy' };
  if (response.status >= 400 && response.status < 500) return { ok: false, reason: 'invalid' };
  if (!response.ok) return { ok: false, reason: 'server' };
  const body = (await response.json()) as { deviceId?: unknown; deviceToken?: unknown };
  if (typeof body.deviceId !== 'string' || typeof body.deviceToken !== 'string') {
    return { ok: false, reason: 'server' };
  }
  await database.meta.put({
    key: 'connection',
    value: { deviceId: body.deviceId, token: body.deviceToken, pairedAt: now() },
  });
  return { ok: true };
}

export function readConnection(database: WaymarkDB = defaultDb): Promise<Connection | undefined> {
  return readMeta(database, 'connection');
}

/**
 * Revokes this phone's token on the server (best effort: offline, the token is forgotten here
 * and the coach can revoke the device from their side) and forgets the connection.
 */
export async function disconnect(
  database: WaymarkDB = defaultDb,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<{ revokedOnServer: boolean }> {
  const connection = await readConnection(database);
  if (!connection) return { revokedOnServer: true };
  let revokedOnServer = false;
  try {
    const response = await fetchImpl(`/api/devices/${connection.deviceId}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${connection.token}`, 'content-type': 'application/json' },
      body: '{}',
      credentials: 'omit',
    });
    revokedOnServer = response.ok || response.status === 401;
  } catch {
    revokedOnServer = false;
  }
  await database.transaction('rw', database.meta, async () => {
    await database.meta.delete('connection');
    await database.meta.delete('syncCursor');
  });
  return { revokedOnServer };
}

export type ServerDeleteResult =
  { ok: true } | { ok: false; reason: 'notConnected' | 'offline' | 'busy' | 'server' };

/**
 * Asks the work coach service to delete everything it holds about this claimant
 * (POST /api/me/delete). Nothing on the phone changes here: the caller deletes the phone's copy
 * once this says it is done. Asking twice is safe (the server answers a repeat with the same
 * "done"). 'notConnected': this phone has no connection, or the server no longer knows it.
 */
export async function askServerToDelete(
  database: WaymarkDB = defaultDb,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<ServerDeleteResult> {
  const connection = await readConnection(database);
  if (!connection) return { ok: false, reason: 'notConnected' };
  let response: Response;
  try {
    response = await fetchImpl('/api/me/delete', {
      method: 'POST',
      headers: { authorization: `Bearer ${connection.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: 'deleteEverything' }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.ok) return { ok: true };
  if (response.status === 401 || response.status === 403) {
    return { ok: false, reason: 'notConnected' };
  }
  if (response.status === 429) return { ok: false, reason: 'busy' };
  return { ok: false, reason: 'server' };
}
