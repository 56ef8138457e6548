import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { createExampleDossier } from '#src/sync/create-example';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { useAppAndBrowser, useWatchedPage, VIEWPORTS } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';

/**
 * Step 6's pre-sharing checklist and step 10's interim evaluation list in Chromium, by keyboard only:
 * the checklist must leave no trace of the case (storage, network), a checkpoint's student survey must
 * show percentages, and every view must pass axe-core at desktop width and at 320 px.
 */

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Everything the page keeps in the browser: both storages and cookies. */
const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
    cookie: document.cookie,
  }));

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

/**
 * Answers the focused checklist question by keyboard: Tab into the radio group, Space on the first
 * option or the arrow keys to a later one, Tab to "Volgende vraag", Enter.
 */
async function answerWith(page: Page, option: number) {
  await page.keyboard.press('Tab');
  if (option === 0) await page.keyboard.press('Space');
  for (let i = 0; i < option; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Volgende vraag');
  await page.keyboard.press('Enter');
}

// The route to "share with consent": question → index of the option chosen.
const SHARE_ROUTE: [RegExp, number][] = [
  [/^Vraag 1: Waar gaat uw zorg over/, 2],
  [/^Vraag 2: Weet u precies waarom/, 0],
  [/^Vraag 3: Hebt u de signalen feitelijk/, 0],
  [/^Vraag 4: Kunt u verder met advies/, 1],
  [/^Vraag 5: Hebt u met de jongere zelf/, 0],
  [/^Vraag 6: Is het genoeg om te delen dát/, 1],
  [/^Vraag 7: Gaat het om gezondheid/, 1],
  [/^Vraag 8: Weegt het belang/, 0],
  [/^Vraag 9: Op welke grond/, 0],
  [/^Vraag 10: Hoe oud is de jongere/, 1],
  [/^Vraag 11: Is er gericht toestemming/, 0],
  [/^Vraag 12: Vertelt u de jongere/, 0],
];

describe('signal sharing and interim evaluation (Chromium)', () => {
  const env = useAppAndBrowser();
  let example: { id: string; token: string };
  const api = () => createApi({ baseUrl: env.app.url });

  beforeAll(async () => {
    example = await createExampleDossier(api(), EXAMPLE_DOSSIER);
  });

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      let page: Page;
      useWatchedPage(env, viewport, (p) => (page = p));

      it('walks the checklist by keyboard only; nothing about the case reaches storage or the network', async () => {
        await page.goto(`${env.app.url}/d/${example.id}#${example.token}`);
        await page.getByText('11 van 11 stappen afgerond').waitFor();
        await page.goto(`${env.app.url}/d/${example.id}/stap/signalen`);
        await page.locator('form.sw-step-form').waitFor();
        await expectNoViolations(page, 'step 6 with the checklist closed');
        expect(await noHorizontalScroll(page), 'step 6 fits').toBe(true);

        const external = page.getByRole('link', { name: /Jeugdconnect.*\(externe website\)/ });
        expect(await external.getAttribute('href')).toBe('https://www.jeugdconnect.nl');
        expect(await external.getAttribute('target')).toBeNull();

        const before = await storage(page);
        const requests: string[] = [];
        // Presence heartbeats (which step this browser is on) are not about the case; everything else is.
        const onRequest = (req: { method: () => string; url: () => string; postData: () => string | null }) => {
          if (req.url().endsWith('/presence')) expect(JSON.parse(req.postData() ?? '{}').field ?? null).toBeNull();
          else requests.push(`${req.method()} ${req.url()}`);
        };
        page.on('request', onRequest);

        await press(page, 'Controlelijst starten');
        expect(await focusedText(page)).toMatch(SHARE_ROUTE[0][0]);
        // Moving on without an answer: an error, and focus stays with the question.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await focusedText(page)).toBe('Volgende vraag');
        await page.keyboard.press('Enter');
        await page.getByText('Kies eerst een antwoord.').waitFor();
        await expectNoViolations(page, 'checklist: no answer chosen');
        await page.getByText(SHARE_ROUTE[0][0]).focus();

        for (const [question, option] of SHARE_ROUTE) {
          expect(await focusedText(page)).toMatch(question);
          await expectNoViolations(page, `checklist: ${question}`);
          expect(await noHorizontalScroll(page), `${question} fits`).toBe(true);
          await answerWith(page, option);
        }
        expect(await focusedText(page)).toBe('Uitkomst: U kunt delen, met mate');
        await page.getByText(/Wie toestemming gaf \(de jongere én de ouders of voogd, allebei\)/).waitFor();
        await expectNoViolations(page, 'checklist: outcome "delen"');
        expect(await noHorizontalScroll(page), 'outcome fits').toBe(true);

        // The acute route, from the start again.
        await press(page, 'Opnieuw beginnen');
        expect(await focusedText(page)).toMatch(SHARE_ROUTE[0][0]);
        await answerWith(page, 0);
        expect(await focusedText(page)).toBe('Uitkomst: Volg direct de route voor acute zorgen');
        await page.getByText(/Veilig Thuis \(advies en melding\).*0800-2000/).waitFor();
        await expectNoViolations(page, 'checklist: outcome "acuut"');

        await press(page, 'Controlelijst sluiten');
        expect(await focusedText(page)).toBe('Controlelijst starten');

        // Nothing was stored and nothing was sent, not even an autosave of the step.
        await page.waitForTimeout(1500);
        page.off('request', onRequest);
        expect(requests).toEqual([]);
        expect(await storage(page)).toEqual(before);
      });

      it('records a checkpoint with the student survey by keyboard and shows the percentages', async () => {
        await page.goto(`${env.app.url}/d/${example.id}/stap/evaluatie`);
        await page.locator('form.sw-step-form').waitFor();
        await expectNoViolations(page, 'step 10 with the example checkpoint');
        expect(await noHorizontalScroll(page), 'step 10 fits').toBe(true);

        await press(page, 'Evaluatiemoment toevoegen');
        const row = page.getByRole('group', { name: /^Evaluatiemoment \d+$/ }).last();
        const name = (await row.locator('legend').first().textContent())!.trim();
        // Focus is in the new row's date; its keyboard segments follow the OS locale, so it is filled.
        const date = row.getByLabel('Datum', { exact: true });
        expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
        await date.fill('2027-12-01');
        const kind = row.getByRole('radio', { name: 'Procesevaluatie' });
        await kind.focus();
        await page.keyboard.press('Space');

        const survey = row.getByRole('group', { name: 'Korte peiling onder leerlingen' });
        await survey.getByLabel(/Aantal leerlingen dat de peiling invulde/).focus();
        await page.keyboard.insertText('70');
        for (const [question, count] of [
          ['visible', '30'],
          ['knowWhatFor', '27'],
          ['hadContact', '17'],
          ['gotHelp', '12'],
        ] as const) {
          await page.keyboard.press('Tab');
          expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(new RegExp(`-students-${question}$`));
          await page.keyboard.insertText(count);
        }
        for (const p of ['43%', '39%', '24%', '17%']) await survey.getByText(`${p} van de leerlingen zei ja.`).waitFor();
        await expectNoViolations(page, 'checkpoint form with survey');
        expect(await noHorizontalScroll(page), 'checkpoint form fits').toBe(true);

        // Saved like any field: the percentages come back after a reload, in the results view.
        await page
          .getByRole('status')
          .filter({ hasText: /Opgeslagen om \d\d:\d\d/ })
          .waitFor();
        await page.reload();
        await page.locator('form.sw-step-form').waitFor();
        const saved = page.getByRole('group', { name, exact: true });
        await saved.getByRole('button', { name: 'Resultaten tonen' }).focus();
        await page.keyboard.press('Enter');
        const results = page.getByRole('region', { name: /^Resultaten van evaluatiemoment \d+ \(1 december 2027\)$/ });
        const table = results.getByRole('table', { name: 'Peiling onder 70 leerlingen' });
        await table.waitFor();
        const cells = await table.locator('tbody td').allTextContents();
        expect(cells).toEqual(['30', '43%', '27', '39%', '17', '24%', '12', '17%']);
        await expectNoViolations(page, 'checkpoint results view');
        expect(await noHorizontalScroll(page), 'results view fits').toBe(true);

        // The example checkpoint's results: factors now against the step-4 baseline.
        const first = page.getByRole('group', { name: 'Evaluatiemoment 1', exact: true });
        await first.getByRole('button', { name: 'Resultaten tonen' }).focus();
        await page.keyboard.press('Enter');
        const factors = page
          .getByRole('region', { name: /Resultaten van evaluatiemoment 1/ })
          .getByRole('table', { name: /Werkzame factoren/ });
        await factors.waitFor();
        expect(await factors.locator('tbody tr').count()).toBeGreaterThan(15);
        await expectNoViolations(page, 'example checkpoint results');
        expect(await noHorizontalScroll(page), 'example results fit').toBe(true);

        const dossier = await api().getDossier(example.id, example.token);
        const stored = (dossier.steps.evaluatie.data.checkpoints as { date: string; students: unknown }[]).find(
          (c) => c.date === '2027-12-01',
        );
        expect(stored?.students).toEqual({ respondents: 70, visible: 30, knowWhatFor: 27, hadContact: 17, gotHelp: 12 });
      });
    });
  }
});
