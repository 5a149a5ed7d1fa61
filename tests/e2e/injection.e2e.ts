// Injection (issue 7, suite 6): hostile text typed into the free-text fields of both apps — an
// action, a message and About Me on the phone; a claimant's label, an action and a message in
// the coach console — and rendered on every page that shows it, on the phone and in the
// console. No dialog opens, no script runs (a trap on window would notice), no element is
// injected, and the text shows exactly as typed.
import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPhoneContext, useBrowser, waitForHome, waitForServiceWorker } from './support/browser';
import enPairing from '../../locales/en/pairing.json';
import enActionPlan from '../../locales/en/actionPlan.json';
import enMessages from '../../locales/en/messages.json';
import enCoach from '../../locales/en/coach.json';

const browser = useBrowser();

/** Each would run script, load something, or change the page if rendered as HTML or a URL. */
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'">',
  "javascript:window.__pwned='url'",
  '[click](javascript:window.__pwned="md") **bold** <b>html</b>',
  "'; DROP TABLE records; -- 1' OR '1'='1",
  'Right-to-left \u202egnp.exe\u202c override',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
];
const TEXT = PAYLOADS.join(' \n');

async function watch(context: BrowserContext): Promise<string[]> {
  const dialogs: string[] = [];
  context.on('page', (page) =>
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))),
  );
  return dialogs;
}

async function expectInert(page: Page, label: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll(
      'main script, main iframe, main img[src="x"], main svg[onload], main b',
    ).length,
  }));
  expect(state, label).toEqual({ pwned: undefined, injected: 0 });
}

/** The text appears exactly as typed (line breaks aside), at least once on the page. */
async function expectShownAsTyped(page: Page, label: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          (parts) => {
            const text = document.querySelector('main')?.textContent ?? '';
            return parts.every((part) => text.includes(part));
          },
          PAYLOADS.map((p) => p.trim()),
        ),
      { timeout: 30_000, message: label },
    )
    .toBe(true);
}

it('shows hostile text as text everywhere, in both apps, and never runs it', async () => {
  const base = inject('baseURL');
  const phone = await newPhoneContext(browser(), base, { language: 'en' });
  const coach = await browser().newContext({
    baseURL: base,
    viewport: { width: 1024, height: 800 },
  });
  const phoneDialogs = await watch(phone);
  const coachDialogs = await watch(coach);
  const phonePage = await phone.newPage();
  const page = await coach.newPage();
  try {
    // The coach signs in and adds a claimant whose label is hostile.
    const { email, password } = inject('coach');
    await page.goto('/coach');
    await page.getByLabel(enCoach.signIn.email).fill(email);
    await page.getByLabel(enCoach.signIn.password).fill(password);
    await page.getByRole('button', { name: enCoach.signIn.submit }).click();
    await page.getByRole('heading', { level: 1, name: enCoach.caseload.title }).waitFor();
    await page.goto('/coach/claimants/new');
    const label = PAYLOADS[1]!.slice(0, 90);
    await page.getByLabel(enCoach.add.label).fill(label);
    await page.getByRole('button', { name: enCoach.add.submit }).click();
    const code = (await page.locator('.pairing-panel__code [aria-hidden]').textContent()) ?? '';
    await page.goto('/coach');
    await page.getByRole('link', { name: label }).waitFor();
    await expectInert(page, 'caseload');
    await page.getByRole('link', { name: label }).click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    const journalUrl = page.url();

    // The phone connects and writes hostile text into an action and a message.
    await phonePage.goto('/pair');
    await phonePage.getByRole('textbox', { name: enPairing.codeLabel }).fill(code);
    await phonePage.getByRole('button', { name: enPairing.connect }).click();
    await phonePage.getByRole('heading', { level: 1, name: enPairing.connectedTitle }).waitFor();
    await waitForServiceWorker(phonePage);
    await phonePage.goto(`/action-plan/action/${crypto.randomUUID()}`);
    await phonePage.getByRole('textbox', { name: enActionPlan.form.text }).fill(TEXT);
    await phonePage.getByRole('button', { name: enActionPlan.form.save }).click();
    await phonePage.getByRole('heading', { level: 1 }).first().waitFor();
    await expectShownAsTyped(phonePage, 'phone action plan');
    await expectInert(phonePage, 'phone action plan');
    await phonePage.goto('/messages');
    await phonePage.getByRole('textbox', { name: enMessages.form.label }).fill(TEXT);
    await phonePage.getByRole('button', { name: enMessages.form.send }).click();
    await expectShownAsTyped(phonePage, 'phone messages');
    await expectInert(phonePage, 'phone messages');

    // The coach sees both as text, and answers with hostile text of their own.
    for (const section of [enCoach.tabs.actions, enCoach.tabs.messages, enCoach.tabs.journal]) {
      await page.goto(journalUrl);
      await page
        .getByRole('navigation', { name: enCoach.journal.sectionsLabel })
        .getByRole('link', { name: section, exact: true })
        .click();
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
      if (section === enCoach.tabs.journal) {
        for (const button of await page.getByRole('button', { name: /^Show/ }).all())
          await button.click();
      }
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: enCoach.journal.refresh }).click();
            return page.evaluate(
              (first) => (document.querySelector('main')?.textContent ?? '').includes(first),
              PAYLOADS[0]!,
            );
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(true);
      await expectShownAsTyped(page, `console ${section}`);
      await expectInert(page, `console ${section}`);
    }
    await page
      .getByRole('navigation', { name: enCoach.journal.sectionsLabel })
      .getByRole('link', { name: enCoach.tabs.messages, exact: true })
      .click();
    await page.getByLabel(enCoach.messages.write).fill(PAYLOADS.slice(0, 5).join(' '));
    await page.getByRole('button', { name: enCoach.messages.send }).click();
    await page.getByText(enCoach.messages.sent).waitFor();

    // The phone shows the coach's message as text too.
    await phonePage.goto('/messages');
    await expect
      .poll(
        async () => {
          await phonePage.reload();
          await phonePage.getByRole('heading', { level: 1 }).first().waitFor();
          return phonePage.evaluate(
            (expected) => (document.querySelector('main')?.textContent ?? '').includes(expected),
            PAYLOADS.slice(0, 5).join(' '),
          );
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);
    await expectInert(phonePage, 'phone messages from the coach');
    await phonePage.goto('/');
    await waitForHome(phonePage);
    await expectInert(phonePage, 'phone home');

    expect(phoneDialogs).toEqual([]);
    expect(coachDialogs).toEqual([]);
  } finally {
    await phone.close();
    await coach.close();
  }
});
