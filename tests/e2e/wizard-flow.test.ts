import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { fillByKeyboard } from './fill-by-keyboard';
import { watchPage } from './watch-page';

const partnerNames = new Map(
  (EXAMPLE_DOSSIER.steps.initiatief.partners as { id: string; name: string }[]).map((p) => [p.id, p.name]),
);

async function pressButton(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function expectHeading(page: Page, text: string | RegExp) {
  const heading = page.getByRole('heading', { level: 1, name: text });
  try {
    await heading.waitFor({ timeout: 15_000 });
  } catch (e) {
    const summary = await page
      .locator('.sw-error-summary')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    await page.screenshot({ path: `tests/.artifacts/wizard-flow-failure.png`, fullPage: true }).catch(() => undefined);
    throw new Error(`heading ${text} not shown${summary ? `; error summary: ${summary}` : ''}`, { cause: e });
  }
  return heading;
}

describe('the 11-step wizard in Chromium', () => {
  const env = useAppAndBrowser();

  it('creates a dossier, fills all 11 steps by keyboard, keeps input across a reload, and shows it to a second browser', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);

    await page.goto(`${env.app.url}/`);
    const start = page.getByRole('link', { name: 'Nieuwe samenwerking starten' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Nieuwe samenwerking starten');

    // The create form by Tab alone: heading → title → gemeente → submit.
    await page.getByLabel('Naam van de samenwerking').focus();
    await page.keyboard.insertText(EXAMPLE_DOSSIER.title);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(EXAMPLE_DOSSIER.gemeente);
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Uw dossier staat klaar');
    await expect.poll(() => page.getByText(/Iedereen die deze link heeft/).isVisible()).toBe(true);
    const link = await page.getByLabel('Link naar het dossier').inputValue();
    expect(link).toMatch(
      new RegExp(`^${env.app.url.replace('127.0.0.1', '(127.0.0.1|localhost)')}/d/[A-Za-z0-9_-]+#[A-Za-z0-9_-]{40,}$`),
    );

    const open = page.getByRole('link', { name: 'Naar het dossier' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, EXAMPLE_DOSSIER.title);
    await expect.poll(() => page.getByText('0 van 11 stappen afgerond').isVisible()).toBe(true);

    const first = page.getByRole('link', { name: `Stap 1: ${STEPS[0].copy.title}` });
    await first.focus();
    await page.keyboard.press('Enter');

    for (const step of STEPS) {
      const heading = await expectHeading(page, `Stap ${step.number} van 11 — ${step.copy.title}`);
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/stap/${step.id}$`));

      const data = EXAMPLE_DOSSIER.steps[step.id];
      if (step.id === 'visie') {
        // Reload in the middle of typing, before autosave has had its second: nothing may be lost.
        const [firstKey] = Object.keys(data);
        await fillByKeyboard(page, { [firstKey]: data[firstKey] }, partnerNames);
        await page.reload();
        await expectHeading(page, `Stap 4 van 11 — ${step.copy.title}`);
        await expect.poll(() => page.locator(`#veld-${firstKey}`).inputValue()).toBe(data[firstKey]);
        await expect
          .poll(() =>
            page
              .getByRole('status')
              .filter({ hasText: /Opgeslagen om \d\d:\d\d/ })
              .count(),
          )
          .toBe(1);
      }
      await fillByKeyboard(page, data, partnerNames);
      await pressButton(page, 'Stap afronden');
    }

    await expectHeading(page, EXAMPLE_DOSSIER.title);
    await expect.poll(() => page.getByText('11 van 11 stappen afgerond').isVisible()).toBe(true);

    // A partner opens the same link in another browser and sees the same dossier.
    const other = await env.browser.newContext();
    const partnerPage = await other.newPage();
    const partnerWatch = watchPage(partnerPage, env.app.url);
    await partnerPage.goto(link.replace('localhost', '127.0.0.1'));
    await expectHeading(partnerPage, EXAMPLE_DOSSIER.title);
    await expect.poll(() => partnerPage.getByText('11 van 11 stappen afgerond').isVisible()).toBe(true);
    // The overview links step 4 more than once (the steps list, and the steps waiting for akkoord); each goes there.
    await partnerPage
      .getByRole('link', { name: `Stap 4: ${STEPS[3].copy.title}` })
      .first()
      .focus();
    await partnerPage.keyboard.press('Enter');
    await expectHeading(partnerPage, /^Stap 4 van 11/);
    const [visionKey] = Object.keys(EXAMPLE_DOSSIER.steps.visie);
    expect(await partnerPage.locator(`#veld-${visionKey}`).inputValue()).toBe(EXAMPLE_DOSSIER.steps.visie[visionKey]);

    expect(watch.problems()).toEqual([]);
    expect(partnerWatch.problems()).toEqual([]);
    await context.close();
    await other.close();
  });
});
