import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Where e2e files leave pictures of what they checked, to look at (not compared). */
export const ARTIFACTS = 'tests/.artifacts';

/** Full-page screenshots at 1280 and 360 px (`<name>-1280.png`, `<name>-360.png`); leaves the page at 1280 px. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
