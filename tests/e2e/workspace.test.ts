import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { watchPage } from './watch-page';

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

/** Keyboard only: focus the control, press Enter. */
async function press(page: Page, role: 'button' | 'link', name: string | RegExp) {
  const control = page.getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  await page.keyboard.press('Enter');
}

async function type(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.focus();
  await field.fill('');
  await page.keyboard.insertText(text);
}

/** A CSV as Excel reads it: BOM, CRLF lines, `;` cells (no quoted cells in these titles). */
const parseCsv = (bytes: Buffer) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(';'));
};

describe('a workspace in Chromium', () => {
  const env = useAppAndBrowser();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  it('creates a workspace and three dossiers, filters the portfolio, exports it as CSV; axe finds nothing at 1280 and 320 px', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);

    await page.goto(env.app.url);
    await press(page, 'link', workspaceNl.create.entry);
    await page.getByRole('heading', { level: 1, name: workspaceNl.create.title }).waitFor();
    await type(page, workspaceNl.create.titleLabel, 'Gemeente Westerhaven');
    await press(page, 'button', workspaceNl.create.submit);
    await page.getByRole('heading', { level: 1, name: workspaceNl.create.doneTitle }).waitFor();
    const ownerLink = await page.getByRole('textbox').first().inputValue();
    expect(ownerLink).toMatch(/\/w\/[A-Za-z0-9_-]+#[A-Za-z0-9_-]{43}$/);
    await press(page, 'link', workspaceNl.create.open);
    await page.getByRole('heading', { level: 1, name: 'Gemeente Westerhaven' }).waitFor();
    // The token left the address bar; the page keeps working from this browser's memory.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByText(workspaceNl.portfolio.empty).waitFor();
    await expectNoViolations(page, 'empty workspace');

    for (const title of ['Jongerenwerk op het Noorderlicht', 'Samen op het Zuiderpark College', 'Oost aan zet']) {
      await type(page, workspaceNl.newDossier.titleLabel, title);
      await type(page, workspaceNl.newDossier.gemeenteLabel, 'Gemeente Westerhaven');
      await press(page, 'button', workspaceNl.newDossier.submit);
      await page.getByText(workspaceNl.newDossier.done(title)).waitFor();
    }
    const table = page.getByRole('table', { name: workspaceNl.portfolio.caption });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 30_000 }).toBe(4);
    await page.getByText(workspaceNl.portfolio.shown(3, 3), { exact: true }).waitFor();

    // Narrowed by a word: one row is left; the phase filter and the sort follow the same way.
    await type(page, workspaceNl.portfolio.search, 'zuiderpark');
    await page.getByText(workspaceNl.portfolio.shown(1, 3), { exact: true }).waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual(['Samen op het Zuiderpark College']);
    await type(page, workspaceNl.portfolio.search, '');
    await page.getByLabel(workspaceNl.portfolio.sort).selectOption('title');
    await page.getByLabel(workspaceNl.portfolio.descending).check();
    await expect
      .poll(() => table.getByRole('rowheader').allInnerTexts(), { timeout: 30_000 })
      .toEqual(['Samen op het Zuiderpark College', 'Oost aan zet', 'Jongerenwerk op het Noorderlicht']);
    await page.getByLabel(workspaceNl.portfolio.phase).selectOption('getekend');
    await page.getByText(workspaceNl.portfolio.none).waitFor();
    await page.getByLabel(workspaceNl.portfolio.phase).selectOption('');

    // The same figures as CSV for Excel.
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button', workspaceNl.portfolio.csv)]);
    expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(await readFile((await download.path())!));
    expect(rows[0]).toEqual([...workspaceNl.csv.headers]);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['Jongerenwerk op het Noorderlicht', 'Oost aan zet', 'Samen op het Zuiderpark College'].sort());
    for (const r of rows.slice(1)) {
      expect(r[workspaceNl.csv.headers.indexOf('Fase')]).toBe('Concept');
      expect(r[workspaceNl.csv.headers.indexOf('Stappen totaal')]).toBe('11');
    }

    // A partnership a year in use, attached by its owner link: its latest evaluation shows side by side.
    const example = await createApi({ baseUrl: env.app.url }).createExample();
    await type(page, workspaceNl.attach.label, `${env.app.url}${example.link}`);
    await press(page, 'button', workspaceNl.attach.submit);
    await page.getByText(workspaceNl.attach.done(example.title)).waitFor();
    const results = page.getByRole('table', { name: workspaceNl.results.caption });
    await results.waitFor();
    expect(await results.getByRole('columnheader').count()).toBe(2);
    expect(await results.getByRole('row').count()).toBeGreaterThan(3);
    await expect.poll(() => table.getByRole('row').count(), { timeout: 30_000 }).toBe(5);
    await expectNoViolations(page, 'workspace with four dossiers at 1280 px');
    await page.screenshot({ path: '/tmp/workspace-1280.png', fullPage: true });

    // 320 px: every dossier a block of labelled lines; nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoViolations(page, 'workspace at 320 px');
    await page.screenshot({ path: '/tmp/workspace-320.png', fullPage: true });

    // A dossier opens from the portfolio with the workspace's link, as its owner.
    await page.setViewportSize({ width: 1280, height: 900 });
    await press(page, 'link', 'Oost aan zet');
    await page.getByRole('heading', { level: 1, name: 'Oost aan zet' }).waitFor();
    expect(watch.problems()).toEqual([]);
  });
});
