/**
 * Live events: with 100 streams open on one dossier, how long a saved change takes to reach all of
 * them (p95 over every delivery); and what 1 000 idle streams cost the server process in memory (RSS
 * read from /proc before and after). The server runs as its own process; loopback only, bounded loops.
 */
import { performance } from 'node:perf_hooks';
import { createApi } from '#src/sync/api';
import { MAX_STREAMS_PER_LINK } from '#src/domain/live';
import { startApp, removeDir } from '#tests/utils/app-process';
import { openEvents, type SseStream } from '#tests/utils/sse';
import { completeInitiatief } from '#tests/server/fixtures';
import { settledRssMb } from './settle';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function liveBenchmarks() {
  const app = await startApp({ warm: true });
  const api = createApi({ baseUrl: app.url });
  const streams: SseStream[] = [];
  try {
    // Fan-out: 100 streams on one dossier (10 per link, the limit: the owner link and 9 invites).
    const d = await api.createDossier({ title: 'Bench live', gemeente: 'Gemeente Utrecht' });
    await api.putStep(d.id, d.token, 'initiatief', { data: completeInitiatief(), baseRevision: 1 });
    const tokens = [d.token];
    for (let i = 0; i < 9; i++) {
      tokens.push(
        (await api.createInvite(d.id, d.token, { partner: i % 2 ? 'p-school' : 'p-jw', role: 'bewerken', tekenbevoegd: false }))
          .token,
      );
    }
    const clients = await Promise.all(
      tokens.flatMap((token) => Array.from({ length: MAX_STREAMS_PER_LINK }, () => openEvents(app.url, d.id, token))),
    );
    streams.push(...clients);
    await Promise.all(clients.map((s) => s.next((e) => e.event === 'ready', { timeoutMs: 20_000 })));
    const deliveries: number[] = [];
    let revision = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const from = clients.map((s) => s.events.length);
      revision = (await api.putStep(d.id, d.token, 'visie', { data: { vision: `Versie ${i}` }, baseRevision: revision }))
        .revision;
      const arrived = await Promise.all(
        clients.map((s, k) =>
          s.next((e) => e.event === 'step' && e.data.revision === revision, { from: from[k], timeoutMs: 10_000 }),
        ),
      );
      for (const e of arrived) deliveries.push(e.at - t0);
      await sleep(50);
    }
    clients.forEach((s) => s.close());
    streams.length = 0;
    await sleep(500);

    // Memory: 1 000 idle streams, 10 on each of 100 dossiers.
    const dossiers = [];
    for (let i = 0; i < 100; i++) dossiers.push(await api.createDossier({ title: `Idle ${i}`, gemeente: 'Benchdorp' }));
    const warm = await openEvents(app.url, dossiers[0]!.id, dossiers[0]!.token);
    await warm.next((e) => e.event === 'ready');
    warm.close();
    const before = await settledRssMb(app.pid);
    for (const x of dossiers) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => openEvents(app.url, x.id, x.token)));
      streams.push(...batch);
    }
    await Promise.all(streams.map((s) => s.next((e) => e.event === 'ready', { timeoutMs: 30_000 })));
    const open = streams.filter((s) => s.status === 200).length;
    const after = await settledRssMb(app.pid);
    return {
      fanOut: { clients: clients.length, saves: 30, p95Ms: p95(deliveries), medianMs: median(deliveries) },
      idle: { connections: open, rssBeforeMb: before, rssAfterMb: after, growthMb: after - before },
    };
  } finally {
    streams.forEach((s) => s.close());
    await app.stop();
    removeDir(app.dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await liveBenchmarks(), null, 2));
