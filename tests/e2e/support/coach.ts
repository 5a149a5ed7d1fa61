/**
 * A signed-in work coach talking to the API as the console does (session cookie and Origin
 * header), for browser tests that check what reached the coach's journal or write as the coach.
 */
import { expect } from 'vitest';
import { formatHlc } from '../../../src/domain/hlc';

export type CoachApi = (
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: Record<string, unknown> }>;

export async function signInCoach(
  base: string,
  account: { email: string; password: string },
): Promise<CoachApi> {
  const login = await fetch(`${base}/api/coach/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(account),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (path, body) => {
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        cookie,
        origin: base,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

/** A new claimant with a pairing code; returns the claimant's id and the coach's link. */
export async function addClaimant(coach: CoachApi, label: string) {
  const created = await coach('/api/coach/claimants', { label });
  expect(created.status).toBe(201);
  return {
    claimantId: (created.body.claimant as { id: string }).id,
    link: (created.body.pairing as { link: string }).link,
  };
}

/** The shared records the coach sees for a claimant, as `kind:id` → record. */
export async function coachRecords(
  coach: CoachApi,
  claimantId: string,
): Promise<Map<string, Record<string, unknown>>> {
  const answer = await coach(`/api/coach/claimants/${claimantId}/records`);
  expect(answer.status).toBe(200);
  const records = answer.body.records as { recordKind: string; record: Record<string, unknown> }[];
  return new Map(records.map((r) => [`${r.recordKind}:${String(r.record.id)}`, r.record]));
}

/** The coach changes fields of a claimant's record, with the coach's clock (node `coach.test`). */
export async function coachWrites(
  coach: CoachApi,
  claimantId: string,
  recordKind: string,
  recordId: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const answer = await coach(`/api/coach/claimants/${claimantId}/sync`, {
    since: '',
    mutations: [
      {
        mutationId: crypto.randomUUID(),
        recordKind,
        recordId,
        fields,
        hlc: formatHlc({ wall: Date.now(), counter: 0, node: 'coach.test' }),
      },
    ],
  });
  expect(answer.status).toBe(200);
  expect(answer.body.acked).toHaveLength(1);
}
