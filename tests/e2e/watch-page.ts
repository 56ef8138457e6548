import type { Page } from 'playwright-core';

const CSP_VIOLATION = 'csp-violation:';

/**
 * Collects what a user would never want to see: console errors, uncaught exceptions, any request
 * to a host other than the app's own (the app must not load anything from elsewhere), and any breach
 * of the page's Content-Security-Policy (the app must run without exceptions to it).
 */
export function watchPage(page: Page, appUrl: string, opts: { allowConsoleErrors?: RegExp } = {}) {
  const problems: string[] = [];
  const own = new URL(appUrl).host;
  void page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    console.error(${JSON.stringify(CSP_VIOLATION)} + ' ' + e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '')));`);
  page.on('console', (msg) => {
    if (msg.text().startsWith(CSP_VIOLATION)) problems.push(msg.text());
    else if (msg.type() === 'error' && !opts.allowConsoleErrors?.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own)
      problems.push(`third-party request: ${req.url()}`);
  });
  return { problems: () => [...problems] };
}
