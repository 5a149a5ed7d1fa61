/** A failed request in plain words for the coach: offline, refused with a reason, or broken. */
import type { TFunction } from 'i18next';
import { ApiProblem } from './api';

export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.code === 'offline') return t('coach.errors.offline');
    if (error.status === 404) return t('coach.errors.notFound');
    if (error.code === 'claimant_deleted') return t('coach.errors.claimantDeleted');
    if (error.status === 429) return t('coach.errors.tooMany');
    // The server's own messages for refusals and bad input are plain English by design.
    if (error.status >= 400 && error.status < 500 && error.status !== 401) {
      return t('coach.errors.refused', { reason: error.message });
    }
  }
  return t('coach.errors.server');
}
