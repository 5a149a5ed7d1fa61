// Check-in paths: every screen has one path, the order of screens, and where a half-done
// check-in carries on.
import { describe, expect, it } from 'vitest';
import { BARRIER_AREAS } from '../../domain/barriers';
import { CHECK_IN_STEPS, nextStep, parseCheckInPath, previousStep, stepPath } from './steps';
import { resumeStep } from './resume';

const id = '0b8f4a52-8d3e-4c1b-9f3a-2d1e5c6b7a80';

describe('check-in paths', () => {
  it('reads back every step path it builds', () => {
    for (const step of CHECK_IN_STEPS) {
      const route = parseCheckInPath(stepPath(id, step));
      expect(route, step).toMatchObject({ id });
      expect(route?.page === 'area' ? route.area : route?.page).toBe(step);
    }
    expect(parseCheckInPath(stepPath(id, 'finished'))).toEqual({ page: 'finished', id });
    expect(stepPath(id, 'aboutWork')).toBe(`/check-ins/${id}/about-work`);
  });

  it('knows its own pages and nothing else', () => {
    expect(parseCheckInPath('/check-ins')).toEqual({ page: 'start' });
    expect(parseCheckInPath('/check-ins/progress')).toEqual({ page: 'progress' });
    expect(parseCheckInPath('/check-ins/summary')).toEqual({ page: 'summary' });
    expect(parseCheckInPath('/check-ins/not-a-uuid/confidence')).toBeUndefined();
    expect(parseCheckInPath(`/check-ins/${id}/weather`)).toBeUndefined();
    expect(parseCheckInPath(`/check-ins/${id}/confidence/more`)).toBeUndefined();
    expect(parseCheckInPath(`/about-me/${id}/confidence`)).toBeUndefined();
    expect(parseCheckInPath('/')).toBeUndefined();
  });

  it('goes through the ten areas, then about work, the check, and finished', () => {
    expect(CHECK_IN_STEPS.slice(0, 10)).toEqual(BARRIER_AREAS);
    expect(nextStep('physicalHealth')).toBe('mentalHealth');
    expect(nextStep('digital')).toBe('aboutWork');
    expect(nextStep('aboutWork')).toBe('check');
    expect(nextStep('check')).toBe('finished');
    expect(previousStep('physicalHealth')).toBeUndefined();
    expect(previousStep('aboutWork')).toBe('digital');
  });

  it('carries on where the check-in was left, else at the first area not answered', () => {
    expect(resumeStep({ step: 'housing', scores: {} })).toBe('housing');
    expect(resumeStep({ step: 'check' })).toBe('check');
    expect(resumeStep({ scores: { physicalHealth: { kind: 'skipped' } } })).toBe('mentalHealth');
    const all = Object.fromEntries(BARRIER_AREAS.map((a) => [a, { kind: 'skipped' as const }]));
    expect(resumeStep({ step: null, scores: all })).toBe('aboutWork');
  });
});
