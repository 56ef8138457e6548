import { expect } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from './e2e-env';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules). Evaluated through the DevTools protocol,
 * so the page's CSP (no inline scripts) stays in force for everything else.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
      }),
    );
  });
  return result as AxeViolation[];
}

export const formatViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');

/** Fails the test with a readable list when axe-core finds any WCAG 2.1 A/AA violation on the page. */
export async function expectNoViolations(page: Page, what: string) {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${formatViolations(violations)}`).toEqual([]);
}

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
