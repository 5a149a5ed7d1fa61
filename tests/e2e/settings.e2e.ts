// Settings: "Keep my data on this phone" asks the browser and says what it answered, and the
// space Waymark uses is shown in plain words.
import { expect, inject, it } from 'vitest';
import { newPhoneContext, useBrowser } from './support/browser';
import { strings } from './support/routes';

const browser = useBrowser();

it('asks to keep data on this phone and shows the answer and the space used', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  const text = strings.en.settings.storage;
  try {
    await page.goto('/settings');
    await page
      .getByText(/Waymark is using about .+ on this phone\. There is room for about .+ more\./)
      .waitFor();
    await page.getByRole('button', { name: text.button }).click();
    const answers = [text.granted, text.denied, text.unsupported];
    const answer = page
      .getByRole('status')
      .filter({ hasText: new RegExp(answers.map(escape).join('|')) });
    await answer.waitFor();
    const said = (await answer.textContent()) ?? '';
    const granted = await page.evaluate(() => navigator.storage.persisted());
    expect(said).toContain(granted ? text.granted : text.denied);
  } finally {
    await context.close();
  }
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
