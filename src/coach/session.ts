/**
 * Who is signed in to the console: an external store fed by GET /api/coach/me on start, by
 * sign-in and sign-out, and by any 401 from the API (the session expired or was revoked).
 */
import { useSyncExternalStore } from 'react';
import { api, onSignedOut } from './api';

export interface SignedInCoach {
  id: string;
  email: string;
}

export type Session =
  | { status: 'checking' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'signedIn'; coach: SignedInCoach };

let session: Session = { status: 'checking' };
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  listeners.forEach((listener) => listener());
}

onSignedOut(() => {
  if (session.status === 'signedIn') set({ status: 'signedOut', expired: true });
  else if (session.status === 'checking') set({ status: 'signedOut', expired: false });
});

export async function checkSession(): Promise<void> {
  try {
    const { coach } = await api<{ coach: SignedInCoach }>('GET', '/api/coach/me');
    set({ status: 'signedIn', coach });
  } catch {
    if (session.status !== 'signedOut') set({ status: 'signedOut', expired: false });
  }
}

/** Signs in; throws ApiProblem (401 bad_credentials, 429, 'offline') for the form to show. */
export async function signIn(email: string, password: string): Promise<void> {
  await api('POST', '/api/coach/login', { email, password });
  const { coach } = await api<{ coach: SignedInCoach }>('GET', '/api/coach/me');
  set({ status: 'signedIn', coach });
}

export async function signOut(): Promise<void> {
  try {
    await api('POST', '/api/coach/logout', {});
  } finally {
    set({ status: 'signedOut', expired: false });
  }
}

export function useSession(): Session {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => session,
    () => session,
  );
}
