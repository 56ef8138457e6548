import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STEPS } from '#steps/index';
import { createApi } from '#src/sync/api';
import { createExampleDossier } from '#src/sync/create-example';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { useAppAndBrowser, useWatchedPage, VIEWPORTS } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

describe('accessibility (axe-core in Chromium)', () => {
  const env = useAppAndBrowser();
  let empty: { id: string; token: string };
  let example: { id: string; token: string };

  beforeAll(async () => {
    const api = createApi({ baseUrl: env.app.url });
    empty = await api.createDossier({ title: 'Toegankelijkheidstest', gemeente: 'Gemeente Proefdorp' });
    example = await createExampleDossier(api, EXAMPLE_DOSSIER);
  });

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      let page: Page;
      useWatchedPage(env, viewport, (p) => (page = p));

      it('start page and create page', async () => {
        await page.goto(`${env.app.url}/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoViolations(page, 'start page');
        expect(await noHorizontalScroll(page)).toBe(true);
        await page.goto(`${env.app.url}/nieuw`);
        await page.getByRole('heading', { name: 'Nieuwe samenwerking starten' }).waitFor();
        await page.getByRole('button', { name: 'Dossier aanmaken' }).press('Enter');
        await page.locator('.sw-error-summary').waitFor();
        await expectNoViolations(page, 'create page with errors');
      });

      it('overview and every step of an empty dossier', async () => {
        await page.goto(`${env.app.url}/d/${empty.id}#${empty.token}`);
        await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidstest' }).waitFor();
        await expectNoViolations(page, 'overview (empty)');
        expect(await noHorizontalScroll(page)).toBe(true);
        for (const step of STEPS) {
          await page.goto(`${env.app.url}/d/${empty.id}/stap/${step.id}`);
          await page.getByRole('heading', { level: 1, name: new RegExp(`^Stap ${step.number} van 11`) }).waitFor();
          await page.locator('form.sw-step-form').waitFor();
          await expectNoViolations(page, `step ${step.id} (empty)`);
          await page.getByRole('button', { name: 'Stap afronden' }).press('Enter');
          await page.locator('.sw-error-summary').waitFor();
          await expectNoViolations(page, `step ${step.id} (errors shown)`);
          expect(await noHorizontalScroll(page), `step ${step.id} fits ${viewport.width}px`).toBe(true);
        }
      });

      it('overview and every step of the complete example', async () => {
        await page.goto(`${env.app.url}/d/${example.id}#${example.token}`);
        await page.getByText('11 van 11 stappen afgerond').waitFor();
        await expectNoViolations(page, 'overview (example)');
        for (const step of STEPS) {
          await page.goto(`${env.app.url}/d/${example.id}/stap/${step.id}`);
          await page.locator('form.sw-step-form').waitFor();
          await expectNoViolations(page, `step ${step.id} (example)`);
          expect(await noHorizontalScroll(page), `step ${step.id} fits ${viewport.width}px`).toBe(true);
        }
      });
    });
  }
});
