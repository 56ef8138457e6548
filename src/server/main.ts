/**
 * Production entry: `tsx src/server/main.ts`. Env: PORT (8080), DATA_DIR (./data, for PGlite),
 * DATABASE_URL (PostgreSQL instead of PGlite), SEAL_P12_PATH / SEAL_P12_PASSPHRASE / SEAL_DIR / SEAL_ORGANISATION
 * (the seal of signed agreements, see README), TRUST_PROXY=1 (behind one reverse proxy: rate-limit by X-Forwarded-For).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDb } from '#src/db/open';
import type { Db } from '#src/db/db';
import { DataDirLockedError } from '#src/db/data-dir-lock';
import { createApp } from './app';
import { listen } from './listen';
import { lazySeal, sealConfigFromEnv } from './pdf/seal';
import { createPdfRenderer } from './pdf/render-thread';
import { LiveHub } from './live/hub';
import { pgTransport } from './live/pg-transport';

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

const port = Number(process.env.PORT ?? 8080);
const dataDir = process.env.DATA_DIR ?? './data';
const databaseUrl = process.env.DATABASE_URL || undefined;
// dist/ next to the project: from src/server/ when run from source, from dist-server/ when compiled.
const distDir =
  [new URL('../dist', import.meta.url), new URL('../../dist', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((dir) => existsSync(`${dir}/index.html`)) ?? fileURLToPath(new URL('../dist', import.meta.url));

let db: Db;
try {
  db = await openDb({ dataDir, databaseUrl, log });
} catch (err) {
  // A second server on the same DATA_DIR: say so plainly and stop, before anything else starts.
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
const hasDist = existsSync(`${distDir}/index.html`);
if (!hasDist) log('dist/ ontbreekt: alleen de API draait. Bouw de app met `npm run build` (of start met `npm start`).');

// Load the seal (the first time: generate it) right away, in the background; a broken SEAL_P12_PATH stops the server.
const seal = lazySeal(sealConfigFromEnv(process.env, log));
seal().catch((err: Error) => {
  log(`Zegel niet te laden: ${err.message}`);
  process.exit(1);
});
// The render thread costs 100–200 MB while it runs. By default (PDF_THREAD=lazy) it starts on the
// first download and stops after 10 idle minutes, so an idle server stays small; PDF_THREAD=warm
// starts it now and keeps it, so the first download is not also the slowest.
const warmPdf = process.env.PDF_THREAD === 'warm';
const pdf = createPdfRenderer({ log, idleStopMs: warmPdf ? undefined : 10 * 60_000 });
if (warmPdf)
  pdf.warm().then(
    () => log('PDF-thread klaar'),
    (err: Error) => log(`PDF-thread niet te starten: ${err.message}`),
  );
// Live events: with PostgreSQL through NOTIFY/LISTEN, so they reach the clients of every server process.
const live = new LiveHub({ log });
if (databaseUrl) live.useTransport(await pgTransport(live, { url: databaseUrl, db, log }));
const app = createApp({
  db,
  dbKind: db.kind,
  staticDir: hasDist ? distDir : undefined,
  log,
  seal,
  trustProxy: process.env.TRUST_PROXY === '1',
  live,
  pdf,
});
const server = await listen(app, port, log);
log(
  `Samenwerkwijzer luistert op http://localhost:${server.port} (database: ${db.kind}${db.kind === 'pglite' ? `, ${dataDir}` : ''})`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal} ontvangen, afsluiten…`);
  // Give in-flight requests a moment; then close the database so PGlite flushes to disk.
  const force = setTimeout(() => {
    log('Afsluiten duurt te lang, gedwongen stop.');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await live.close(); // open event streams end (clients reconnect elsewhere); then the server can close
    await server.close();
    await pdf.close();
    await db.close();
    log('Gestopt.');
    process.exit(0);
  } catch (err) {
    log(`Fout bij afsluiten: ${(err as Error).message}`);
    process.exit(1);
  }
}
// A stray rejection must not take the server down; log it (message only) and keep serving.
process.on('unhandledRejection', (err) =>
  log(`unhandled rejection: ${err instanceof Error ? `${err.name}: ${err.message}` : 'unknown'}`),
);
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
