import { describe, expect, it } from 'vitest';
import { actionPath, appointmentPath, claimantPath, matchCoachRoute } from './routes';

const id = '3f2a8c1e-0000-4000-8000-000000000001';

describe('console routes', () => {
  it('finds every page from its address, and back', () => {
    expect(matchCoachRoute('/coach')).toEqual({ page: 'caseload' });
    expect(matchCoachRoute('/coach/')).toEqual({ page: 'caseload' });
    expect(matchCoachRoute('/coach/claimants/new')).toEqual({ page: 'addClaimant' });
    expect(matchCoachRoute('/coach/help')).toEqual({ page: 'help' });
    expect(matchCoachRoute('/coach/report')).toEqual({ page: 'report' });
    expect(matchCoachRoute('/coach/report/')).toEqual({ page: 'report' });
    expect(matchCoachRoute(claimantPath(id))).toEqual({ page: 'claimant', id, tab: 'journal' });
    for (const tab of ['progress', 'actions', 'appointments', 'messages', 'connection'] as const) {
      expect(matchCoachRoute(claimantPath(id, tab))).toEqual({ page: 'claimant', id, tab });
    }
    expect(matchCoachRoute(actionPath(id, null))).toEqual({ page: 'action', id, actionId: null });
    expect(matchCoachRoute(actionPath(id, 'a1'))).toEqual({ page: 'action', id, actionId: 'a1' });
    expect(matchCoachRoute(appointmentPath(id, null))).toEqual({
      page: 'appointment',
      id,
      appointmentId: null,
    });
  });

  it('says "not found" for anything else, without throwing on odd addresses', () => {
    for (const path of [
      '/coach/claimants',
      '/coach/report/2026',
      `/coach/claimants/${id}/journal`,
      `/coach/claimants/${id}/nope`,
      `/coach/claimants/${id}/actions/a/b`,
      '/coachx',
      '/coach/%E0%A4%A',
    ]) {
      expect(() => matchCoachRoute(path)).not.toThrow();
      expect(matchCoachRoute(path)).toEqual({ page: 'notFound' });
    }
  });
});
