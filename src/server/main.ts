/**
 * Production entry: `node dist-server/main.mjs` (compiled by `npm run build`). Logs are JSON lines on
 * stdout (pino): a request id per request, never tokens, query strings or secret path parts. Env: PORT (8080), DATA_DIR (./data, for PGlite),
 * DATABASE_URL (PostgreSQL instead of PGlite), SEAL_P12_PATH / SEAL_P12_PASSPHRASE / SEAL_DIR / SEAL_ORGANISATION
 * (the seal of signed agreements, see README), TRUST_PROXY=1 (behind one reverse proxy: rate-limit by X-Forwarded-For),
 * RETENTION_MONTHS (flag dossiers untouched that long), PDF_THREAD (lazy | warm).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { fileURLToPath } from 'node:url';
import { openDb } from '#src/db/open';
import type { Db } from '#src/db/db';
import { DataDirLockedError } from '#src/db/data-dir-lock';
import { createApp } from './app';
import { listen } from './listen';
import { lazySeal } from './pdf/seal-signature';
import { sealConfigFromEnv } from './pdf/seal-identity';
import { startSweeper } from './sweeper';
import { ADMIN_SOCKET, listenAdminSocket } from './admin-socket';
import type { PgliteDb } from '#src/db/pglite';
import { createPdfRenderer } from './pdf/render-thread';
import { LiveHub } from './live/hub';
import { pgTransport } from './live/pg-transport';

// JSON lines, written synchronously: the last lines before an exit are never lost.
const logger = pino({
  base: { app: 'samenwerkwijzer' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
const log = (line: string) => (line.startsWith('error ') ? logger.error(line) : logger.info(line));

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
const retentionMonths = process.env.RETENTION_MONTHS ? Number(process.env.RETENTION_MONTHS) : undefined;
if (retentionMonths !== undefined && !(Number.isInteger(retentionMonths) && retentionMonths > 0)) {
  log(
    'RETENTION_MONTHS moet een heel aantal maanden zijn (bijvoorbeeld 24). / RETENTION_MONTHS must be a whole number of months.',
  );
  process.exit(1);
}
// Example dossiers expire after 24 hours; checked every 10 minutes.
const sweeper = startSweeper({ db, live, log });
const app = createApp({
  db,
  retentionMonths,
  logRequest: ({ requestId, ...request }) => logger.info({ requestId, ...request }, 'request'),
  dbKind: db.kind,
  staticDir: hasDist ? distDir : undefined,
  log,
  seal,
  trustProxy: process.env.TRUST_PROXY === '1',
  live,
  pdf,
});
const server = await listen(app, port, log);
// Backups while the server runs (npm run backup) go through a socket only the server's user can open.
const adminSocket = 'dump' in db ? await listenAdminSocket(join(resolve(dataDir), ADMIN_SOCKET), db as PgliteDb, log) : null;
log(
  `Samenwerkwijzer luistert op http://localhost:${server.port} (database: ${db.kind}${db.kind === 'pglite' ? `, ${dataDir}` : ''})`,
);

let stopping = false;
/**
 * SIGTERM/SIGINT: stop accepting connections, tell live clients to reconnect (to a process that is up)
 * and end their streams, let the requests in flight (saves) finish, then close the PDF thread and the
 * database (PGlite writes its last pages and releases the DATA_DIR lock), and exit 0.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal} ontvangen, afsluiten…`);
  const force = setTimeout(() => {
    log('Afsluiten duurt te lang, gedwongen stop.');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    sweeper.stop();
    adminSocket?.close();
    const closed = server.close(); // stops accepting; resolves once in-flight requests have ended
    await live.close();
    await closed;
    await pdf.close();
    await db.close();
    log('Gestopt.');
    logger.flush();
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
