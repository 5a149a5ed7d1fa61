// The coach's journal on the phone, against the real server: a phone pairs with the coach; the
// coach writes a message and books an appointment through the coach API; the phone shows both
// (also offline, after a reload), the message as new; the claimant replies and the coach sees
// the reply; both pages have no axe violations in English and Welsh with real content; and a
// message written before connecting waits on the phone.
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  hasHorizontalScroll,
  newPhoneContext,
  useBrowser,
  waitForServiceWorker,
} from './support/browser';
import { formatHlc } from '../../src/domain/hlc';
import enPairing from '../../locales/en/pairing.json';
import enMessages from '../../locales/en/messages.json';
import enAppointments from '../../locales/en/appointments.json';
import cyMessages from '../../locales/cy/messages.json';
import cyAppointments from '../../locales/cy/appointments.json';
import enCommon from '../../locales/en/common.json';
import enHome from '../../locales/en/home.json';

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

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Tuesday 3 December, 10:30" in this machine's time zone (the browser's too). */
function inWords(d: Date): string {
  const month = Object.values(enCommon.months)[d.getMonth()];
  const year = d.getFullYear() === new Date().getFullYear() ? '' : ` ${d.getFullYear()}`;
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${DAYS[d.getDay()]} ${d.getDate()} ${month}${year}, ${time}`;
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await hasHorizontalScroll(page)).toBe(false);
}

it('shows the coach’s message and appointment, offline too, and sends the reply', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base);
  const created = await coach('/api/coach/claimants', { label: 'Journal claimant' });
  expect(created.status).toBe(201);
  const claimant = created.body.claimant as { id: string };
  const pairing = created.body.pairing as { link: string };

  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto(pairing.link);
    await page.getByRole('button', { name: enPairing.connect }).click();
    await page.getByRole('heading', { level: 1, name: enPairing.connectedTitle }).waitFor();

    // The coach writes a message and books a phone appointment in three days at 10:30.
    const message = 'Hello, it was good to meet you today.';
    const at = new Date();
    at.setDate(at.getDate() + 3);
    at.setHours(10, 30, 0, 0);
    const hlc = (counter: number) => formatHlc({ wall: Date.now(), counter, node: 'coach.test' });
    const write = await coach(`/api/coach/claimants/${claimant.id}/sync`, {
      since: '',
      mutations: [
        {
          mutationId: crypto.randomUUID(),
          recordKind: 'journalEntry',
          recordId: crypto.randomUUID(),
          fields: { author: 'coach', text: message },
          hlc: hlc(0),
        },
        {
          mutationId: crypto.randomUUID(),
          recordKind: 'appointment',
          recordId: crypto.randomUUID(),
          fields: {
            source: 'coach',
            at: at.toISOString(),
            how: 'phone',
            withWhom: 'Alex',
            prepare: 'Have your diary to hand.',
          },
          hlc: hlc(1),
        },
      ],
    });
    expect(write.status).toBe(200);
    expect((write.body.acked as unknown[]).length).toBe(2);

    // Opening the app syncs; home says what is new and what is next.
    await page.goto('/');
    await page.getByText('1 new message', { exact: true }).waitFor({ timeout: 30_000 });
    const nextLine = `Next: ${inWords(at)}, ${enHome.coach.how.phone}`;
    await page.getByText(nextLine, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: enHome.coach.connect }).count()).toBe(0);

    // The message is there, marked new.
    await page.getByRole('link', { name: enHome.coach.messages, exact: true }).click();
    const coachItem = page.locator('.message').filter({ hasText: message });
    await coachItem.waitFor({ timeout: 30_000 });
    await coachItem.getByText(enMessages.list.coach, { exact: true }).waitFor();
    await coachItem.getByText(enMessages.list.new, { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto('/appointments');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: inWords(at) }),
    });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText(enAppointments.how.phone, { exact: true }).waitFor();
    await card.getByText('Have your diary to hand.').waitFor();
    await card.getByRole('link', { name: new RegExp(enAppointments.item.addToCalendar) }).waitFor();
    await expectAccessible(page);

    // Both stay there with no signal, after a reload; the message is no longer new.
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 3, name: inWords(at) }).waitFor();
    await page.goto('/');
    await page.getByText(nextLine, { exact: true }).waitFor();
    expect(await page.getByText('1 new message', { exact: true }).count()).toBe(0);
    await page.goto('/messages');
    await page.locator('.message').filter({ hasText: message }).waitFor();
    expect(
      await page
        .locator('.message')
        .filter({ hasText: message })
        .getByText(enMessages.list.new, { exact: true })
        .count(),
    ).toBe(0);

    // A reply written offline waits, then goes when the phone is back online.
    const reply = 'Thank you. Tuesday is fine for me.';
    await page.getByRole('textbox', { name: enMessages.form.label }).fill(reply);
    await page.getByRole('button', { name: enMessages.form.send }).click();
    await page.getByText(enMessages.form.sent).waitFor();
    expect(await page.getByRole('textbox', { name: enMessages.form.label }).inputValue()).toBe('');
    const mine = page.locator('.message').filter({ hasText: reply });
    await mine.getByText(enMessages.list.waiting).waitFor();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await mine.getByText(enMessages.list.waiting).waitFor({ state: 'detached', timeout: 30_000 });

    const records = await coach(`/api/coach/claimants/${claimant.id}/records`);
    expect(records.status).toBe(200);
    const journal = (
      records.body.records as { recordKind: string; record: Record<string, unknown> }[]
    )
      .filter((r) => r.recordKind === 'journalEntry')
      .map((r) => [r.record.author, r.record.text]);
    expect(journal).toContainEqual(['claimant', reply]);
    expect(journal).toContainEqual(['coach', message]);

    // In Welsh, with the same content: still no axe violations.
    await page.getByRole('button', { name: enCommon.language.cy }).click();
    await page.getByRole('heading', { level: 1, name: cyMessages.title }).waitFor();
    await expectAccessible(page);
    await page.goto('/appointments');
    await page.getByRole('heading', { level: 1, name: cyAppointments.title }).waitFor();
    await page.getByText(cyAppointments.how.phone, { exact: true }).waitFor();
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

it('a message written before connecting waits on the phone, in Welsh, accessibly', async () => {
  const base = inject('baseURL');
  const context = await newPhoneContext(browser(), base, { language: 'cy' });
  const page = await context.newPage();
  try {
    await page.goto('/messages');
    await page.getByRole('heading', { level: 1, name: cyMessages.title }).waitFor();
    await page.getByRole('textbox', { name: cyMessages.form.label }).fill('Helo');
    await page.getByRole('button', { name: cyMessages.form.send }).click();
    await page.getByText(cyMessages.form.sentLater).waitFor();
    await page.locator('.message').filter({ hasText: 'Helo' }).waitFor();
    await expectAccessible(page);
    // An empty message shows the error summary, which must be accessible too.
    await page.getByRole('button', { name: cyMessages.form.send }).click();
    await page.getByText(cyMessages.form.errors.empty).first().waitFor();
    await expectAccessible(page);
    await page
      .locator('.message')
      .filter({ hasText: 'Helo' })
      .getByText(cyMessages.list.waiting)
      .waitFor();
    await page.getByRole('link', { name: cyMessages.connectLink }).waitFor();
  } finally {
    await context.close();
  }
});
