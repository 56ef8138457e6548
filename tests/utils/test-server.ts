import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, DbKind } from '#src/db/db';
import { migrate } from '#src/db/migrations';
import { createPgliteDb } from '#src/db/pglite';
import { createPostgresDb } from '#src/db/postgres';
import { createApp, type AppOptions } from '#src/server/app';
import { listen, type Timeouts } from '#src/server/listen';
import { LiveHub, type LiveHubOptions } from '#src/server/live/hub';
import { pgTransport } from '#src/server/live/pg-transport';
import { startSweeper, type Sweeper } from '#src/server/sweeper';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI). Use with describe.each. */
export const DB_KINDS: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDb {
  db: Db;
  kind: DbKind;
  /** PGlite's data directory. */
  dataDir?: string;
  /** PostgreSQL schema of this run. */
  schema?: string;
  /** Closes the database and throws its storage away (unless `keep`). */
  dispose(opts?: { keep?: boolean }): Promise<void>;
}

/** A fresh, migrated database: PGlite in a new temp dir, or a new schema in TEST_DATABASE_URL. */
export async function createTestDb(kind: DbKind, opts: { dataDir?: string } = {}): Promise<TestDb> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const db = await createPostgresDb(url, { schema });
    await migrate(db);
    return {
      db,
      kind,
      schema,
      async dispose({ keep } = {}) {
        if (!keep) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await db.close();
      },
    };
  }
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'samenwerkwijzer-test-')));
  const db = await createPgliteDb(dataDir);
  await migrate(db);
  return {
    db,
    kind,
    dataDir,
    async dispose({ keep } = {}) {
      await db.close();
      if (!keep) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface CallOptions {
  token?: string;
  /** Serialised as JSON with Content-Type application/json. */
  json?: unknown;
  /** Sent as-is (set the content type yourself). */
  body?: BodyInit;
  headers?: Record<string, string>;
}

export interface TestServer extends TestDb {
  url: string;
  /** This server's live-events hub (with PostgreSQL: NOTIFY/LISTEN on TEST_DATABASE_URL). */
  live: LiveHub;
  /** Every line the app logged. */
  logs: string[];
  /** Erases expired example dossiers, on the server's clock. */
  sweeper: Sweeper;
  call(method: string, path: string, opts?: CallOptions): Promise<CallResult>;
  createDossier(title?: string, gemeente?: string): Promise<{ id: string; token: string; link: string }>;
  /** Stops the HTTP server, then disposes the database. */
  close(opts?: { keep?: boolean }): Promise<void>;
}

/** createApp on a random port over a real database, as the production server runs it. */
export async function startTestServer(
  kind: DbKind,
  opts: {
    dataDir?: string;
    staticDir?: string;
    wrapDb?: (db: Db) => Db;
    limits?: AppOptions['limits'];
    live?: LiveHubOptions;
    pdf?: AppOptions['pdf'];
    trustProxy?: boolean;
    timeouts?: Partial<Timeouts>;
    now?: () => Date;
    retentionMonths?: number;
  } = {},
): Promise<TestServer> {
  const testDb = await createTestDb(kind, { dataDir: opts.dataDir });
  const logs: string[] = [];
  const db = opts.wrapDb ? opts.wrapDb(testDb.db) : testDb.db;
  const log = (line: string) => logs.push(line);
  const live = new LiveHub({ log, ...opts.live });
  if (kind === 'postgres')
    live.useTransport(await pgTransport(live, { url: process.env.TEST_DATABASE_URL!, db: testDb.db, log }));
  const app = createApp({
    db,
    dbKind: kind,
    staticDir: opts.staticDir,
    log,
    limits: opts.limits,
    live,
    pdf: opts.pdf,
    trustProxy: opts.trustProxy,
    now: opts.now,
    retentionMonths: opts.retentionMonths,
  });
  // The example sweep runs when a test asks (`sweeper.runOnce()`), on the test's clock.
  const sweeper = startSweeper({ db, live, now: opts.now, intervalMs: 0, log });
  const server = await listen(app, 0, undefined, '127.0.0.1', opts.timeouts);
  const url = `http://127.0.0.1:${server.port}`;

  const call = async (method: string, path: string, o: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
    let body = o.body;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] ??= 'application/json';
    }
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
    if (body instanceof ReadableStream) init.duplex = 'half';
    const res = await fetch(url + path, init);
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };

  return {
    ...testDb,
    url,
    live,
    logs,
    sweeper,
    call,
    async createDossier(title = 'Samen sterk in Noord', gemeente = 'Gemeente Utrecht') {
      const res = await call('POST', '/api/dossiers', { json: { title, gemeente } });
      if (res.status !== 201) throw new Error(`createDossier: ${res.status} ${res.text}`);
      return res.json;
    },
    async close(o) {
      await live.close(); // ends the open event streams, which would otherwise keep the server open
      await server.close();
      await testDb.dispose(o);
    },
  };
}

/** Every row of every table in the test database, as one string (to prove what is not stored). */
export async function dumpAllTables(db: Db): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const out: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.query(`SELECT * FROM "${table_name.replaceAll('"', '""')}"`);
    out.push(
      table_name,
      JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
    );
  }
  return out.join('\n');
}

/**
 * The lifecycle the server test files share: a test server started before the describe block's own
 * setup (which may use it) and closed after its tests. `use` receives it once it runs.
 */
export function useTestServer(kind: DbKind, use: (srv: TestServer) => void, opts?: Parameters<typeof startTestServer>[1]) {
  let srv: TestServer | undefined;
  beforeAll(async () => {
    srv = await startTestServer(kind, opts);
    use(srv);
  });
  afterAll(async () => {
    await srv?.close();
  });
}
