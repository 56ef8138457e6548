/**
 * The lifecycle every end-to-end file shares: one real server process (as `npm start` runs it, on a
 * fresh embedded database) and one headless Chromium, started before the file's own setup and
 * stopped after its tests, the database directory removed.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDir, startApp, type AppProcess } from './app-process';
import { launchBrowser } from './browser';
import { watchPage } from '#tests/e2e/watch-page';

export interface E2eEnv {
  readonly app: AppProcess;
  readonly browser: Browser;
}

/** Call at the top of a describe block (before its own beforeAll, which may then use the server). */
export function useAppAndBrowser(): E2eEnv {
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) removeDir(app.dataDir);
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (use it inside a test or beforeAll)`);
    return value;
  };
  return {
    get app() {
      return started(app, 'the server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

/** The widths every page is checked at: a desktop, and 320 px (WCAG reflow). */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '320 px', width: 320, height: 640 },
] as const;

/**
 * One page at `viewport` for a describe block's tests, handed to `use` once open. Console errors and
 * requests to other hosts fail the block when it ends; the page's context is closed either way.
 */
export function useWatchedPage(env: E2eEnv, viewport: (typeof VIEWPORTS)[number], use: (page: Page) => void) {
  let context: BrowserContext | undefined;
  let watch: ReturnType<typeof watchPage> | undefined;
  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    watch = watchPage(page, env.app.url);
    use(page);
  });
  afterAll(async () => {
    try {
      expect(watch?.problems()).toEqual([]);
    } finally {
      await context?.close();
    }
  });
}
