import type { Page } from 'playwright-core';

/**
 * Collects what a user would never want to see: console errors, uncaught exceptions, and any request
 * to a host other than the app's own (the app must not load anything from elsewhere).
 */
export function watchPage(page: Page, appUrl: string, opts: { allowConsoleErrors?: RegExp } = {}) {
  const problems: string[] = [];
  const own = new URL(appUrl).host;
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !opts.allowConsoleErrors?.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own)
      problems.push(`third-party request: ${req.url()}`);
  });
  return { problems: () => [...problems] };
}
