// My Values rules: at most five, ticked values keep their places, Move up / Move down move one
// place and stop at the ends, and the saved record refuses a sixth value.
import { describe, expect, it } from 'vitest';
import { fieldsSchema } from '../../domain/records';
import {
  MAX_VALUES,
  VALUE_IDS,
  mergeSelection,
  moveItem,
  ownValueId,
  withinLimit,
} from './valueList';
import enValues from '../../../locales/en/values.json';

describe('the value list', () => {
  it('has about twenty values, each with words in the locales', () => {
    expect(VALUE_IDS.length).toBe(20);
    expect(Object.keys(enValues.list).sort()).toEqual([...VALUE_IDS].sort());
  });
});

describe('the five-value limit', () => {
  it('allows up to five', () => {
    expect(MAX_VALUES).toBe(5);
    expect(withinLimit(['a', 'b', 'c', 'd', 'e'])).toBe(true);
    expect(withinLimit(['a', 'b', 'c', 'd', 'e', 'f'])).toBe(false);
  });

  it('is enforced by the record schema too', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(fieldsSchema('values').safeParse({ chosen: five }).success).toBe(true);
    expect(fieldsSchema('values').safeParse({ chosen: [...five, { id: 'f' }] }).success).toBe(
      false,
    );
  });

  it('keeps what was written about a value, including what it means for next steps', () => {
    const parsed = fieldsSchema('values').safeParse({
      chosen: [{ id: 'family', why: 'They keep me going', next: 'Hours near school times' }],
    });
    expect(parsed.success).toBe(true);
  });
});

describe('mergeSelection', () => {
  it('keeps chosen values in place and adds new ones at the end', () => {
    expect(mergeSelection(['fun', 'family'], ['family', 'health', 'fun'])).toEqual([
      'fun',
      'family',
      'health',
    ]);
    expect(mergeSelection(['fun', 'family', 'health'], ['health', 'fun'])).toEqual([
      'fun',
      'health',
    ]);
  });
});

describe('moveItem', () => {
  const list = ['a', 'b', 'c'];
  it('moves one place up or down', () => {
    expect(moveItem(list, 2, -1)).toEqual({ items: ['a', 'c', 'b'], index: 1 });
    expect(moveItem(list, 0, 1)).toEqual({ items: ['b', 'a', 'c'], index: 1 });
  });

  it('changes nothing past either end', () => {
    expect(moveItem(list, 0, -1)).toEqual({ items: list, index: 0 });
    expect(moveItem(list, 2, 1)).toEqual({ items: list, index: 2 });
    expect(moveItem(list, 5, -1)).toEqual({ items: list, index: 5 });
  });

  it('does not change the list it was given', () => {
    moveItem(list, 1, 1);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('ownValueId', () => {
  it('makes an id that is safe in an address', () => {
    expect(ownValueId(() => 'AB-cd-1234-5678-9999')).toBe('own-abcd12345678');
    expect(ownValueId()).toMatch(/^own-[a-z0-9]{12}$/);
  });
});
