import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { createExampleDossier } from '#src/sync/create-example';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS } from '#steps/example-dossier';
import { newActionRow, type ActionRow } from '#src/tools/action-plan/schema';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { watchPage } from './watch-page';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Rows added to the example: a formula someone typed (or pasted), Dutch names, and an overdue action. */
const EXTRA_ROWS: ActionRow[] = [
  newActionRow({
    id: 'e2e-injectie',
    what: '=HYPERLINK("http://voorbeeld.example";"klik")',
    how: '@Çağla en Zoë: "samen"; daarna Şükrü Yılmaz\nen Łukasz',
    leadPartnerId: EXAMPLE_PARTNER_IDS.kustlanden,
    leadPerson: '+31 6 1234 5678',
    involved: '-ouders',
    start: daysFromNow(-60),
    deadline: daysFromNow(60),
    status: 'bezig',
  }),
  newActionRow({
    id: 'e2e-te-laat',
    what: 'Terugkoppeling aan de leerlingenraad',
    leadPartnerId: EXAMPLE_PARTNER_IDS.zeekompas,
    start: daysFromNow(-40),
    deadline: daysFromNow(-10),
    status: 'bezig',
  }),
];

/** Elements that stick out to the right of the viewport (empty when the page does not scroll sideways). */
const sticksOut = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    // Text can stick out of its box, so find the deepest element whose hiding removes the scroll.
    const culprits: string[] = [];
    const walk = (el: Element) => {
      for (const child of el.children) {
        const style = (child as HTMLElement).style;
        const display = style.display;
        style.display = 'none';
        const fits = document.documentElement.scrollWidth <= width + 1;
        style.display = display;
        if (fits) {
          culprits.push(`<${child.tagName.toLowerCase()} class="${child.className}"> ${(child.textContent ?? '').slice(0, 60)}`);
          walk(child);
          return;
        }
      }
    };
    walk(document.body);
    return culprits.length ? culprits.slice(-2) : ['(unknown)'];
  });

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

