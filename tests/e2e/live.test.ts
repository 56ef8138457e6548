import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createApi, type Api } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { completeInitiatief } from '#tests/server/fixtures';
import { watchPage } from './watch-page';

const SANNE = 'Sanne de Wit (Het Stedelijk Lyceum)';
const AHMED = 'Ahmed Yilmaz (JoU Jongerenwerk)';
const GEMEENTE = 'Gemeente Utrecht';
const REVOKED = 'Deze link is ingetrokken of niet meer geldig.';

const field = (page: Page, name: string) => page.locator(`#veld-${name}`);

describe('live updates with three partners in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let dossier: { id: string; token: string };
  let school: { id: string; token: string };
  let jw: { id: string; token: string };
  const contexts: BrowserContext[] = [];
  const pages: Record<'gemeente' | 'school' | 'jw', Page> = {} as never;
  const watches: Record<string, ReturnType<typeof watchPage>> = {};

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    dossier = await api.createDossier({ title: 'Samen in Noord', gemeente: GEMEENTE });
    await api.putStep(dossier.id, dossier.token, 'initiatief', { data: completeInitiatief(), baseRevision: 1 });
    school = await api.createInvite(dossier.id, dossier.token, {
      partner: 'p-school',
      role: 'bewerken',
      tekenbevoegd: false,
      name: 'Sanne de Wit',
    });
    jw = await api.createInvite(dossier.id, dossier.token, {
      partner: 'p-jw',
      role: 'bewerken',
      tekenbevoegd: false,
      name: 'Ahmed Yilmaz',
    });
    for (const [who, token] of [
      ['gemeente', dossier.token],
      ['school', school.token],
      ['jw', jw.token],
    ] as const) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      // The revoked link's last requests are refused (404) on purpose; the gemeente's conflicting save gets 409.
      watches[who] = watchPage(
        page,
        env.app.url,
        who === 'jw'
          ? { allowConsoleErrors: /404|Failed to load resource/ }
          : who === 'gemeente'
            ? { allowConsoleErrors: /409 \(Conflict\)/ }
            : {},
      );
      await page.goto(`${env.app.url}/d/${dossier.id}/stap/visie#${token}`);
      await field(page, 'vision').waitFor();
      pages[who] = page;
    }
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  it('shows who else is on the step, and which field they are editing', async () => {
    const { gemeente, school: s } = pages;
    const presence = gemeente.locator('.sw-presence');
    await expect.poll(() => presence.textContent(), { timeout: 10_000 }).toContain(SANNE);
    await expect.poll(() => presence.textContent(), { timeout: 10_000 }).toContain(AHMED);
    await field(gemeente, 'vision').focus();
    const mark = s.getByText(`${GEMEENTE} bewerkt dit veld`);
    await mark.waitFor({ timeout: 10_000 });
    await expectNoViolations(s, 'step page of a partner, with presence and a field being edited');
  });

  it('the overview shows, per step, who has it open right now', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    const step4 = page.getByRole('listitem', { name: /Stap 4/ });
    const here = step4.locator('.sw-step-here');
    await expect.poll(() => here.textContent(), { timeout: 10_000 }).toContain(SANNE);
    expect(await here.textContent()).toContain(AHMED);
    expect(
      await page
        .getByRole('listitem', { name: /Stap 3/ })
        .locator('.sw-step-here')
        .count(),
    ).toBe(0);
    await expectNoViolations(page, 'overview with partners at work on a step');
    expect(watch.problems()).toEqual([]);
    await page.close();
  });

  it('a change saved by one partner appears in the others’ forms without reload', async () => {
    const { gemeente, school: s, jw: j } = pages;
    await field(gemeente, 'vision').fill('Samen zorgen we dat jongeren in Noord gezien worden.');
    for (const p of [s, j]) {
      await expect
        .poll(() => field(p, 'vision').inputValue(), { timeout: 10_000 })
        .toBe('Samen zorgen we dat jongeren in Noord gezien worden.');
    }
    // The gemeente has stopped typing for a while: the school's change goes straight into its form.
    await gemeente.locator('body').click({ position: { x: 5, y: 5 } });
    await gemeente.waitForTimeout(4500);
    await field(s, 'contribution').fill('De school biedt een vaste ruimte en een aanspreekpunt.');
    for (const p of [gemeente, j]) {
      await expect
        .poll(() => field(p, 'contribution').inputValue(), { timeout: 10_000 })
        .toBe('De school biedt een vaste ruimte en een aanspreekpunt.');
    }
    await j.waitForTimeout(4500);
    await field(j, 'schoolYears').fill('klas 1 tot en met 3');
    for (const p of [gemeente, s]) {
      await expect.poll(() => field(p, 'schoolYears').inputValue(), { timeout: 10_000 }).toBe('klas 1 tot en met 3');
    }
  });

  it('while typing in the step, a change by someone else waits behind a polite notice', async () => {
    const { school: s, jw: j } = pages;
    await field(j, 'targetGroupNotes').fill('Vooral de onderbouw.');
    await field(s, 'contribution').fill('De school biedt twee ruimtes en een aanspreekpunt.');
    const notice = j.getByText(`${SANNE} heeft deze stap gewijzigd.`);
    await notice.waitFor({ timeout: 10_000 });
    // Not yanked: what was typed stays, the other version is not in the form yet.
    expect(await field(j, 'targetGroupNotes').inputValue()).toBe('Vooral de onderbouw.');
    await j.getByRole('button', { name: 'Nieuwe versie laden' }).click();
    await expect
      .poll(() => field(j, 'contribution').inputValue(), { timeout: 10_000 })
      .toBe('De school biedt twee ruimtes en een aanspreekpunt.');
    expect(await field(j, 'targetGroupNotes').inputValue()).toBe('Vooral de onderbouw.');
    await expect.poll(() => field(s, 'targetGroupNotes').inputValue(), { timeout: 10_000 }).toBe('Vooral de onderbouw.');
  });

  it('a same-field conflict is shown side by side and resolved in the UI', async () => {
    const { gemeente, school: s } = pages;
    await gemeente.waitForTimeout(4500);
    // Hold the gemeente's save until the school's has landed: both edited the same field on the same revision.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await gemeente.route('**/api/dossiers/*/steps/visie', async (route) => {
      await gate;
      await route.continue().catch(() => undefined);
    });
    await field(gemeente, 'vision').fill('Visie volgens de gemeente.');
    await field(s, 'vision').fill('Visie volgens de school.');
    await expect.poll(() => field(gemeente, 'vision').inputValue()).toBe('Visie volgens de gemeente.');
    await s.waitForTimeout(2500); // the school's autosave (1 s) has gone through
    release();
    const heading = gemeente.getByRole('heading', { name: 'Iemand anders heeft dit tegelijk gewijzigd' });
    await heading.waitFor({ timeout: 10_000 });
    await gemeente.unroute('**/api/dossiers/*/steps/visie');
    await expect.poll(() => gemeente.getByText('Visie volgens de school.').count()).toBeGreaterThan(0);
    await expectNoViolations(gemeente, 'conflict view');
    await gemeente
      .getByRole('radio', { name: /Versie van de ander/ })
      .first()
      .check();
    await gemeente.getByRole('button', { name: 'Keuze opslaan' }).click();
    await heading.waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => field(gemeente, 'vision').inputValue(), { timeout: 10_000 }).toBe('Visie volgens de school.');
  });

  it('a revoked link stops working at once', async () => {
    const { jw: j } = pages;
    await api.revokeInvite(dossier.id, dossier.token, jw.id);
    await j.getByText(REVOKED).waitFor({ timeout: 5000 });
    const res = await j.evaluate(
      async ([id, token]) => (await fetch(`/api/dossiers/${id}`, { headers: { Authorization: `Bearer ${token}` } })).status,
      [dossier.id, jw.token],
    );
    expect(res).toBe(404);
    expect(watches.gemeente!.problems()).toEqual([]);
    expect(watches.school!.problems()).toEqual([]);
  });
});
