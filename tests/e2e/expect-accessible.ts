import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from '#tests/utils/e2e-env';
import { axeViolations, formatViolations } from '#tests/utils/axe';

const ARTIFACTS = 'tests/.artifacts';

/** axe with the WCAG 2.2 AA rule set too, at 1280 and 320 px; and the page never scrolls sideways. */
export async function expectAccessible(page: Page, what: string) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const violations = await axeViolations(page);
    // axe is in the page now: the WCAG 2.2 rules on top of 2.0 and 2.1.
    const wcag22 = (await page.evaluate(async () => {
      // @ts-expect-error axe was injected by axeViolations
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag22aa'] } });
      return r.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: '' })),
      }));
    })) as typeof violations;
    const all = [...violations, ...wcag22];
    expect(all, `${what} at ${viewport.name}:\n${formatViolations(all)}`).toEqual([]);
    // What sticks out on the right, if anything (named in the failure).
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 1;
      if (document.documentElement.scrollWidth <= limit) return [];
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > limit)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    expect(wide, `${what} fits ${viewport.name} without scrolling sideways`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Full-page screenshots at 1280 and 360 px, to look at (tests/.artifacts/<name>-<width>.png). */
export async function screenshots(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
