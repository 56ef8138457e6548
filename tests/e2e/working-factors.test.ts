import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS as P } from '#steps/example-dossier';
import { FACTORS } from '#src/domain/catalogue/factors';
import { createApi, type Api } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { axeViolations, formatViolations } from '#tests/utils/axe';
import { fillByKeyboard } from './fill-by-keyboard';
import { watchPage } from './watch-page';

const label = (id: string) => FACTORS.find((f) => f.id === id)!.label;
const partnerNames = new Map(
  (EXAMPLE_DOSSIER.steps.initiatief.partners as { id: string; name: string }[]).map((p) => [p.id, p.name]),
);

/** Two people of different partners score a few factors: they disagree on the youth workers' visibility. */
const scoring = {
  factors: {
    respondents: [
      {
        id: 'r1',
        partnerId: P.zeekompas,
        name: 'Mentor leerjaar 1',
        scores: {
          'vast-team': { importance: 5, presence: 1, comment: 'We zien elke maand iemand anders.' },
          zichtbaar: { importance: 5, presence: 2 },
          capaciteit: { importance: 3, presence: 'weet_niet' },
        },
      },
      {
        id: 'r2',
        partnerId: P.jongerenwerk,
        name: 'Jongerenwerker',
        scores: {
          'vast-team': { importance: 5, presence: 2 },
          zichtbaar: { importance: 3, presence: 2 },
          capaciteit: { importance: 5, presence: 2 },
        },
      },
    ],
  },
};

async function expectAccessible(page: Page, what: string) {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 320, height: 640 },
  ]) {
    await page.setViewportSize(viewport);
    const violations = await axeViolations(page);
    expect(violations, `${what} at ${viewport.width}px:\n${formatViolations(violations)}`).toEqual([]);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
    expect(fits, `${what} fits ${viewport.width}px without horizontal scrolling`).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('Werkzame factoren in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let dossier: { id: string; token: string };

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    dossier = await api.createDossier({ title: 'Factorentest', gemeente: 'Westerhaven' });
    const current = await api.getDossier(dossier.id, dossier.token);
    await api.putStep(dossier.id, dossier.token, 'initiatief', {
      data: EXAMPLE_DOSSIER.steps.initiatief,
      baseRevision: current.steps.initiatief.revision,
    });
  });

  it('two partners score, see each other side by side, and turn a priority into an action', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('heading', { level: 1, name: 'Factorentest' }).waitFor();
    await page.goto(`${env.app.url}/d/${dossier.id}/stap/visie`);
    await page.locator('form.sw-step-form').waitFor();

    // Scoring by keyboard: the second respondent's scores stay open, the view axe checks.
    await fillByKeyboard(page, scoring, partnerNames);
    const panel = page.getByRole('group', { name: 'Scores van respondent 2' });
    await panel.waitFor();
    expect(await panel.getByLabel(`Belang van "${label('capaciteit')}"`).inputValue()).toBe('5');
    await expectAccessible(page, 'scoring view');

    const toggle = page.getByRole('button', { name: 'Vergelijking en prioriteiten tonen' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: /Gemiddelde scores per organisatie/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      'Factor',
      'Het Zeekompas (school)',
      'Stichting Welzijn Westerhaven, team Jongerenwerk (jongerenwerk)',
      'Samen',
      'Verschil tussen organisaties',
    ]);
    const visible = table.getByRole('row', { name: new RegExp(label('zichtbaar')) });
    await expect.poll(() => visible.textContent()).toContain('Verschil van 2 of meer bij belang');
    expect(await table.getByRole('row', { name: new RegExp(label('vast-team')) }).textContent()).toContain('Geen groot verschil');
    await expectAccessible(page, 'comparison view');

    const add = page.getByRole('button', { name: `Actie toevoegen aan actieplan: ${label('vast-team')}` });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is toegevoegd aan het actieplan in stap 5' }).waitFor();
    await page.getByRole('button', { name: `Nog een actie toevoegen aan actieplan: ${label('vast-team')}` }).waitFor();

    await expect
      .poll(
        async () => {
          const saved = await api.getDossier(dossier.id, dossier.token);
          const rows = (saved.steps.taakverdeling.data.actionPlan ?? []) as { factorId?: string; what?: string }[];
          return rows.map((r) => [r.factorId, r.what]);
        },
        { timeout: 15_000 },
      )
      .toEqual([['vast-team', `Versterken: ${label('vast-team')}`]]);

    // The scores themselves are saved with step 4.
    await expect
      .poll(
        async () => {
          const saved = await api.getDossier(dossier.id, dossier.token);
          const factors = saved.steps.visie.data.factors as typeof scoring.factors | undefined;
          return factors?.respondents.map((r) => r.scores.zichtbaar.importance);
        },
        { timeout: 15_000 },
      )
      .toEqual([5, 3]);

    expect(watch.problems()).toEqual([]);
    await context.close();
  });
});
