// Action plan rules: open actions, due soon (the home page's notice), past due, grouping.
import { describe, expect, it } from 'vitest';
import { countDueSoon, groupActions, isDueSoon, isOpen, isPastDue } from './actions';

const TODAY = '2027-03-10';

describe('due soon', () => {
  it('counts open actions due from today to 7 days ahead', () => {
    expect(isDueSoon({ status: 'toDo', due: '2027-03-10' }, TODAY)).toBe(true);
    expect(isDueSoon({ status: 'inProgress', due: '2027-03-17' }, TODAY)).toBe(true);
    expect(isDueSoon({ status: 'toDo', due: '2027-03-18' }, TODAY)).toBe(false);
    expect(isDueSoon({ status: 'toDo', due: '2027-03-09' }, TODAY)).toBe(false);
    expect(isDueSoon({ status: 'toDo', due: null }, TODAY)).toBe(false);
    expect(isDueSoon({ status: 'toDo' }, TODAY)).toBe(false);
  });
  it('ignores done, dropped and deleted actions', () => {
    expect(isDueSoon({ status: 'done', due: TODAY }, TODAY)).toBe(false);
    expect(isDueSoon({ status: 'dropped', due: TODAY }, TODAY)).toBe(false);
    expect(isDueSoon({ status: 'toDo', due: TODAY, deleted: true }, TODAY)).toBe(false);
  });
  it('countDueSoon counts them', () => {
    expect(
      countDueSoon(
        [
          { status: 'toDo', due: '2027-03-11' },
          { status: 'toDo', due: '2027-03-12' },
          { status: 'done', due: '2027-03-12' },
          { status: 'toDo', due: '2027-04-12' },
        ],
        TODAY,
      ),
    ).toBe(2);
  });
});

describe('open and past due', () => {
  it('an action with no status yet is open', () => {
    expect(isOpen({})).toBe(true);
    expect(isOpen({ status: 'done' })).toBe(false);
  });
  it('past due only for open actions whose date has gone', () => {
    expect(isPastDue({ status: 'toDo', due: '2027-03-09' }, TODAY)).toBe(true);
    expect(isPastDue({ status: 'toDo', due: TODAY }, TODAY)).toBe(false);
    expect(isPastDue({ status: 'done', due: '2027-03-09' }, TODAY)).toBe(false);
  });
});

describe('groupActions', () => {
  it('puts open actions first by date (undated last, oldest first), then done and dropped', () => {
    const a = { id: 'a', status: 'toDo', due: null, created: '2027-01-02T00:00:00Z' };
    const b = { id: 'b', status: 'inProgress', due: '2027-05-01', created: '2027-01-03T00:00:00Z' };
    const c = { id: 'c', status: 'toDo', due: '2027-04-01', created: '2027-01-04T00:00:00Z' };
    const d = { id: 'd', status: 'toDo', due: null, created: '2027-01-01T00:00:00Z' };
    const e = { id: 'e', status: 'done', due: null, created: '2027-01-01T00:00:00Z' };
    const f = { id: 'f', status: 'dropped', due: null, created: '2027-01-01T00:00:00Z' };
    const g = { id: 'g', status: 'toDo', deleted: true, created: '2027-01-01T00:00:00Z' };
    const groups = groupActions([a, b, c, d, e, f, g]);
    expect(groups.open.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(groups.done.map((x) => x.id)).toEqual(['e']);
    expect(groups.dropped.map((x) => x.id)).toEqual(['f']);
  });
});
