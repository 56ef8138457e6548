/**
 * Memory of the production server (`dist-server/main.mjs`, as `npm start` runs it), each from a settled
 * baseline: idle after start on PGlite, after 200 new dossiers, the peak while 10 agreements are
 * rendered (the PDF thread starts on the first), and idle on PostgreSQL when TEST_DATABASE_URL is set.
 * And what PGlite's fsync costs per save: saves with it on (the default) against off.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '#src/sync/api';
import { createPgliteDb } from '#src/db/pglite';
import { migrate } from '#src/db/migrations';
import { startApp, removeDir } from '#tests/utils/app-process';
import { fillWithExample } from '#tests/server/fixtures';
import { peakSampler, settledRssMb } from './settle';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function memoryBenchmarks() {
  const app = await startApp({ compiled: true });
  const api = createApi({ baseUrl: app.url });
  try {
    const idleMb = await settledRssMb(app.pid);
    for (let i = 0; i < 200; i++) {
      const d = await api.createDossier({ title: `Geheugen ${i}`, gemeente: 'Gemeente Utrecht' });
      await api.putStep(d.id, d.token, 'visie', { data: { vision: `Visie ${i}: samen sterk in de wijk.` }, baseRevision: 0 });
    }
    const after200Mb = await settledRssMb(app.pid);

    const d = await api.createDossier({ title: 'Geheugen PDF', gemeente: 'Gemeente Utrecht' });
    const call = async (method: string, path: string, json: unknown) => {
      const res = await fetch(`${app.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
      return { status: res.status, text: await res.text() };
    };
    await fillWithExample({ call: (m, p, o) => call(m, p, o.json) }, d.id, d.token);
    const before = await settledRssMb(app.pid);
    const sampler = peakSampler(app.pid);
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${app.url}/api/dossiers/${d.id}/agreement.pdf`, {
        headers: { authorization: `Bearer ${d.token}` },
      });
      if (res.status !== 200) throw new Error(`render ${i}: ${res.status}`);
      await res.arrayBuffer();
    }
    const peakMb = sampler.stop();
    return { idleMb, after200Mb, peakMb, peakGrowthMb: peakMb - before, postgresIdleMb: await postgresIdle() };
  } finally {
    await app.stop();
    removeDir(app.dataDir);
  }
}

async function postgresIdle(): Promise<number | null> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return null;
  const app = await startApp({ compiled: true, env: { DATABASE_URL: url } });
  try {
    return await settledRssMb(app.pid);
  } finally {
    await app.stop();
    removeDir(app.dataDir);
  }
}

/** Median time of one committed save (a step row and its revision) on PGlite, with fsync on and off. */
export async function fsyncCost() {
  const result: Record<'on' | 'off', number> = { on: 0, off: 0 };
  for (const mode of ['on', 'off'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-fsync-'));
    const db = await createPgliteDb(dir, { fsync: mode === 'on' });
    try {
      await migrate(db);
      await db.query(`INSERT INTO dossiers (id, title, gemeente, token_hash) VALUES ('bench', 'B', 'G', 'x')`);
      const times: number[] = [];
      for (let i = 1; i <= 300; i++) {
        const t0 = performance.now();
        await db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO steps (dossier_id, step_id, data, revision, status, updated_at) VALUES ('bench', 'visie', $1::jsonb, $2, 'bezig', now())
             ON CONFLICT (dossier_id, step_id) DO UPDATE SET data = EXCLUDED.data, revision = EXCLUDED.revision`,
            [JSON.stringify({ vision: `Versie ${i}` }), i],
          );
          await tx.query(
            `INSERT INTO step_revisions (dossier_id, step_id, revision, data) VALUES ('bench', 'visie', $1, '{}'::jsonb)`,
            [i],
          );
        });
        times.push(performance.now() - t0);
      }
      result[mode] = median(times.slice(20));
    } finally {
      await db.close();
      removeDir(dir);
    }
  }
  return result;
}
