/**
 * The agreement benchmark: the full agreement rendered (on the render thread, as the server does) and
 * sealed, median of 10 runs, with the peak growth of the process's resident memory over what it used
 * once the render thread was up; then the repeat download of the sealed version over HTTP from the
 * stored bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STEPS } from '#steps/index';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { agreementContent } from '#src/domain/agreement/content';
import { canonicalJson, sha256Hex } from '#src/domain/agreement/canonical';
import { createPgliteDb } from '#src/db/pglite';
import { migrate } from '#src/db/migrations';
import { insertSignature, insertVersion, setVersionStatus } from '#src/db/agreements';
import { createApp } from '#src/server/app';
import { listen } from '#src/server/listen';
import { createPdfRenderer } from '#src/server/pdf/render-thread';
import { lazySeal } from '#src/server/pdf/seal-signature';
import { toAgreementData, versionMeta } from '#templates/to-agreement-data';
import type { Version } from '#src/domain/agreement/api';
import { signaturePng } from '#tests/utils/png';
import { settledOwnRssMb } from './settle';
import { fullSteps } from '#tests/utils/full-dossier';

const NAMES = ['Şükrü Yılmaz', 'Łucja Wąsowska', 'Nguyễn Thị Hương'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function agreementBenchmarks() {
  const dir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-bench-pdf-'));
  const db = await createPgliteDb(dir);
  await migrate(db);
  const seal = lazySeal({ dir: join(dir, 'zegel') });
  await seal();
  // As main.ts does: the thread starts and loads its fonts with the server.
  const pdf = createPdfRenderer();
  await pdf.warm();
  const app = createApp({ db, dbKind: 'pglite', log: process.env.BENCH_LOG ? console.log : () => {}, seal, pdf });
  const server = await listen(app, 0, undefined, '127.0.0.1');
  const url = `http://127.0.0.1:${server.port}`;
  try {
    const steps = fullSteps();
    const partners = partnersFromInitiatief(steps.initiatief);
    const content = agreementContent(
      STEPS,
      { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente, partners },
      steps,
    );
    // The renders come first: a keep-alive connection left idle while they block the loop would be reset.
    const benchId = 'bench-dossier';
    const canonical = canonicalJson(content);
    const hash = await sha256Hex(canonical);
    // Render and seal, as the first download of a signed version does.
    const signedVersion = {
      overrideReason: null,
      number: 1,
      hash,
      frozenAt: new Date().toISOString(),
      frozenBy: 'bench',
      replaces: null,
      status: 'getekend' as const,
      withdrawnAt: null,
      signatures: partners.map((p, i) => ({
        id: `s${i}`,
        organisation: p.id,
        organisationName: p.name,
        name: NAMES[i]!,
        function: 'Directeur',
        mandate: i === 2 ? 'Mandaat van het bestuur' : null,
        method: i === 1 ? ('drawn' as const) : ('typed' as const),
        image: i === 1 ? signaturePng() : null,
        versionHash: hash,
        signedAt: new Date().toISOString(),
        voidedAt: null,
      })),
    } as Version;
    const once = async () => {
      const data = toAgreementData(content, versionMeta(benchId, signedVersion, [signedVersion], new Date().toISOString()));
      const bytes = await pdf.render(data);
      return (await seal()).seal(bytes, { reason: 'bench', location: 'bench', name: 'Samenwerkwijzer', contactInfo: '' });
    };
    // From a settled baseline: after a full collection, once the warm-up's garbage has gone back.
    const rssBefore = (await settledOwnRssMb()) * 1024 * 1024;
    // The server's own thread stays free while the render thread works, so it can sample its memory.
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 5);
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const sealed = await once();
      times.push(performance.now() - t0);
      pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(sealed.toString('latin1'))?.[1] ?? 0);
    }
    clearInterval(sampler);
    const rssGrowthMb = Math.max(0, rssPeak - rssBefore) / 1024 / 1024;

    const created = await (
      await fetch(`${url}/api/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente }),
      })
    ).json();
    const id: string = created.id;
    await insertVersion(db, { dossierId: id, number: 1, canonical, hash, frozenBy: 'bench', replaces: null });
    for (const [i, p] of partners.entries()) {
      await insertSignature(db, {
        dossierId: id,
        version: 1,
        organisation: p.id,
        organisationName: p.name,
        name: NAMES[i]!,
        function: 'Directeur',
        mandate: i === 2 ? 'Mandaat van het bestuur' : null,
        method: i === 1 ? 'drawn' : 'typed',
        image: i === 1 ? signaturePng() : null,
        versionHash: hash,
        signedBy: 'bench',
      });
    }
    await setVersionStatus(db, id, 1, 'getekend');

    // The first request seals and stores; every later one returns the stored bytes.
    const createdToken: string = created.token;
    const get = () =>
      fetch(`${url}/api/dossiers/${id}/versions/1/agreement.pdf`, { headers: { authorization: `Bearer ${createdToken}` } }).then(
        (r) => r.arrayBuffer(),
      );
    await get();
    const downloads: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await get();
      downloads.push(performance.now() - t0);
    }
    return { medianMs: median(times), maxMs: Math.max(...times), rssGrowthMb, pages, downloadMs: median(downloads.slice(10)) };
  } finally {
    await pdf.close();
    await server.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
