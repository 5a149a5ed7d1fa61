// Offline first: after one visit the service worker has the whole shell, so every route opens
// and reloads with the network off, and the status line says the person is offline.
import { expect, inject, it } from 'vitest';
import { newPhoneContext, waitForServiceWorker, useBrowser } from './support/browser';
import { ROUTES, strings } from './support/routes';

const browser = useBrowser();

it('opens and reloads every route with the network off after the first visit', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'en' });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: strings.en.home.title }).waitFor();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto(route.path);
      await page.getByRole('heading', { level: 1, name: route.heading.en }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: route.heading.en }).waitFor();
    }
    await expect(
      page.getByRole('status').filter({ hasText: strings.en.common.status.offline }).count(),
    ).resolves.toBe(1);
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: strings.en.common.status.online }).waitFor();
  } finally {
    await context.close();
  }
});

it('opens in Welsh offline, with the Welsh strings cached too', async () => {
  const context = await newPhoneContext(browser(), inject('baseURL'), { language: 'cy' });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: strings.cy.home.title }).waitFor();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: strings.cy.settings.title }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: strings.cy.settings.title }).waitFor();
  } finally {
    await context.close();
  }
});
