/**
 * Lighthouse 12.8 (13 needs Node 22) against Debian's Chromium, headless, on the built app with a
 * heavy dossier (tests/utils/heavy-dossier.ts): the start page, a dossier overview, step 4, step 5 and
 * the agreement page, with the mobile (default) and desktop presets, each run three times, the median
 * of each figure kept. Every run is a first visit: Lighthouse clears cache and storage, and the link's
 * token travels in the fragment as it does in an invitation.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, type RunnerResult } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { heavyDossier } from '#tests/utils/heavy-dossier';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export interface LighthouseRow {
  page: string;
  preset: 'mobile' | 'desktop';
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  kb: number;
  /** Warnings Lighthouse gave on any run (e.g. "the page loaded too slowly"). */
  warnings: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function figures(result: RunnerResult | undefined) {
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse gave no result');
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: (lhr.categories.performance?.score ?? 0) * 100,
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    kb: value('total-byte-weight') / 1024,
    warnings: lhr.runWarnings,
  };
}

async function measure(chrome: LaunchedChrome, url: string, preset: 'mobile' | 'desktop') {
  const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
  const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance'] };
  // A trace without its navigation start happens now and then on a busy machine; Lighthouse says to run again.
  for (let attempt = 1; ; attempt++) {
    try {
      return figures(await lighthouse(url, flags, config));
    } catch (e) {
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|NO_LCP/.test(String(e))) throw e;
    }
  }
}

/** Runs every page with both presets; `url` is a running, built app (its database may be fresh). */
export async function lighthouseBenchmarks(url: string): Promise<LighthouseRow[]> {
  const dossier = await heavyDossier(url, { title: 'Lighthouse' });
  const at = (path: string) => `${url}${path}#${dossier.token}`;
  const pages = [
    { page: 'start page', url: `${url}/` },
    { page: 'dossier overview', url: at(`/d/${dossier.id}`) },
    { page: 'step 4 (25 factors × 6 respondents)', url: at(`/d/${dossier.id}/stap/visie`) },
    { page: 'step 5 (100 actions)', url: at(`/d/${dossier.id}/stap/taakverdeling`) },
    { page: 'agreement page', url: at(`/d/${dossier.id}/overeenkomst`) },
  ];
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const p of pages) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(chrome, p.url, preset));
        rows.push({
          page: p.page,
          preset,
          score: median(runs.map((r) => r.score)),
          lcpMs: median(runs.map((r) => r.lcpMs)),
          cls: median(runs.map((r) => r.cls)),
          tbtMs: median(runs.map((r) => r.tbtMs)),
          kb: median(runs.map((r) => r.kb)),
          warnings: [...new Set(runs.flatMap((r) => r.warnings))],
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/** Bench table rows: a figure and whether it meets the targets (dossier pages: ≤ 300 KB first visit). */
export function lighthouseTableRows(rows: LighthouseRow[]): [string, string, string, boolean][] {
  return rows.map((r) => {
    const met = r.score >= 90 && r.cls <= 0.05 && r.tbtMs <= 200 && r.kb <= 300;
    const result =
      `${r.score.toFixed(0)} · LCP ${(r.lcpMs / 1000).toFixed(1)} s · CLS ${r.cls.toFixed(3)} · TBT ${r.tbtMs.toFixed(0)} ms · ${r.kb.toFixed(0)} KB` +
      (r.warnings.length ? ` (${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''})` : '');
    return [`Lighthouse ${r.preset}, ${r.page} (median of ${RUNS})`, result, '≥ 90, CLS ≤ 0.05, TBT ≤ 200 ms, ≤ 300 KB', met];
  });
}
