import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createApi, type Api } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { completeInitiatief } from '#tests/server/fixtures';
import { watchPage } from './watch-page';

const SCHOOL = 'Het Stedelijk Lyceum (school)';
const JONGERENWERK = 'JoU Jongerenwerk (jongerenwerk)';
const NOT_FOUND = 'Dit dossier is niet gevonden, of de link is niet (meer) geldig.';

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

/** Keyboard only: focus the control, press Enter (or Space for checkboxes and radios). */
async function press(page: Page, role: 'button' | 'link', name: string | RegExp) {
  const control = page.getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  await page.keyboard.press('Enter');
}

/** Opens the invite form of a partner, fills it by keyboard and returns the link it shows once. */
async function createLink(page: Page, partner: string, person: string, opts: { lezen?: boolean; tekenbevoegd?: boolean } = {}) {
  await press(page, 'button', `Nieuwe link voor ${partner}`);
  const name = page.getByLabel('Naam van de persoon');
  await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.insertText(person);
  if (opts.lezen) {
    await page.getByRole('radio', { name: /Alleen lezen/ }).focus();
    await page.keyboard.press('Space');
  }
  if (opts.tekenbevoegd) {
    await page.getByRole('checkbox', { name: /Mag namens deze organisatie/ }).focus();
    await page.keyboard.press('Space');
  }
  await press(page, 'button', 'Link maken');
  const heading = page.getByRole('heading', { name: `Nieuwe link voor ${person}` });
  await heading.waitFor();
  await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
  return page.getByLabel(`Link voor ${person}`).inputValue();
}

