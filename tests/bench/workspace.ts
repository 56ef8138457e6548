/**
 * A workspace's portfolio with 200 dossiers, against the real server in its own process: 10 signed
 * example partnerships a year in use (rounds held, progress recorded) and 190 dossiers started from one
 * of them as a template. The portfolio a workspace home loads: ≤ 300 ms median, after a warm-up. Runs the
 * compiled server (`npm run bench` builds it first).
 */
import { performance } from 'node:perf_hooks';
import { createApi } from '#src/sync/api';
import { startApp, removeDir } from '#tests/utils/app-process';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
export const PORTFOLIO_DOSSIERS = 200;
const EXAMPLES = 10;

export async function workspaceBenchmarks() {
  const app = await startApp({ warm: true, compiled: true });
  try {
    const api = createApi({ baseUrl: app.url });
    const ws = await api.createWorkspace({ title: 'Bench werkruimte', kind: 'gemeente' });
    const examples = [];
    for (let i = 0; i < EXAMPLES; i++) {
      const example = await api.createExample();
      await api.attachDossier(ws.id, ws.token, { link: example.link });
      examples.push(example);
    }
    for (let i = EXAMPLES; i < PORTFOLIO_DOSSIERS; i++) {
      await api.createWorkspaceDossier(ws.id, ws.token, {
        title: `Samenwerking ${i + 1}`,
        gemeente: 'Gemeente Westerhaven',
        template: examples[i % EXAMPLES]!.id,
      });
    }
    for (let i = 0; i < 5; i++) await api.portfolio(ws.id, ws.token);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      rows = (await api.portfolio(ws.id, ws.token)).rows.length;
      times.push(performance.now() - start);
    }
    return { medianMs: median(times), p95Ms: p95(times), rows };
  } finally {
    await app.stop();
    removeDir(app.dataDir);
  }
}
