/**
 * `npm run dev`: the API on 8081 (PGlite in DATA_DIR, or DATABASE_URL) and Vite's dev server with
 * hot reload on 8080, which proxies /api to 8081 (see vite.config.ts).
 */
import { createServer } from 'vite';
import { openDb } from '#src/db/open';
import { createApp } from './app';
import { listen } from './listen';

const log = (line: string) => process.stdout.write(`[api] ${line}\n`);
const apiPort = Number(process.env.API_PORT ?? 8081);
const webPort = Number(process.env.PORT ?? 8080);

const db = await openDb({ dataDir: process.env.DATA_DIR ?? './data', databaseUrl: process.env.DATABASE_URL || undefined, log });
const api = await listen(createApp({ db, dbKind: db.kind, log }), apiPort, log);
log(`API op http://localhost:${api.port} (database: ${db.kind})`);

const vite = await createServer({ server: { port: webPort, strictPort: true } });
await vite.listen();
vite.printUrls();

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await vite.close();
  await api.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
