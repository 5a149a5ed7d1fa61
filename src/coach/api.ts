/**
 * The coach console's only door to the network: JSON over same-origin fetch with the session
 * cookie. Errors arrive as ApiProblem with the server's plain message (its error envelope), or
 * as 'offline' when the request never reached the server. A 401 tells the session store the
 * coach is signed out (the session ended or was never there).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called whenever the server says the coach is not signed in. */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

interface ErrorEnvelope {
  error?: { code?: unknown; message?: unknown };
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : {
              accept: 'application/json',
              'content-type': 'application/json',
            },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, 'offline', 'offline');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const envelope = (data ?? {}) as ErrorEnvelope;
    const code = typeof envelope.error?.code === 'string' ? envelope.error.code : 'error';
    const message =
      typeof envelope.error?.message === 'string' ? envelope.error.message : response.statusText;
    if (response.status === 401) signedOutListeners.forEach((listener) => listener());
    throw new ApiProblem(response.status, code, message);
  }
  return data as T;
}
