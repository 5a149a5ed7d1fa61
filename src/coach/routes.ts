/**
 * The console's addresses, all under /coach (the server sends coach.html for every one, and the
 * claimant app's service worker leaves them alone).
 */
export const COACH_HOME = '/coach';
export const ADD_CLAIMANT_PATH = '/coach/claimants/new';
export const COACH_HELP_PATH = '/coach/help';
export const COACH_REPORT_PATH = '/coach/report';

export const CLAIMANT_TABS = [
  'journal',
  'progress',
  'actions',
  'appointments',
  'messages',
  'connection',
] as const;
export type ClaimantTab = (typeof CLAIMANT_TABS)[number];

export type CoachRoute =
  | { page: 'caseload' }
  | { page: 'addClaimant' }
  | { page: 'help' }
  | { page: 'report' }
  | { page: 'claimant'; id: string; tab: ClaimantTab }
  | { page: 'action'; id: string; actionId: string | null }
  | { page: 'appointment'; id: string; appointmentId: string | null }
  | { page: 'notFound' };

export function claimantPath(id: string, tab: ClaimantTab = 'journal'): string {
  const base = `/coach/claimants/${encodeURIComponent(id)}`;
  return tab === 'journal' ? base : `${base}/${tab}`;
}

export function actionPath(id: string, actionId: string | null): string {
  return `${claimantPath(id)}/actions/${actionId ? encodeURIComponent(actionId) : 'new'}`;
}

export function appointmentPath(id: string, appointmentId: string | null): string {
  return `${claimantPath(id)}/appointments/${appointmentId ? encodeURIComponent(appointmentId) : 'new'}`;
}

const isTab = (s: string): s is ClaimantTab => (CLAIMANT_TABS as readonly string[]).includes(s);

export function matchCoachRoute(pathname: string): CoachRoute {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (path === COACH_HOME) return { page: 'caseload' };
  if (path === ADD_CLAIMANT_PATH) return { page: 'addClaimant' };
  if (path === COACH_HELP_PATH) return { page: 'help' };
  if (path === COACH_REPORT_PATH) return { page: 'report' };
  let parts: string[];
  try {
    parts = path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return { page: 'notFound' }; // a malformed %-escape in a typed address
  }
  if (parts[0] !== 'coach' || parts[1] !== 'claimants' || !parts[2]) return { page: 'notFound' };
  const id = parts[2];
  if (parts.length === 3) return { page: 'claimant', id, tab: 'journal' };
  const sub = parts[3] ?? '';
  if (parts.length === 4 && isTab(sub) && sub !== 'journal')
    return { page: 'claimant', id, tab: sub };
  if (parts.length === 5 && sub === 'actions') {
    return { page: 'action', id, actionId: parts[4] === 'new' ? null : (parts[4] ?? null) };
  }
  if (parts.length === 5 && sub === 'appointments') {
    return {
      page: 'appointment',
      id,
      appointmentId: parts[4] === 'new' ? null : (parts[4] ?? null),
    };
  }
  return { page: 'notFound' };
}
