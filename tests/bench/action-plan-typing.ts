/**
 * Typing responsiveness in step 5 with a 100-row action plan, in Chromium: the time from each keydown
 * to the next frame being painted, over 30 keystrokes, measured in the page two ways:
 * - keydown → the first task after the next animation frame (every keystroke), and
 * - the Event Timing API (PerformanceObserver 'event', durationThreshold 16), which reports only
 *   keystrokes that took 16 ms or more; the others count as under 16 ms.
 * The dossier is made through the API, as a partner's browser would have saved it.
 */
import type { Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { manyFactors, planRows, PLAN_ROWS } from '#tests/utils/heavy-dossier';
import { launchBrowser } from '#tests/utils/browser';

const KEYSTROKES = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Bench = { frames: number[]; events: { duration: number }[] };

/** Listens once per page: keydown → next frame, and Event Timing entries of slow keydowns. */
async function installProbes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Bench };
    w.__bench = { frames: [], events: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__bench.events.push({ duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__bench.frames.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
}

/** Types into a field, one keystroke at a time as a person would, and returns what the probes saw. */
async function typeAndMeasure(page: Page, selector: string): Promise<Bench> {
  await page.evaluate(() => {
    (window as unknown as { __bench: Bench }).__bench = { frames: [], events: [] };
  });
  await page.locator(selector).focus();
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 6 === 5 ? 'Space' : 'a');
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
}

export async function actionPlanTyping(url: string) {
  const api = createApi({ baseUrl: url });
  const dossier = await api.createDossier({ title: 'Bench actieplan', gemeente: 'Benchdorp' });
  const current = await api.getDossier(dossier.id, dossier.token);
  await api.putStep(dossier.id, dossier.token, 'initiatief', {
    data: EXAMPLE_DOSSIER.steps.initiatief,
    baseRevision: current.steps.initiatief.revision,
  });
  await api.putStep(dossier.id, dossier.token, 'taakverdeling', {
    data: { ...EXAMPLE_DOSSIER.steps.taakverdeling, actionPlan: planRows() },
    baseRevision: current.steps.taakverdeling.revision,
  });

  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${url}/d/${dossier.id}/stap/taakverdeling`);
    await page.getByRole('heading', { level: 3, name: 'B. Acties' }).waitFor();

    // In the middle of the plan: open row 50 and type in its first field.
    await installProbes(page);
    await page.getByRole('button', { name: 'Actie 50 bewerken' }).click();
    const row = await typeAndMeasure(page, '#veld-actionPlan-49-what');
    // And in a field of the step outside the plan, while all 100 rows are on the page.
    const outside = await typeAndMeasure(page, '#veld-ownExpertise');
    const all = [...row.frames, ...outside.frames];
    const slow = [...row.events, ...outside.events].map((e) => e.duration);
    return {
      rows: PLAN_ROWS,
      keystrokes: all.length,
      medianMs: median(all),
      rowMedianMs: median(row.frames),
      outsideMedianMs: median(outside.frames),
      eventTiming: { over16: slow.length, maxMs: slow.length ? Math.max(...slow) : 0 },
    };
  } finally {
    await browser.close();
  }
}

/**
 * Typing in step 4 while it holds 25 factors scored by 6 respondents (the comparison and priorities
 * are computed from all of them on the page): the vision text, keystroke by keystroke.
 */
export async function factorsTyping(url: string) {
  const api = createApi({ baseUrl: url });
  const dossier = await api.createDossier({ title: 'Bench factoren', gemeente: 'Benchdorp' });
  const current = await api.getDossier(dossier.id, dossier.token);
  await api.putStep(dossier.id, dossier.token, 'initiatief', {
    data: EXAMPLE_DOSSIER.steps.initiatief,
    baseRevision: current.steps.initiatief.revision,
  });
  const { factors, count } = manyFactors();
  await api.putStep(dossier.id, dossier.token, 'visie', {
    data: { ...EXAMPLE_DOSSIER.steps.visie, factors },
    baseRevision: current.steps.visie.revision,
  });

  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${url}/d/${dossier.id}#${dossier.token}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${url}/d/${dossier.id}/stap/visie`);
    await page.locator('#veld-vision').waitFor();
    await installProbes(page);
    const typed = await typeAndMeasure(page, '#veld-vision');
    const slow = typed.events.map((e) => e.duration);
    return {
      factors: count,
      respondents: factors.respondents.length,
      keystrokes: typed.frames.length,
      medianMs: median(typed.frames),
      eventTiming: { over16: slow.length, maxMs: slow.length ? Math.max(...slow) : 0 },
    };
  } finally {
    await browser.close();
  }
}
