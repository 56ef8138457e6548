import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_PARTNER_IDS as P } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { createApi, type Api } from '#src/sync/api';
import { exampleDossier, signedExampleDossier, type Caller } from '#tests/utils/signed-dossier';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { watchPage } from './watch-page';

const ARTIFACTS = 'tests/.artifacts';

/**
 * Fewer and safer clicks (issue 11): akkoord on every step that is ready in one click per
 * organisation, a confirmation that says what happens before freezing, withdrawing, taking into use,
 * amending and revoking (cancel changes nothing), undo for a removed row, and the example dossier:
 * marked as one on every page and reused by the same browser.
 */
describe('Fewer and safer clicks in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let caller: Caller;
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage>; what: string }[] = [];

  async function browserFor(what: string, path = '') {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    opened.push({ context, watch, what });
    if (path) await page.goto(`${env.app.url}${path}`);
    return page;
  }

  /** Opens a dossier with a link in a browser of its own, then goes to `path` within it. */
  async function personAt(what: string, id: string, token: string, path = '') {
    const page = await browserFor(what, `/d/${id}#${token}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (path) await page.goto(`${env.app.url}/d/${id}${path}`);
    return page;
  }

  async function screenshots(page: Page, name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${ARTIFACTS}/clicks-${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const invite = async (id: string, token: string, partner: string, name: string) =>
    (await api.createInvite(id, token, { partner, role: 'bewerken', tekenbevoegd: true, name })).token;

  beforeAll(() => {
    api = createApi({ baseUrl: env.app.url });
    caller = {
      async call(method, path, opts = {}) {
        const res = await fetch(`${env.app.url}${path}`, {
          method,
          headers: {
            ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
            ...(opts.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
          },
          body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
        });
        const text = await res.text();
        return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
      },
    };
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems().map((p) => `${o.what}: ${p}`));
    await Promise.all(opened.map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  it('three organisations each give akkoord on every step that is ready with one click; then freezing and withdrawing ask first', async () => {
    const { id, token } = await exampleDossier(caller);
    const partners = [P.zeekompas, P.kustlanden, P.jongerenwerk];
    for (const [i, partner] of partners.entries()) {
      const page = await personAt(`partner ${i + 1}`, id, await invite(id, token, partner, `Persoon ${i + 1}`));
      const button = page.getByRole('button', { name: `Akkoord geven op alle ${STEPS.length} stappen die klaar zijn` });
      await button.waitFor();
      if (i === 0) {
        await expectAccessible(page, 'overview with bulk akkoord');
        await screenshots(page, 'bulk-akkoord');
      }
      await button.click();
      await page.getByText(`heeft akkoord gegeven op ${STEPS.length} stappen`, { exact: false }).waitFor();
      await expect.poll(() => button.count()).toBe(0);
    }
    const after = await api.getDossier(id, token);
    for (const step of STEPS) {
      expect(after.steps[step.id].approvals.map((a) => a.partnerId).sort(), step.id).toEqual([...partners].sort());
    }

    // The gemeente (the owner's organisation) too, then the owner freezes: a question first.
    const owner = await personAt('owner', id, token);
    await owner.getByRole('button', { name: `Akkoord geven op alle ${STEPS.length} stappen die klaar zijn` }).click();
    await owner.getByText(`heeft akkoord gegeven op ${STEPS.length} stappen`, { exact: false }).waitFor();
    // Everything approved: the overview says so without a count that contradicts it.
    await owner.goto(`${env.app.url}/d/${id}/overeenkomst`);
    const freeze = owner.getByRole('button', { name: 'Tekst vastleggen als versie ter ondertekening' });
    await freeze.click();
    const dialog = owner.getByRole('dialog', { name: 'De tekst vastleggen als versie 1?' });
    await dialog.waitFor();
    await expectAccessible(owner, 'freeze confirmation');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await api.getDossier(id, token)).lifecycle).toBe('concept');
    await freeze.click();
    await dialog.getByRole('button', { name: 'Ja, vastleggen' }).click();
    await owner.getByText('Versie 1 is vastgelegd en ligt ter ondertekening.').waitFor();
    expect((await api.getDossier(id, token)).lifecycle).toBe('ter-ondertekening');

    // A fixed text reads "vastgelegd in versie 1" on the overview and on a step, never "afgerond".
    await owner.goto(`${env.app.url}/d/${id}`);
    await owner.getByText('De tekst van alle stappen is vastgelegd in versie 1.').waitFor();
    expect(await owner.getByText('Vastgelegd in versie 1', { exact: true }).count()).toBe(STEPS.length);
    expect(await owner.getByText(/stappen afgerond/).count()).toBe(0);
    await owner.goto(`${env.app.url}/d/${id}/stap/bekendheid`);
    await owner.getByText(/Deze stap is vastgelegd in versie 1/).waitFor();
    expect(await owner.getByText(/U kunt hem nog steeds aanpassen/).count()).toBe(0);

    // Withdrawing asks for the reason the partners will read; without one, nothing happens.
    await owner.goto(`${env.app.url}/d/${id}/overeenkomst`);
    await owner.getByRole('button', { name: 'Versie intrekken' }).click();
    const withdraw = owner.getByRole('dialog', { name: 'Versie 1 intrekken?' });
    await withdraw.getByRole('button', { name: 'Ja, intrekken' }).click();
    await withdraw.getByText('Schrijf op waarom u deze versie intrekt.', { exact: false }).waitFor();
    await expect.poll(async () => owner.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expectAccessible(owner, 'withdraw confirmation with its reason missing');
    expect((await api.getDossier(id, token)).lifecycle).toBe('ter-ondertekening');
    await owner.keyboard.type('De begroting van de school is nog niet rond.');
    await withdraw.getByRole('button', { name: 'Ja, intrekken' }).click();
    await owner.getByText('De versie is ingetrokken.', { exact: false }).waitFor();
    expect((await api.getDossier(id, token)).lifecycle).toBe('concept');
  });

  it('taking into use and starting an amendment ask first; cancel changes nothing', async () => {
    const { id, token } = await signedExampleDossier(caller);
    const owner = await personAt('owner (signed)', id, token, '/overeenkomst');
    const activate = owner.getByRole('button', { name: 'Overeenkomst in gebruik nemen' });
    await activate.click();
    const ask = owner.getByRole('dialog', { name: 'Overeenkomst in gebruik nemen?' });
    await ask.getByText(/Dit kunt u niet ongedaan maken/).waitFor();
    await owner.keyboard.press('Escape');
    await expect.poll(() => ask.isVisible()).toBe(false);
    expect((await api.getDossier(id, token)).lifecycle).toBe('getekend');
    await activate.click();
    await ask.getByRole('button', { name: 'Ja, in gebruik nemen' }).click();
    await expect.poll(async () => (await api.getDossier(id, token)).lifecycle).toBe('actief');

    const amend = owner.getByRole('button', { name: 'Wijziging starten' });
    await amend.click();
    const askAmend = owner.getByRole('dialog', { name: 'Een wijziging starten (versie 2)?' });
    await askAmend.getByRole('button', { name: 'Annuleren' }).click();
    expect((await api.getDossier(id, token)).lifecycle).toBe('actief');
    await amend.click();
    await askAmend.getByRole('button', { name: 'Ja, wijziging starten' }).click();
    await expect.poll(async () => (await api.getDossier(id, token)).lifecycle).toBe('wijziging');
  });

  it('a new link comes with an invitation to copy; revoking asks first', async () => {
    const { id, token } = await exampleDossier(caller);
    const owner = await personAt('owner (partners)', id, token, '/partners');
    await owner.getByRole('button', { name: /^Nieuwe link voor .*Zeekompas/ }).click();
    await owner.getByLabel(/Naam van de persoon/).fill('Sanne de Wit');
    await owner.getByRole('button', { name: 'Link maken' }).click();
    const invitation = owner.getByLabel('Uitnodiging om te sturen aan Sanne de Wit');
    await invitation.waitFor();
    const text = await invitation.inputValue();
    const link = await owner.getByLabel('Link voor Sanne de Wit').inputValue();
    expect(text).toMatch(/^Beste Sanne de Wit,/);
    expect(text).toContain(link);
    expect(text).toContain('meeschrijven');
    await expectAccessible(owner, 'partners page with a new link and its invitation');
    await screenshots(owner, 'invitation');

    const revoke = owner.getByRole('button', { name: 'Intrekken (link van Sanne de Wit)' });
    await revoke.click();
    const ask = owner.getByRole('dialog', { name: 'De link van Sanne de Wit intrekken?' });
    await ask.getByRole('button', { name: 'Annuleren' }).click();
    const live = async () => (await api.invites(id, token)).invites.filter((i) => !i.revokedAt).length;
    expect(await live()).toBe(1);
    await revoke.click();
    await ask.getByRole('button', { name: 'Ja, intrekken' }).click();
    await owner.getByText('De link van Sanne de Wit is ingetrokken.', { exact: false }).waitFor();
    expect(await live()).toBe(0);
  });

  it('undo brings a removed row back, by keyboard, and it is saved again', async () => {
    const { id, token } = await exampleDossier(caller);
    const before = (await api.getDossier(id, token)).steps.aanspreekpunten;
    const rows = (before.data.contacts as { id: string }[]).map((r) => r.id);
    const page = await personAt('editor (undo)', id, token, '/stap/aanspreekpunten');
    const remove = page.getByRole('button', { name: 'Aanspreekpunt 2 verwijderen' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await api.getDossier(id, token)).steps.aanspreekpunten.data.contacts as unknown[]).length)
      .toBe(rows.length - 1);
    const undo = page.getByRole('button', { name: 'Ongedaan maken: Aanspreekpunt 2 terugzetten' });
    await expectAccessible(page, 'step 2 with undo offered');
    await undo.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Aanspreekpunt 2 staat er weer.').waitFor({ state: 'attached' });
    await expect
      .poll(async () =>
        ((await api.getDossier(id, token)).steps.aanspreekpunten.data.contacts as { id: string }[]).map((r) => r.id),
      )
      .toEqual(rows);
  });

  it('the example is marked on every page and the same browser gets the same one again', async () => {
    const page = await browserFor('example', '/');
    let created = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/examples')) created++;
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.waitForURL(/\/d\/[^/#]+$/, { timeout: 60_000 });
    const banner = page.getByText('Dit is een voorbeeld — het verdwijnt na 24 uur.');
    await banner.waitFor();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const first = new URL(page.url()).pathname;
    await expectAccessible(page, 'example overview with its banner');
    await screenshots(page, 'example');
    for (const path of ['/overeenkomst', '/partners', '/stap/initiatief']) {
      await page.goto(`${env.app.url}${first}${path}`);
      await banner.waitFor();
    }
    await page.goto(`${env.app.url}/`);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.waitForURL(/\/d\/[^/#]+$/);
    await banner.waitFor();
    expect(new URL(page.url()).pathname).toBe(first);
    expect(created).toBe(1);
  });
});
