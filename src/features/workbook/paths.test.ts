// Workbook addresses: every page round-trips through matchWorkbookPath, and anything else is
// left for other routes (so a typo shows "page not found", not the wrong page).
import { describe, expect, it } from 'vitest';
import { matchWorkbookPath, workbookPath } from './paths';

const base = '/about-me';
const id = '0b6f1a52-3c1e-4c6a-9d8e-2f4b5a6c7d8e';

describe('matchWorkbookPath', () => {
  it('round-trips every page', () => {
    expect(matchWorkbookPath(base, workbookPath.start(base))).toEqual({ page: 'start' });
    expect(matchWorkbookPath(base, workbookPath.question(base, id, 'good-at'))).toEqual({
      page: 'question',
      id,
      step: 'good-at',
      change: false,
    });
    expect(matchWorkbookPath(base, workbookPath.change(base, id, 'good-at'))).toEqual({
      page: 'question',
      id,
      step: 'good-at',
      change: true,
    });
    expect(matchWorkbookPath(base, workbookPath.check(base, id))).toEqual({ page: 'check', id });
    expect(matchWorkbookPath(base, workbookPath.done(base, id))).toEqual({ page: 'done', id });
    expect(matchWorkbookPath(base, workbookPath.version(base, id))).toEqual({
      page: 'version',
      id,
    });
  });

  it('leaves other addresses alone', () => {
    for (const path of [
      '/',
      '/about-me-too',
      '/my-values',
      `/about-me/not-an-id`,
      `/about-me/${id}/elsewhere`,
      `/about-me/${id}/questions`,
      `/about-me/${id}/questions/bad step`,
      `/about-me/${id}/check/more`,
    ]) {
      expect(matchWorkbookPath(base, path), path).toBeUndefined();
    }
  });
});