describe('action plan in Chromium', () => {
  const env = useAppAndBrowser();
  let dossier: { id: string; token: string };

  beforeAll(async () => {
    const api = createApi({ baseUrl: env.app.url });
    dossier = await createExampleDossier(api, EXAMPLE_DOSSIER);
    const current = await api.getDossier(dossier.id, dossier.token);
    const step = current.steps.taakverdeling;
    await api.putStep(dossier.id, dossier.token, 'taakverdeling', {
      data: { ...step.data, actionPlan: [...(step.data.actionPlan as ActionRow[]), ...EXTRA_ROWS] },
      baseRevision: step.revision,
    });
  });

  /** A fresh browser context, closed when the test ends (also when it fails, so no page saves late). */
  async function newContext(opts: Parameters<Browser['newContext']>[0] = {}) {
    const context = await env.browser.newContext(opts);
    onTestFinished(() => context.close());
    return context;
  }

  async function openStep(context: BrowserContext) {
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('heading', { level: 1, name: EXAMPLE_DOSSIER.title }).waitFor();
    const response = await page.goto(`${env.app.url}/d/${dossier.id}/stap/taakverdeling`);
    await page
      .getByRole('heading', { level: 3, name: 'B. Acties' })
      .waitFor()
      .catch(async (e) => {
        await page.screenshot({ path: 'tests/.artifacts/action-plan-failure.png', fullPage: true }).catch(() => undefined);
        throw new Error(`step 5 did not open: ${watch.problems().join('; ')}`, { cause: e });
      });
    return { page, watch, csp: response?.headers()['content-security-policy'] ?? '' };
  }

  it('downloads the CSV with the button (under the CSP) and it reads back right', async () => {
    const context = await newContext({ acceptDownloads: true });
    const { page, watch, csp } = await openStep(context);
    expect(csp).toContain("default-src 'self'");

    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Actieplan downloaden (CSV)')]);
    expect(download.suggestedFilename()).toBe('actieplan-jongerenwerk-op-school-in-westerhaven-voorbeeld.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      'Nr.;Wat;Hoe;Leiding (organisatie);Trekker;Betrokken;Start;Uiterste datum;Uren;Ruimte;Budget (euro);Verder nodig;Werkzame factor;Stap;Indicator;Status;Over de uiterste datum',
    );
    // One line per row (the quoted line break inside a cell is not a row end), ten from the example and two more.
    const rows = text.split(/\r\n(?=\d+;)/);
    expect(rows).toHaveLength(13);
    expect(rows[1]).toContain(';Gemeente Westerhaven;Jan de Vries;');
    expect(rows[1]).toContain(';Afspraken over het delen van signalen, met oog voor privacy;Stap 6: ');
    expect(rows[2]).toContain(';Şükrü Yılmaz;');
    // Formulas are neutralised, quotes doubled, cells with ; or a line break quoted; diacritics intact.
    const injected = rows[11];
    expect(
      injected.startsWith(
        `11;"'=HYPERLINK(""http://voorbeeld.example"";""klik"")";"'@Çağla en Zoë: ""samen""; daarna Şükrü Yılmaz\nen Łukasz";Kustlanden College;'+31 6 1234 5678;'-ouders;`,
      ),
    ).toBe(true);
    expect(rows[12]).toMatch(/;Bezig;Ja\r\n$/);
    expect(watch.problems()).toEqual([]);
  });

  it('marks overdue rows, filters by status and partner, and reorders by keyboard', async () => {
    const context = await newContext();
    const { page, watch } = await openStep(context);
    const late = page.getByRole('group', { name: 'Actie 12' });
    await expect
      .poll(() => late.getByText(/Over de uiterste datum: die was .* en de actie is nog niet gereed\.$/).isVisible())
      .toBe(true);
    const count = page.locator('.sw-action-count');
    expect(await count.textContent()).toBe('Alle 12 acties staan in de lijst. 1 actie is over de uiterste datum.');

    await page.locator('#actieplan-filter-status').selectOption('bezig');
    await expect.poll(() => count.textContent()).toMatch(/^U ziet 3 van de 12 acties\./);
    await page.locator('#actieplan-filter-partner').selectOption({ label: 'Het Zeekompas (school)' });
    await expect.poll(() => page.getByRole('group', { name: /^Actie \d+$/ }).count()).toBe(2);
    await page.locator('#actieplan-filter-partner').selectOption('');
    await page.locator('#actieplan-filter-status').selectOption('');
    await expect.poll(() => page.getByRole('group', { name: /^Actie \d+$/ }).count()).toBe(12);

    await press(page, 'Actie 2: Omhoog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Actie 1: Omlaag');
    await expect.poll(() => page.getByText('Verplaatst naar plek 1 van 12.').count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Actie 1' })
          .getByText('De ruimtes voor het jongerenwerk inrichten op beide locaties')
          .isVisible(),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Actie 2: Omlaag');
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /Opgeslagen om \d\d:\d\d/ })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(watch.problems()).toEqual([]);
  });

  it('keeps a deadline before the start as a draft, and shows it on the deadline when completing', async () => {
    const context = await newContext();
    const { page, watch } = await openStep(context);
    await press(page, 'Actie toevoegen');
    const row = page.getByRole('group', { name: 'Actie 13' });
    await expect.poll(() => row.getByLabel('Wat gaan we doen?').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.insertText('Gastles door de wijkagent');
    await row.getByLabel('Welke organisatie heeft de leiding?').selectOption({ label: 'Gemeente Westerhaven (gemeente)' });
    await row.getByLabel(/^Startdatum/).fill('2027-03-01');
    await row.getByLabel(/^Uiterste datum/).fill('2027-02-01');
    // Autosave stores the draft as typed: the server has it before the page is reloaded.
    const saved = async () => {
      const d = await createApi({ baseUrl: env.app.url }).getDossier(dossier.id, dossier.token);
      return (d.steps.taakverdeling.data.actionPlan as ActionRow[]).find((r) => r.what === 'Gastles door de wijkagent');
    };
    await expect.poll(saved, { timeout: 10_000 }).toMatchObject({ start: '2027-03-01', deadline: '2027-02-01' });

    await page.reload();
    const again = page.getByRole('group', { name: 'Actie 13' });
    await again.getByText('Gastles door de wijkagent').waitFor();
    await expect.poll(() => again.getByText('1 februari 2027').isVisible()).toBe(true);

    await press(page, 'Stap afronden');
    await page.locator('.sw-error-summary').waitFor();
    const deadline = page.getByRole('group', { name: 'Actie 13' }).getByLabel(/^Uiterste datum/);
    await expect.poll(() => deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.sw-error-summary').textContent()).toContain(
      'Actie 13, uiterste datum: De uiterste datum ligt vóór de startdatum.',
    );
    await expectNoViolations(page, 'action plan with a row error');
    expect(watch.problems()).toEqual([]);
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: '320 px', width: 320, height: 640 },
  ]) {
    it(`has no axe violations and no horizontal scroll at ${viewport.name}`, async () => {
      const context = await newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const { page, watch } = await openStep(context);
      await expectNoViolations(page, `action plan (${viewport.name})`);
      expect(await sticksOut(page)).toEqual([]);

      await press(page, 'Actie 11 bewerken');
      await page.getByRole('group', { name: 'Actie 11' }).getByLabel('Wat gaan we doen?').waitFor();
      await page.locator('#actieplan-filter-status').selectOption('bezig');
      await expect.poll(() => page.getByRole('group', { name: /^Actie \d+$/ }).count()).toBe(3);
      await expectNoViolations(page, `action plan, a row open and filtered (${viewport.name})`);
      expect(await sticksOut(page), `fits ${viewport.width}px`).toEqual([]);
      expect(watch.problems()).toEqual([]);
    });
  }
});
