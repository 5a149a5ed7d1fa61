// Two people change the same answer: against the real server, a claimant's phone is paired,
// adds an action and shows when it was sent; the coach then changes the action's words while
// the phone is offline and has changed them too. Back online, the phone keeps both versions
// visible, says a change needs a choice, and the person chooses on "Changes to check" (axe
// clean in English and Welsh). What they kept is on the phone and in the coach's journal.
// And a change the server refuses: the phone, offline, hides an action the coach then makes an
// agreed requirement; back online, the phone puts the server's copy back and the home page says
// so, plainly and once (axe clean in English and Welsh).
import { expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, connectPhone, newPhoneContext, useBrowser } from './support/browser';
import { addClaimant, coachRecords, coachWrites, signInCoach } from './support/coach';
import enCommon from '../../locales/en/common.json';
import enActionPlan from '../../locales/en/actionPlan.json';
import enConflicts from '../../locales/en/conflicts.json';
import cyConflicts from '../../locales/cy/conflicts.json';
import enHome from '../../locales/en/home.json';
import cyHome from '../../locales/cy/home.json';
import enSharing from '../../locales/en/sharing.json';

const browser = useBrowser();

function actionCard(page: Page, text: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: text, exact: true }) });
}

it('shows when an action was sent, and lets the person choose between clashing changes', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'E2E conflicts');
  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  try {
    await connectPhone(page, link);

    // The phone adds an action; once the server has it, the action says when it was sent.
    const id = crypto.randomUUID();
    await page.goto(`/action-plan/action/${id}`);
    await page.getByRole('textbox', { name: enActionPlan.form.text }).fill('Ring the GP');
    await page.getByRole('button', { name: enActionPlan.form.save }).click();
    const card = actionCard(page, 'Ring the GP');
    await card.getByText(/^Sent to your work coach at \d/).waitFor({ timeout: 30_000 });
    expect((await coachRecords(coach, claimantId)).get(`action:${id}`)).toMatchObject({
      text: 'Ring the GP',
    });

    // Offline, the person changes the words; it waits on the phone.
    await context.setOffline(true);
    await card.getByRole('link', { name: /Change/ }).click();
    const textbox = page.getByRole('textbox', { name: enActionPlan.form.text });
    await textbox.fill('Ring the GP on Monday');
    await page.getByRole('button', { name: enActionPlan.form.save }).click();
    await actionCard(page, 'Ring the GP on Monday')
      .getByText(/^Waiting to send\. It will go when you are back online\.$/)
      .waitFor();
    // Meanwhile the coach changes the same words (a later clock, so theirs stands).
    expect((await coachRecords(coach, claimantId)).get(`action:${id}`)).toMatchObject({
      text: 'Ring the GP',
    });
    await coachWrites(coach, claimantId, 'action', id, { text: 'Ring the GP surgery' });

    // Back online: both versions are kept, and the status line says a choice is needed.
    await context.setOffline(false);
    const notice = page
      .locator('.app-status')
      .getByRole('status')
      .filter({ hasText: enCommon.sync.conflicts_one.replace('{{count}}', '1') });
    await notice.waitFor({ timeout: 30_000 });
    await actionCard(page, 'Ring the GP surgery').waitFor();
    await notice.getByRole('link', { name: enCommon.sync.checkConflicts_one }).click();
    await page.getByRole('heading', { level: 1, name: enConflicts.title }).waitFor();
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', {
        level: 2,
        name: 'Action “Ring the GP surgery”: what you will do',
      }),
    });
    await item.getByText('Ring the GP on Monday', { exact: true }).waitFor();
    await item.getByText(enConflicts.coach, { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: cyConflicts.title }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^${cyConflicts.keepMine}`) }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: enConflicts.title }).waitFor();

    // Keeping mine: focus moves to the message that says so, and nothing is left to check.
    await item.getByRole('button', { name: new RegExp(`^${enConflicts.keepMine}`) }).click();
    await page.getByText(enConflicts.empty).waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('we kept what you wrote for Action “Ring the GP surgery”');
    await expect
      .poll(() => page.locator('.app-status').getByRole('link').count(), { timeout: 10_000 })
      .toBe(0);

    // The choice reaches the coach, and the phone shows it as sent.
    await expect
      .poll(async () => (await coachRecords(coach, claimantId)).get(`action:${id}`)?.text, {
        timeout: 30_000,
      })
      .toBe('Ring the GP on Monday');
    await page.goto('/action-plan');
    await actionCard(page, 'Ring the GP on Monday')
      .getByText(/^Sent to your work coach at \d/)
      .waitFor({ timeout: 30_000 });
  } finally {
    await context.close();
  }
});

/**
 * Opens `path` (the app syncs as it starts) until `shown` appears: a change made elsewhere
 * arrives with a sync round, so each try gives one its time.
 */
async function openUntilShown(page: Page, path: string, shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(path);
    try {
      await shown.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

it('puts back an action the coach made an agreed requirement while the phone hid it, and says so kindly', async () => {
  const base = inject('baseURL');
  const coach = await signInCoach(base, inject('coach'));
  const { claimantId, link } = await addClaimant(coach, 'E2E refused');
  const context = await newPhoneContext(browser(), base, { language: 'en' });
  const page = await context.newPage();
  const walk = 'Walk to the shop twice a week';
  try {
    await connectPhone(page, link);

    // The coach suggests an action; the phone gets it.
    const id = crypto.randomUUID();
    await coachWrites(coach, claimantId, 'action', id, {
      text: walk,
      proposedBy: 'coach',
      requirement: 'voluntary',
    });
    await openUntilShown(page, '/action-plan', actionCard(page, walk));

    // Offline, the person keeps it private; meanwhile the coach makes it an agreed requirement.
    await context.setOffline(true);
    await page.goto(`/action-plan/action/${id}`);
    await page
      .getByRole('radio', { name: new RegExp(`^${enSharing.private}`) })
      .check({ force: true });
    // Saved on the phone (the un-share waits in the outbox; a private item shows no "sent").
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('waymark');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                all.onsuccess = () => {
                  open.result.close();
                  resolve(
                    (all.result as { fields: { sharing?: string } }[]).filter(
                      (entry) => entry.fields.sharing === 'private',
                    ).length,
                  );
                };
              };
            }),
        ),
      )
      .toBe(1);
    await coachWrites(coach, claimantId, 'action', id, { requirement: 'agreedRequirement' });

    // Back online: the server keeps its copy, the phone puts it back and the home page says so.
    await context.setOffline(false);
    const heading = page.getByRole('heading', { level: 2, name: enHome.refused.heading });
    await openUntilShown(page, '/', heading);
    const note = page.locator('section.refused-notice');
    await note
      .getByText(enHome.refused.requirementHidden.replace('{{text}}', walk), { exact: true })
      .waitFor();
    await note.getByRole('link', { name: enHome.refused.see.action }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 2, name: cyHome.refused.heading }).waitFor();
    await note.getByText(cyHome.refused.requirementHidden.replace('{{text}}', walk)).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await heading.waitFor();

    // The action is shared again on the phone, as the coach sees it.
    expect((await coachRecords(coach, claimantId)).get(`action:${id}`)).toMatchObject({
      text: walk,
      requirement: 'agreedRequirement',
      sharing: 'shared',
    });
    await note.getByRole('link', { name: enHome.refused.see.action }).click();
    // An agreed requirement is always shared: the page says so and offers no "keep private".
    await page.getByText(enActionPlan.requirement.alwaysShared).waitFor();
    expect(
      await page.getByRole('radio', { name: new RegExp(`^${enSharing.private}`) }).count(),
    ).toBe(0);

    // "Got it" clears the note for good.
    await page.goto('/');
    await page.getByRole('button', { name: enHome.refused.gotIt }).click();
    await heading.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: enHome.title }).waitFor();
    await page.getByText(/^You have finished/).waitFor();
    expect(await heading.count()).toBe(0);
  } finally {
    await context.close();
  }
});
