import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createApi } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { completeInitiatief } from '#tests/server/fixtures';

describe('step history and audit log in Chromium', () => {
  const env = useAppAndBrowser();
  let dossier: { id: string; token: string };

  beforeAll(async () => {
    const api = createApi({ baseUrl: env.app.url });
    dossier = await api.createDossier({ title: 'Samen in Noord', gemeente: 'Gemeente Utrecht' });
    await api.putStep(dossier.id, dossier.token, 'initiatief', { data: completeInitiatief(), baseRevision: 1 });
    const school = await api.createInvite(dossier.id, dossier.token, {
      partner: 'p-school',
      role: 'bewerken',
      tekenbevoegd: false,
      name: 'Sanne de Wit',
    });
    await api.putStep(dossier.id, dossier.token, 'visie', { data: { vision: 'Samen' }, baseRevision: 0 });
    await api.putStep(dossier.id, school.token, 'visie', {
      data: { vision: 'Samen sterk', goals: [{ id: 'g1', goal: 'Minder uitval' }] },
      baseRevision: 1,
    });
  });

  it('opens "Geschiedenis" by keyboard and lists who changed which field, old → new; axe-clean', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${env.app.url}/d/${dossier.id}/stap/visie#${dossier.token}`);
    const summary = page.locator('summary', { hasText: 'Geschiedenis' });
    await summary.waitFor();
    await summary.focus();
    await page.keyboard.press('Enter');
    const list = page.locator('.sw-history-list > li');
    await expect.poll(() => list.count()).toBe(2);
    const newest = list.first();
    await expect.poll(() => newest.innerText()).toContain('Sanne de Wit, Het Stedelijk Lyceum');
    // As a screen reader reads it: the hidden "was"/"wordt" included.
    const text = (await newest.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Onze visie op het versterken van de veerkracht van jongeren: was Samen → wordt Samen sterk');
    expect(text).toContain('Doelen van de samenwerking › rij 1 toegevoegd: Minder uitval');
    expect(await list.nth(1).innerText()).toContain('Gemeente Utrecht (eigenaar)');
    await expectNoViolations(page, 'step page with history open');
  });

  it('the owner downloads the audit log as CSV from the partners page', async () => {
    const page = await (await env.browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${env.app.url}/d/${dossier.id}/partners#${dossier.token}`);
    const button = page.getByRole('button', { name: 'Logboek downloaden (CSV)' });
    await button.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button.focus().then(() => page.keyboard.press('Enter')),
    ]);
    expect(download.suggestedFilename()).toBe('logboek-samen-in-noord.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFNr;Tijdstip;Handeling;Waarover;Resultaat;Wie;Toelichting\r\n')).toBe(true);
    expect(csv).toContain('Sanne de Wit, Het Stedelijk Lyceum (via een uitnodigingslink)');
    await page.getByText('Het logboek is gedownload.').waitFor();
    await expectNoViolations(page, 'partners page after the download');
  });
});
