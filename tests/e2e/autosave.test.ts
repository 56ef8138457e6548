import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { startApp, removeDir, type AppProcess } from '#tests/utils/app-process';
import { launchBrowser } from '#tests/utils/browser';
import { watchPage } from './watch-page';

const EXPLANATION = 'Leerlingen melden steeds vaker spanningen rond de wijk; dit willen we samen oppakken. 🙂';

describe('autosave in Chromium', () => {
  let app: AppProcess;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) removeDir(app.dataDir);
  });

  it('keeps input while the network fails, survives a reload, and saves once the server is back', async () => {
    const api = createApi({ baseUrl: app.url });
    const { id, token } = await api.createDossier({ title: 'Storingstest', gemeente: 'Gemeente Proefdorp' });
    const context = await browser.newContext();
    const page = await context.newPage();
    // The failed saves are expected here; anything else logged is not.
    const watch = watchPage(page, app.url, { allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });
    await page.goto(`${app.url}/d/${id}#${token}`);
    await page.getByRole('heading', { level: 1, name: 'Storingstest' }).waitFor();
    await page.goto(`${app.url}/d/${id}/stap/initiatief`);
    const field = page.getByLabel('Toelichting op de aanleiding');
    await field.waitFor();

    await page.route('**/api/dossiers/*/steps/*', (route) => route.abort('failed'));
    await field.focus();
    await page.keyboard.insertText(EXPLANATION);
    await page.getByText('Niet opgeslagen').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByRole('button', { name: 'Opnieuw proberen' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/staat veilig in deze browser/).isVisible()).toBe(true);

    // Still offline for saves: a reload must show what was typed.
    await page.reload();
    await expect.poll(() => page.getByLabel('Toelichting op de aanleiding').inputValue()).toBe(EXPLANATION);

    await page.unroute('**/api/dossiers/*/steps/*');
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    if (await retry.isVisible()) await retry.press('Enter');
    await page.getByText(/Opgeslagen om \d\d:\d\d/).waitFor({ timeout: 40_000 });
    const saved = await api.getDossier(id, token);
    expect(saved.steps.initiatief.data.occasionExplanation).toBe(EXPLANATION);
    expect(watch.problems()).toEqual([]);
    await context.close();
  });

  it('keeps saved input across a server restart', async () => {
    const api = createApi({ baseUrl: app.url });
    const { id, token } = await api.createDossier({ title: 'Herstarttest', gemeente: 'Gemeente Proefdorp' });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/d/${id}#${token}`);
    await page.getByRole('heading', { level: 1, name: 'Herstarttest' }).waitFor();
    await page.goto(`${app.url}/d/${id}/stap/initiatief`);
    await page.getByLabel('Toelichting op de aanleiding').focus();
    await page.keyboard.insertText('Na een herstart moet dit er nog staan.');
    await page.getByText(/Opgeslagen om \d\d:\d\d/).waitFor({ timeout: 10_000 });
    await context.close();

    await app.stop();
    app = await startApp({ dataDir: app.dataDir });
    const again = await browser.newContext();
    const page2 = await again.newPage();
    await page2.goto(`${app.url}/d/${id}#${token}`);
    await page2.getByRole('heading', { level: 1, name: 'Herstarttest' }).waitFor();
    await page2.goto(`${app.url}/d/${id}/stap/initiatief`);
    await expect
      .poll(() => page2.getByLabel('Toelichting op de aanleiding').inputValue())
      .toBe('Na een herstart moet dit er nog staan.');
    await again.close();
  });
});
