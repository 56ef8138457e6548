/**
 * Nothing jumps while a page's data arrives: the cumulative layout shift (every `layout-shift` entry
 * without recent input, summed over the whole visit, stricter than Lighthouse's worst window) stays
 * ≤ 0.05 on the pages people work in, at a desktop width and at 320 px, on a slowed-down CPU (as a
 * school laptop) so that late parts have every chance to push others down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useAppAndBrowser, VIEWPORTS } from '#tests/utils/e2e-env';
import { heavyDossier } from '#tests/utils/heavy-dossier';
import { watchPage } from './watch-page';

const MAX_CLS = 0.05;

const PAGES = [
  { name: 'the start page', path: () => '/' },
  { name: 'the dossier overview', path: (id: string) => `/d/${id}` },
  { name: 'step 4 (25 factors × 6 respondents)', path: (id: string) => `/d/${id}/stap/visie` },
  { name: 'step 5 (100 actions)', path: (id: string) => `/d/${id}/stap/taakverdeling` },
  { name: 'the agreement page', path: (id: string) => `/d/${id}/overeenkomst` },
];

type Shift = { value: number; sources: string[] };

/** Installed before any script of the page runs, so the first shift is seen too. */
function observeShifts() {
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((s) =>
        s.node instanceof Element
          ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}`
          : String(s.node?.nodeName),
      );
      w.__shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('layout shift while data loads', () => {
  const env = useAppAndBrowser();
  let dossier: { id: string; token: string };
  beforeAll(async () => {
    dossier = await heavyDossier(env.app.url);
  }, 60_000);

  describe.each(VIEWPORTS)('at $name', (viewport) => {
    let context: BrowserContext;
    let page: Page;
    let watch: ReturnType<typeof watchPage>;
    beforeAll(async () => {
      context = await env.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      await context.addInitScript(observeShifts);
      page = await context.newPage();
      watch = watchPage(page, env.app.url);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // The link's token arrives once, in the fragment; later visits use the one this browser kept.
      await page.goto(`${env.app.url}/d/${dossier.id}#${dossier.token}`);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    }, 60_000);
    afterAll(async () => {
      try {
        expect(watch.problems()).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it.each(PAGES)(
      '$name stays in place as it loads',
      async (target) => {
        await page.goto(env.app.url + target.path(dossier.id));
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
        await page.locator('.sw-skeleton').waitFor({ state: 'detached', timeout: 30_000 });
        // Late parts (rounds, history, who else is here) arrive after the heading; give them time to.
        await page.waitForTimeout(2_000);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        expect({ page: target.name, cls, shifts }).toEqual(
          expect.objectContaining({ cls: expect.toSatisfy((v: number) => v <= MAX_CLS) }),
        );
      },
      60_000,
    );
  });
});
