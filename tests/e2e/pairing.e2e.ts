// The phone and the coach's journal, against the real server: a coach makes a pairing code,
// the claimant opens the coach's link and connects, the status line says what was sent, and
// an agreed requirement the coach adds arrives on the phone, labelled as such.
import { expect, inject, it } from 'vitest';
import { newPhoneContext, useBrowser, waitForServiceWorker } from './support/browser';
import { formatHlc } from '../../src/domain/hlc';
import enPairing from '../../locales/en/pairing.json';
import enCommon from '../../locales/en/common.json';
import enActionPlan from '../../locales/en/actionPlan.json';

const browser = useBrowser();

/** A signed-in coach talking to the API as the console would (cookie and Origin). */
async function signInCoach(base: string) {
  const { email, password } = inject('coach');
  const login = await fetch(`${base}/api/coach/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (path: string, body?: unknown) => {
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

it('pairs with the coach, syncs, and shows an agreed requirement from the coach', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base);
  const created = await coach('/api/coach/claimants', { label: 'E2E claimant' });
  expect(created.status).toBe(201);
  const claimant = created.body.claimant as { id: string };
  const pairing = created.body.pairing as { code: string; link: string };

  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(pairing.link);
    await page.getByRole('heading', { level: 1, name: enPairing.title }).waitFor();
    expect(await page.getByRole('textbox', { name: enPairing.codeLabel }).inputValue()).toBe(
      pairing.code,
    );
    await page.getByRole('button', { name: enPairing.connect }).click();
    await page.getByRole('heading', { level: 1, name: enPairing.connectedTitle }).waitFor();
    const lastSent = enCommon.sync.lastSent.replace('{{time}}', '');
    await page.getByRole('status').filter({ hasText: lastSent }).first().waitFor();

    const devices = await coach(`/api/coach/claimants/${claimant.id}/devices`);
    expect((devices.body.devices as unknown[]).length).toBe(1);

    const text = 'Go to the CV workshop on Tuesday';
    const write = await coach(`/api/coach/claimants/${claimant.id}/sync`, {
      since: '',
      mutations: [
        {
          mutationId: crypto.randomUUID(),
          recordKind: 'action',
          recordId: crypto.randomUUID(),
          fields: { text, requirement: 'agreedRequirement', proposedBy: 'coach', owner: 'me' },
          hlc: formatHlc({ wall: Date.now(), counter: 0, node: 'coach-e2e' }),
        },
      ],
    });
    expect(write.status).toBe(200);
    expect((write.body.acked as unknown[]).length).toBe(1);

    // Opening the app syncs; the coach's action arrives and says plainly what it is.
    await page.goto('/action-plan');
    const card = page.getByRole('listitem').filter({ hasText: text });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText(enActionPlan.requirement.agreedRequirement, { exact: true }).waitFor();

    // And it stays there offline.
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: text }).waitFor();
  } finally {
    await context.close();
  }
});
