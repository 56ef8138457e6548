import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { EvaluationResults, Round } from '#src/domain/evaluation/api';
import { createApi, type Api } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { watchPage } from './watch-page';

/** Charts draw once the chart library has loaded; on a busy machine that takes a while. */
const SLOW = { timeout: 30_000 };

const decimal = (n: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** The body rows of a table as the eye reads them: the row header and each cell's visible text. */
const tableRows = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.trim())));

/** Presses Tab until the focused element's text (or accessible name) matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el.innerText ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('Results of a round, trends and the report in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let example: { id: string; token: string; title: string };
  let rounds: Round[];
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage> }[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-results-'));

  /** A browser of its own with the example's owner link, at `path` inside the dossier. */
  async function ownerAt(path: string) {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    opened.push({ context, watch: watchPage(page, env.app.url) });
    await page.goto(`${env.app.url}/d/${example.id}#${example.token}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${env.app.url}/d/${example.id}${path}`);
    return page;
  }

  const round = (n: number) => rounds.find((r) => r.kind === 'evaluatie' && r.number === n)!;
  const results = async (n: number) => (await api.roundResults(example.id, example.token, round(n).id)) as EvaluationResults;

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    example = await api.createExample();
    rounds = (await api.rounds(example.id, example.token)).rounds;
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems());
    await Promise.all(opened.map((o) => o.context.close()));
    rmSync(downloads, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  it('keeps the chart library out of the start page', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    opened.push({ context, watch: watchPage(page, env.app.url) });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(env.app.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /charts-/.test(s))).toEqual([]);
  });

  it('shows the results of round 2: a chart and its table with the figures the server computed', async () => {
    const expected = await results(2);
    const page = await ownerAt(`/rondes/${round(2).id}/resultaten`);
    await page.getByRole('heading', { level: 1, name: 'Resultaten: Evaluatieronde 2' }).waitFor();

    const figure = page.getByRole('region', { name: 'Ervaring per organisatie (cijfer van 1 tot en met 5)' });
    await expect.poll(() => figure.locator('.recharts-wrapper').count(), SLOW).toBe(1);
    expect(await figure.getByRole('img', { name: /^Ervaring per organisatie/ }).isVisible()).toBe(true);
    // The bars drawn: one per organisation that gave a mark, per perspective.
    const answered = expected.numeric.filter((q) => q.group === 'experience' && q.all.n > 0);
    const bars = answered.flatMap((q) => q.byPartner.filter((b) => b.n > 0));
    await expect.poll(() => figure.locator('.recharts-bar-rectangle').count(), SLOW).toBe(bars.length);

    const table = figure.getByRole('table');
    expect(await table.isVisible()).toBe(true);
    const rows = await tableRows(table);
    expect(rows.map((r) => r[0])).toEqual(answered.map((q) => q.title));
    answered.forEach((q, i) => {
      expect(rows[i]![1]).toBe(`${decimal(q.all.mean!)} (${q.all.n})`);
      expected.partners.forEach((p, col) => {
        const b = q.byPartner.find((x) => x.partnerId === p.id)!;
        expect(rows[i]![3 + col]).toBe(b.n > 0 ? `${decimal(b.mean!)} (${b.n})` : '–');
      });
    });

    // A difference of 2 or more between organisations is said in words, not only coloured.
    const differing = expected.numeric.filter((q) => q.group === 'presence' && q.difference);
    expect(differing.length).toBeGreaterThan(0);
    const presence = page.getByRole('table', { name: 'Hoe aanwezig zijn de werkzame factoren?' });
    const presenceRows = await tableRows(presence);
    for (const q of differing) {
      const row = presenceRows.find((r) => r[0]!.startsWith(q.title.replace('Aanwezig: ', '')))!;
      expect(row[0]).toContain('Let op: organisaties liggen 2 of meer uit elkaar');
    }

    // Students: counts and percentages only.
    const students = page.getByRole('region', { name: 'Antwoorden van leerlingen (in procenten)' });
    const visible = expected.students!.questions.find((q) => q.id === 'visible')!;
    const studentRows = await tableRows(students.getByRole('table'));
    expect(studentRows[0]!.slice(1, 3)).toEqual([
      `${visible.ja} (${visible.percentJa}%)`,
      `${visible.nee} (${visible.percentNee}%)`,
    ]);

    await expectAccessible(page, 'results of round 2');
  });

  it('while a round is open, shows only how many have answered', async () => {
    const planned = rounds.find((r) => r.state === 'gepland')!;
    await api.openRound(example.id, example.token, planned.id);
    const page = await ownerAt(`/rondes/${planned.id}/resultaten`);
    await page.getByText('Deze ronde is nog open.', { exact: false }).waitFor();
    expect(await page.getByText(/0 van \d+ uitgenodigden hebben geantwoord/).isVisible()).toBe(true);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('shows every measure across both rounds on the trends page, with the baseline first', async () => {
    const { series } = await api.trends(example.id, example.token);
    const page = await ownerAt('/rondes');
    await page.getByRole('link', { name: 'Ontwikkeling over alle rondes bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ontwikkeling over de rondes' }).waitFor();
    // A chart with its table for every measure, each drawn once the chart library has loaded.
    await expect.poll(() => page.locator('section.sw-chart').count(), SLOW).toBe(series.length);
    await expect.poll(() => page.locator('section.sw-chart .recharts-wrapper').count(), SLOW).toBe(series.length);

    const done = series.find((s) => s.id === 'actions:done')!;
    const figure = page.getByRole('region', { name: done.title });
    await expect.poll(() => figure.locator('.recharts-line-dot').count(), SLOW).toBe(2);
    const rows = await tableRows(figure.getByRole('table'));
    expect(rows.map((r) => r[0]!.replace(/ \(.*\)$/, ''))).toEqual(['Ronde 1', 'Ronde 2']);
    expect(rows.map((r) => r[1])).toEqual(done.points.map((p) => `${p.value}%`));

    const presence = series.find((s) => s.group === 'presence' && s.points.length === 3)!;
    const presenceRows = await tableRows(page.getByRole('region', { name: presence.title }).getByRole('table'));
    expect(presenceRows.map((r) => r[0]!.replace(/ \(.*\)$/, ''))).toEqual(['Nulmeting (stap 4)', 'Ronde 1', 'Ronde 2']);

    await expectAccessible(page, 'trends');
  });

  it('reaches the results by keyboard only and downloads the report, whose text the PDF really holds', async () => {
    const page = await ownerAt(`/rondes/${round(2).id}`);
    await page.getByRole('heading', { level: 1, name: 'Evaluatieronde 2' }).waitFor();
    await tabTo(page, /^Resultaten van deze ronde bekijken$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Resultaten: Evaluatieronde 2' }).waitFor();

    await tabTo(page, /^Evaluatieverslag downloaden$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await page.getByText('Het evaluatieverslag is gedownload.').waitFor();
    expect(download.suggestedFilename()).toMatch(/^evaluatieverslag-ronde-2-.+\.pdf$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Evaluatieverslag ronde 2');
    expect(text).toContain(example.title.slice(0, 30));
    expect(text).toContain('Werkzame factoren tegenover de nulmeting');
  });

  it('puts a round’s idea into the action plan, by keyboard, and says how many were added', async () => {
    const { candidates } = await api.roundActionItems(example.id, example.token, round(1).id);
    const idea = candidates.find((c) => c.kind === 'nieuwe-actie' && c.proposedActionId === null)!;
    expect(idea).toBeDefined();
    const page = await ownerAt(`/rondes/${round(1).id}/resultaten`);
    await page.getByRole('heading', { level: 2, name: 'In het actieplan zetten' }).waitFor();

    // Nothing chosen: a clear message, nothing sent.
    await tabTo(page, /^Gekozen punten in het actieplan zetten$/, 400);
    await page.keyboard.press('Enter');
    await page.getByText('Kies eerst minstens één punt om in het actieplan te zetten.').waitFor();

    await page.getByRole('checkbox', { name: idea.what }).focus();
    await page.keyboard.press('Space');
    await tabTo(page, /^Gekozen punten in het actieplan zetten$/);
    await page.keyboard.press('Enter');
    await page.getByText('1 actie is toegevoegd aan het actieplan.').waitFor();
    const link = page.getByRole('link', { name: 'Naar het actieplan' });
    expect(await link.getAttribute('href')).toBe(`/d/${example.id}/acties`);

    const plan = await api.actionPlan(example.id, example.token);
    const proposed = plan.actions.find((a) => a.proposal?.sourceKey === idea.sourceKey);
    expect(proposed?.action.what).toBe(idea.what);
    // The list says so now, and the item cannot be put in twice.
    const box = page.getByRole('checkbox', { name: idea.what });
    await expect.poll(() => box.isDisabled(), SLOW).toBe(true);
    expect(await box.isChecked()).toBe(true);
  });

  it('starts an amendment only after a question that says what will happen', async () => {
    const page = await ownerAt(`/rondes/${round(2).id}/resultaten`);
    const button = page.getByRole('button', { name: 'Wijziging voorstellen' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Een wijziging van de overeenkomst starten?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('De getekende versie blijft gelden');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect((await api.getDossier(example.id, example.token)).lifecycle).toBe('actief');

    await button.click();
    await dialog.getByRole('button', { name: 'Ja, wijziging starten' }).click();
    await page.getByText('De wijziging is gestart.', { exact: false }).waitFor();
    expect((await api.getDossier(example.id, example.token)).lifecycle).toBe('wijziging');
    expect(await page.getByRole('link', { name: 'Naar de overeenkomst' }).getAttribute('href')).toBe(
      `/d/${example.id}/overeenkomst`,
    );
  });
});
