/**
 * The HTTP transport for the sync engine: POST /api/sync with the device token, and the
 * server's answers mapped to SyncError kinds the scheduler understands (offline and server
 * faults are retried with back-off; an unknown or revoked token and refused input are not).
 * This is the one place in the claimant app that calls fetch.
 */
import type { SyncRequest } from '../domain/sync';
import { SyncError, type SyncTransport } from './engine';

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: fall through to the status text.
  }
  return `The server answered ${response.status}.`;
}

export function httpTransport(
  baseUrl = '',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): SyncTransport {
  return {
    async send(request: SyncRequest, token: string) {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/sync`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch {
        throw new SyncError('offline', 'There is no connection to the server.');
      }
      if (response.status === 401 || response.status === 403) {
        throw new SyncError('unauthorized', await messageOf(response));
      }
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        throw new SyncError('server', await messageOf(response));
      }
      if (!response.ok) throw new SyncError('rejected', await messageOf(response));
      try {
        return (await response.json()) as unknown;
      } catch {
        throw new SyncError('server', 'The server sent an answer we could not read.');
      }
    },
  };
}
