/**
 * The HTTP transport for the sync engine: POST /api/sync with the device token, and the
 * server's answers mapped to SyncError kinds the scheduler understands (offline and server
 * faults are retried with back-off; an unknown or revoked token and refused input are not).
 * A round trip that takes longer than SYNC_TIMEOUT_MS is aborted and reported as offline.
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

/**
 * How long one round trip may take, from sending the request to reading the whole answer. A
 * connection that stalls (a captive portal, a train going into a tunnel) is given up as offline
 * after this, so it never holds the sync lock for ever; the scheduler tries again with back-off.
 */
export const SYNC_TIMEOUT_MS = 60_000;

const TOO_SLOW = 'The server took too long to answer.';

export function httpTransport(
  baseUrl = '',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  options: { timeoutMs?: number } = {},
): SyncTransport {
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  return {
    async send(request: SyncRequest, token: string) {
      const controller = new AbortController();
      // Rejects when the time is up, even if fetchImpl does not heed the signal.
      const timedOut = new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () =>
          reject(new SyncError('offline', TOO_SLOW)),
        );
      });
      timedOut.catch(() => undefined);
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        let response: Response;
        try {
          response = await Promise.race([
            fetchImpl(`${baseUrl}/api/sync`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(request),
              credentials: 'omit',
              cache: 'no-store',
              signal: controller.signal,
            }),
            timedOut,
          ]);
        } catch {
          throw new SyncError(
            'offline',
            controller.signal.aborted ? TOO_SLOW : 'There is no connection to the server.',
          );
        }
        if (response.status === 401 || response.status === 403) {
          throw new SyncError('unauthorized', await Promise.race([messageOf(response), timedOut]));
        }
        if (response.status >= 500 || response.status === 408 || response.status === 429) {
          throw new SyncError('server', await Promise.race([messageOf(response), timedOut]));
        }
        if (!response.ok) {
          throw new SyncError('rejected', await Promise.race([messageOf(response), timedOut]));
        }
        try {
          return await Promise.race([response.json() as Promise<unknown>, timedOut]);
        } catch {
          if (controller.signal.aborted) throw new SyncError('offline', TOO_SLOW);
          throw new SyncError('server', 'The server sent an answer we could not read.');
        }
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
