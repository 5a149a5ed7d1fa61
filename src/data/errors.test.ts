// Recognising quota errors however the browser or Dexie wraps them.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { StorageFullError, ValidationError, isQuotaError, saveErrorKind } from './errors';

describe('errors', () => {
  it('recognises quota errors, directly or wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(
      isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))),
    ).toBe(true);
    expect(
      isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'ConstraintError'))),
    ).toBe(false);
    expect(isQuotaError(new Error('nope'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('gives readable messages', () => {
    const e = new ValidationError('checkIn', [
      { path: 'scores.money.value', message: 'A score must be from 1 to 10' },
    ]);
    expect(e.message).toBe(
      'Invalid checkIn change: scores.money.value: A score must be from 1 to 10',
    );
    expect(new StorageFullError().name).toBe('StorageFullError');
  });

  it('says why a write failed, in the status words', () => {
    expect(saveErrorKind(new StorageFullError())).toBe('storageFull');
    expect(saveErrorKind(new DOMException('full', 'QuotaExceededError'))).toBe('storageFull');
    expect(saveErrorKind(new ValidationError('aboutMe', []))).toBe('invalid');
    expect(saveErrorKind(new Error('closed'))).toBe('unknown');
  });
});
