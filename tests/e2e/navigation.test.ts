import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { exampleDossier, fetchCaller, signedExampleDossier } from '#tests/utils/signed-dossier';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { watchPage } from './watch-page';

// Going offline makes the browser report every failed request, and React reports the error it
// caught in the boundary: expected here, anything else still fails the test.
const EXPECTED_ERRORS = /ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module|404 \(Not Found\)|kapot/;

describe('finding one’s way, and errors a person can act on, in Chromium', () => {
  const env = useAppAndBrowser();
  let signed: { id: string; token: string };
  let concept: { id: string; token: string };
  let roundId: string;
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage> }[] = [];

  /** A browser of its own that holds the dossier's link, at `path` in the dossier. */
  async function open(dossier: { id: string; token: string }, path: string) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    opened.push({ context, watch: watchPage(page, env.app.url, { allowConsoleErrors: EXPECTED_ERRORS }) });
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('navigation', { name: 'Dossiermenu' }).waitFor();
    if (path) await page.goto(`${env.app.url}/d/${dossier.id}${path}`);
    return { page, context };
  }

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Dossiermenu' });
  const current = (page: Page) => menu(page).locator('[aria-current]');

  beforeAll(async () => {
    const caller = fetchCaller(env.app.url);
    signed = await signedExampleDossier(caller);
    concept = await exampleDossier(caller);
    const api = createApi({ baseUrl: env.app.url });
    roundId = (await api.rounds(signed.id, signed.token)).rounds[0]!.id;
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems());
    await Promise.all(opened.map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  it('every dossier page has the header: title, state in words, the part one is in marked', async () => {
    const { page } = await open(signed, '');
    const pages: [path: string, part: string, heading: RegExp][] = [
      ['', 'Overzicht', /Westerhaven/],
      ['/stap/visie', 'Stappen', /^Stap 4 van 11/],
      ['/overeenkomst', 'Overeenkomst', /^De samenwerkingsovereenkomst$/],
      ['/partners', 'Partners', /^Partners en toegang$/],
      ['/controleer', 'Overeenkomst', /^Een overeenkomst controleren$/],
      ['/versie/1', 'Overeenkomst', /^Overeenkomst, versie 1$/],
      ['/controleren', 'Overeenkomst', /^Controleren/],
      ['/rondes', 'Evaluatierondes', /^Evaluatierondes$/],
      [`/rondes/${roundId}`, 'Evaluatierondes', /^Evaluatieronde/],
    ];
    for (const [path, part, heading] of pages) {
      await page.goto(`${env.app.url}/d/${signed.id}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const header = page.locator('.sw-dossier-header');
      await expect.poll(() => header.innerText(), { message: path }).toContain('Jongerenwerk op school in Westerhaven');
      expect(await header.innerText(), path).toContain('Status: Getekend');
      expect(await current(page).innerText(), path).toBe(part);
      // After signing, the rounds and the action plan are part of the menu.
      expect(await menu(page).getByRole('link').allInnerTexts(), path).toEqual([
        'Overzicht',
        'Stappen',
        'Overeenkomst',
        'Partners',
        'Evaluatierondes',
        'Actieplan volgen',
      ]);
    }
  });

  it('the header’s links work, the logo leads to the dossier and the start page stays reachable', async () => {
    const { page } = await open(signed, '/versie/1');
    await menu(page).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners en toegang' }).waitFor();
    expect(await current(page).getAttribute('aria-current')).toBe('page');
    await menu(page).getByRole('link', { name: 'Evaluatierondes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluatierondes' }).waitFor();
    await menu(page).getByRole('link', { name: 'Stappen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Stap \d+ van 11/ }).waitFor();
    await page.getByRole('link', { name: /^Samenwerkwijzer/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/d/${signed.id}`);
    await page.getByRole('link', { name: 'Startpagina' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  });

  it('breadcrumbs lead back up from a version and from a round', async () => {
    const { page } = await open(signed, '/versie/1');
    await page.getByRole('heading', { level: 1, name: 'Overeenkomst, versie 1' }).waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    expect(await crumbs.getByRole('listitem').allInnerTexts()).toEqual([
      'Jongerenwerk op school in Westerhaven (voorbeeld)',
      'Overeenkomst',
      'Versie 1',
    ]);
    expect(await crumbs.locator('[aria-current="page"]').innerText()).toBe('Versie 1');
    await expectAccessible(page, 'version page');
    await crumbs.getByRole('link', { name: 'Overeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'De samenwerkingsovereenkomst' }).waitFor();

    await page.goto(`${env.app.url}/d/${signed.id}/rondes/${roundId}`);
    await crumbs.getByRole('link', { name: 'Evaluatierondes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluatierondes' }).waitFor();
  });

  it('the step navigator lists the 11 steps with their status, and works by keyboard, folded at 320 px', async () => {
    const { page } = await open(concept, '');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${env.app.url}/d/${concept.id}/stap/visie`);
    const steps = page.getByRole('navigation', { name: /^Alle stappen/ });
    const summary = steps.locator('summary');
    await summary.waitFor();
    // Folded on a phone: one line, the links hidden until it is opened.
    expect(await steps.getByRole('link').first().isVisible()).toBe(false);
    await expectAccessible(page, 'step page with the navigator folded');
    await page.setViewportSize({ width: 320, height: 640 });
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = steps.getByRole('link');
    await expect.poll(() => links.count()).toBe(11);
    expect(await links.nth(0).innerText()).toBe('Stap 1: Neem het initiatief (afgerond)');
    expect(await steps.locator('[aria-current="step"]').innerText()).toMatch(/^Stap 4: /);
    await expectAccessible(page, 'step page with the navigator open');
    // Tab from the summary to step 5, Enter: the wizard opens it.
    await summary.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Stap 5: /);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Stap 5 van 11/ }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: /^Alle stappen/ })
        .locator('[aria-current="step"]')
        .innerText(),
    ).toMatch(/^Stap 5: /);
  });

  it('a version that does not exist ends in a clear message with the way back, not "versie NaN" or loading for ever', async () => {
    const { page } = await open(signed, '/versie/abc');
    for (const [path, asked] of [
      ['/versie/abc', 'abc'],
      ['/versie/99', '99'],
      ['/versie/99/wijzigingen', '99'],
    ] as const) {
      await page.goto(`${env.app.url}/d/${signed.id}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Deze versie bestaat niet' }).waitFor();
      const main = await page.locator('main').innerText();
      expect(main).toContain(`Er is geen versie "${asked}"`);
      expect(main).not.toMatch(/NaN|wordt geladen/);
    }
    await expectAccessible(page, 'version not found');
    await page.getByRole('link', { name: 'Naar de pagina Overeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'De samenwerkingsovereenkomst' }).waitFor();
  });

  it('"Volgende" while offline says so in Dutch instead of the developer page; "Opnieuw proberen" works once back online', async () => {
    const { page, context } = await open(concept, '/stap/initiatief');
    await page.getByRole('heading', { level: 1, name: /^Stap 1 van 11/ }).waitFor();
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent offline' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('U bent offline; uw invoer is bewaard.');
    expect(main).not.toMatch(/Unexpected Application Error|Hey developer/);
    // The header stays: the way back is still there.
    await menu(page).waitFor();
    await expectAccessible(page, 'offline error');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByText('Er is nog steeds geen verbinding.').waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Stap 2 van 11/ }).waitFor();
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
  });

  it('a page of a newer build that is gone asks to reload the page, and reloading works', async () => {
    const { page } = await open(signed, '');
    await page.route('**/assets/partners-page-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await menu(page).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Er is een nieuwe versie van Samenwerkwijzer' }).waitFor();
    await expectAccessible(page, 'new build');
    await page.unroute('**/assets/partners-page-*.js');
    await page.getByRole('button', { name: 'Pagina vernieuwen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners en toegang' }).waitFor();
  });

  it('a page that breaks shows a Dutch message with the way back to the dossier, not the developer page', async () => {
    const { page } = await open(signed, '');
    await page.route('**/assets/verify-page-*.js', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: "export default function Broken() { throw new Error('kapot'); }",
      }),
    );
    await page.goto(`${env.app.url}/d/${signed.id}/controleer`);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina kan niet worden getoond' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Unexpected Application Error|Hey developer|kapot/);
    await expectAccessible(page, 'broken page');
    await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/d/${signed.id}`);
    await page.getByRole('heading', { level: 1, name: /Westerhaven/ }).waitFor();
  });
});