describe('partners and access in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let dossier: { id: string; token: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    dossier = await api.createDossier({ title: 'Samen in Noord', gemeente: 'Gemeente Utrecht' });
    await api.putStep(dossier.id, dossier.token, 'initiatief', { data: completeInitiatief(), baseRevision: 1 });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  const open = async (viewport = { width: 1280, height: 900 }) => {
    const context = await env.browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  };

  it('the owner invites school and jongerenwerk; each link knows who it is; lezen cannot edit; a revoked link stops at once', async () => {
    const owner = await open();
    const ownerWatch = watchPage(owner, env.app.url);
    await owner.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await owner.getByRole('heading', { level: 1, name: 'Samen in Noord' }).waitFor();
    await owner.getByText('U werkt als eigenaar van het dossier, namens Gemeente Utrecht.').waitFor();
    await press(owner, 'link', 'Partners en toegang');
    await owner.getByRole('heading', { level: 1, name: 'Partners en toegang' }).waitFor();
    await expectNoViolations(owner, 'partners page');

    // A reading link may not sign: the form says so, in Dutch, and focuses the summary.
    await press(owner, 'button', `Nieuwe link voor ${JONGERENWERK}`);
    await owner.getByRole('radio', { name: /Alleen lezen/ }).focus();
    await owner.keyboard.press('Space');
    await owner.getByRole('checkbox', { name: /Mag namens deze organisatie/ }).focus();
    await owner.keyboard.press('Space');
    await press(owner, 'button', 'Link maken');
    await owner
      .locator('.sw-error-summary')
      .getByText(/moet ook mogen bewerken/)
      .waitFor();
    await expectNoViolations(owner, 'invite form with errors');
    await press(owner, 'button', 'Annuleren');

    const schoolLink = await createLink(owner, SCHOOL, 'Sanne de Wit');
    expect(schoolLink).toMatch(new RegExp(`/d/${dossier.id}#[A-Za-z0-9_-]{43}$`));
    await owner.getByText(/Kopieer de link nu: hij wordt maar één keer getoond/).waitFor();
    await expectNoViolations(owner, 'partners page with a new link');
    const readerLink = await createLink(owner, JONGERENWERK, 'Jamal Amrani', { lezen: true });
    const list = await api.invites(dossier.id, dossier.token);
    expect(list.invites.map((i) => [i.name, i.role, i.tekenbevoegd])).toEqual([
      ['Sanne de Wit', 'bewerken', false],
      ['Jamal Amrani', 'lezen', false],
    ]);

    // The school opens its own link in another browser and sees who it is.
    const school = await open();
    const schoolWatch = watchPage(school, env.app.url, { allowConsoleErrors: /status of 404/ });
    await school.goto(schoolLink.replace('localhost', '127.0.0.1'));
    await school
      .getByText(`U werkt namens Het Stedelijk Lyceum en kunt meeschrijven. Deze link is gemaakt voor Sanne de Wit.`)
      .waitFor();
    // Not the owner: no access management.
    expect(await school.getByRole('link', { name: 'Partners en toegang' }).count()).toBe(0);
    await school.goto(`${env.app.url}/d/${dossier.id}/stap/faciliteiten`);
    await school.locator('form.sw-step-form').waitFor();
    await press(school, 'button', `Akkoord voor ${SCHOOL}`);
    await school.getByText(`${SCHOOL} heeft akkoord gegeven op deze versie van de stap.`).waitFor();
    expect(await school.getByRole('button', { name: `Akkoord voor ${SCHOOL}` }).getAttribute('aria-pressed')).toBe('true');
    const afterApproval = await api.getDossier(dossier.id, dossier.token);
    expect(afterApproval.steps.faciliteiten.approvals.map((a) => a.name)).toEqual(['Sanne de Wit']);

    // The reading link sees everything and can change nothing.
    const reader = await open();
    const readerWatch = watchPage(reader, env.app.url);
    await reader.goto(readerLink.replace('localhost', '127.0.0.1'));
    await reader
      .getByText(`U werkt namens JoU Jongerenwerk en kunt alleen lezen. Deze link is gemaakt voor Jamal Amrani.`)
      .waitFor();
    await reader.goto(`${env.app.url}/d/${dossier.id}/stap/initiatief`);
    await reader.getByText('U hebt een link om te lezen. U kunt alles bekijken, maar niets wijzigen.').waitFor();
    await reader.locator('form.sw-step-form').waitFor();
    expect(await reader.getByLabel('Toelichting op de aanleiding').isDisabled()).toBe(true);
    expect(await reader.getByRole('button', { name: 'Stap afronden' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /^Akkoord voor/ }).count()).toBe(0);

    // The owner revokes the school's link: its very next request is refused.
    await owner.goto(`${env.app.url}/d/${dossier.id}/partners`);
    await press(owner, 'button', 'Intrekken (link van Sanne de Wit)');
    await press(owner, 'button', 'Ja, intrekken');
    await owner.getByText('De link van Sanne de Wit is ingetrokken. Hij werkt vanaf nu niet meer.').waitFor();
    await school.reload();
    await school.getByText(NOT_FOUND).waitFor();
    await expect(api.getDossier(dossier.id, new URL(schoolLink).hash.slice(1))).rejects.toMatchObject({ status: 404 });

    // Re-issue gives the reader a fresh link; the old one stops working.
    await press(owner, 'button', 'Opnieuw uitgeven (link van Jamal Amrani)');
    await press(owner, 'button', 'Ja, nieuwe link maken');
    const reissued = await owner.getByLabel('Link voor Jamal Amrani').inputValue();
    expect(reissued).not.toBe(readerLink);
    await expect(api.getDossier(dossier.id, new URL(readerLink).hash.slice(1))).rejects.toMatchObject({ status: 404 });
    expect((await api.getDossier(dossier.id, new URL(reissued).hash.slice(1))).me).toMatchObject({
      role: 'lezen',
      name: 'Jamal Amrani',
    });

    expect(ownerWatch.problems()).toEqual([]);
    expect(schoolWatch.problems()).toEqual([]);
    expect(readerWatch.problems()).toEqual([]);
  });

  it('one browser keeps both the owner link and an invite it opened, and switches between them', async () => {
    const invite = await api.createInvite(dossier.id, dossier.token, {
      partner: 'p-school',
      role: 'bewerken',
      tekenbevoegd: true,
      name: 'Fenna de Vries',
    });
    const page = await open();
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await page.getByText('U werkt als eigenaar van het dossier, namens Gemeente Utrecht.').waitFor();
    expect(await page.getByText('In deze browser hebt u dit dossier ook met een andere link geopend').count()).toBe(0);

    // The owner tries the invite in the same browser: it is now in use, and the owner link is kept.
    await page.goto(`${env.app.url}/d/${dossier.id}#${invite.token}`);
    await page.getByText('U werkt namens Het Stedelijk Lyceum en kunt meeschrijven.').waitFor();
    await page.getByText('In deze browser hebt u dit dossier ook met een andere link geopend').waitFor();
    await expectNoViolations(page, 'overview with another link kept in this browser');
    await press(page, 'link', 'Verder als eigenaar, namens Gemeente Utrecht');
    await page.getByText('U werkt als eigenaar van het dossier, namens Gemeente Utrecht.').waitFor();
    await page.getByRole('link', { name: 'Verder als Fenna de Vries, Het Stedelijk Lyceum (tekenbevoegd)' }).waitFor();

    // The start page lists both, each with who it is.
    await page.goto(`${env.app.url}/`);
    await page.getByText('— Fenna de Vries, Het Stedelijk Lyceum (tekenbevoegd)').waitFor();
    await page.getByText('— eigenaar, namens Gemeente Utrecht').waitFor();
    expect(watch.problems()).toEqual([]);
  });

  it('the partners page is axe-clean and fits at 320 px', async () => {
    const page = await open({ width: 320, height: 640 });
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('heading', { level: 1, name: 'Samen in Noord' }).waitFor();
    await expectNoViolations(page, 'overview at 320 px');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.goto(`${env.app.url}/d/${dossier.id}/partners`);
    await page.getByRole('heading', { level: 1, name: 'Partners en toegang' }).waitFor();
    await page.getByText('Jamal Amrani', { exact: true }).first().waitFor();
    await expectNoViolations(page, 'partners page at 320 px');
    expect(await noHorizontalScroll(page)).toBe(true);
    await createLink(page, SCHOOL, 'Directeur Bakker', { tekenbevoegd: true });
    await expectNoViolations(page, 'partners page at 320 px with a new link');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(watch.problems()).toEqual([]);
  });
});
