/**
 * National scale on PostgreSQL: GET of a dossier and a step save (p95 over 10 concurrent clients) with
 * 1 000 and 35 000 dossiers in the database — about ten times every secondary and MBO partnership in
 * the country. Each dossier is a copy, made in SQL, of one example filled in through the API: half of
 * them signed (three signatures, invites, akkoorden, history, audit log), half still in concept (for
 * saves, which a signed text refuses). Needs BENCH_DATABASE_URL or TEST_DATABASE_URL; runs in a
 * schema of its own that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPostgresDb } from '#src/db/postgres';
import { migrate } from '#src/db/migrations';
import type { Db } from '#src/db/db';
import { createApp } from '#src/server/app';
import { listen } from '#src/server/listen';
import { LiveHub } from '#src/server/live/hub';
import { exampleDossier, signedExampleDossier, type Caller } from '#tests/utils/signed-dossier';

export const SCALE_SIZES = [1_000, 35_000] as const;
const CLIENTS = 10;
const REQUESTS = 600;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** Tables to copy, and how a copy's unique values are made from the original's and the copy number `g`. */
async function copyStatements(db: Db, template: string, prefix: string, tokenSql: string) {
  const columns = await db.query<{ table_name: string; column_name: string; column_default: string | null }>(
    `SELECT table_name, column_name, column_default FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const tables = new Map<string, { name: string; serial: boolean }[]>();
  for (const c of columns) {
    if (!tables.has(c.table_name)) tables.set(c.table_name, []);
    tables.get(c.table_name)!.push({ name: c.column_name, serial: !!c.column_default?.startsWith('nextval(') });
  }
  // Parents before the tables whose foreign keys point at them (signatures after versions, …).
  const references = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const order: string[] = [];
  const visit = (table: string) => {
    if (order.includes(table)) return;
    for (const r of references) if (r.child === table && r.parent !== table) visit(r.parent);
    order.push(table);
  };
  [...tables.keys()].forEach(visit);
  const statements: string[] = [];
  for (const table of order) {
    const cols = tables.get(table)!.filter((c) => !c.serial);
    const key = table === 'dossiers' ? 'id' : 'dossier_id';
    if (!cols.some((c) => c.name === key)) continue;
    const values = cols.map(({ name }) => {
      if (name === key) return `'${prefix}' || g`;
      if (table === 'dossiers' && name === 'token_hash') return tokenSql;
      if (name === 'token_hash') return `md5(random()::text) || md5(random()::text)`;
      if (name === 'id') return `${name} || '-${prefix}' || g`;
      return `"${name}"`;
    });
    statements.push(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c.name}"`).join(', ')})
       SELECT ${values.join(', ')} FROM "${table}", generate_series($1::int, $2::int) AS g WHERE "${key}" = '${template}'`,
    );
  }
  return statements;
}

async function timed(clients: number, requests: number, run: (client: number, i: number) => Promise<void>) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (next < requests) {
        const i = next++;
        const t0 = performance.now();
        try {
          await run(client, i);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { p95Ms: p95(latencies), errors };
}

export interface ScaleRow {
  dossiers: number;
  getP95Ms: number;
  saveP95Ms: number;
  errors: number;
  seedSeconds: number;
}

export async function scaleBenchmarks(): Promise<ScaleRow[] | null> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return null;
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  const db = await createPostgresDb(url, { schema });
  const live = new LiveHub({ log: () => {} });
  try {
    await migrate(db);
    const app = createApp({ db, dbKind: 'postgres', log: () => {}, live });
    const server = await listen(app, 0, undefined, '127.0.0.1');
    const base = `http://127.0.0.1:${server.port}`;
    const caller: Caller = {
      async call(method, path, opts = {}) {
        const headers: Record<string, string> = {};
        if (opts.token) headers.authorization = `Bearer ${opts.token}`;
        if (opts.json !== undefined) headers['content-type'] = 'application/json';
        const res = await fetch(base + path, {
          method,
          headers,
          body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
        });
        const text = await res.text();
        return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
      },
    };
    try {
      const signed = await signedExampleDossier(caller);
      const draft = await exampleDossier(caller);
      const visieRevision = (await caller.call('GET', `/api/dossiers/${draft.id}`, { token: draft.token })).json.steps.visie
        .revision;
      // Copy g of the signed template opens with token "s<g>", of the draft with "c<g>".
      const copySigned = await copyStatements(db, signed.id, 's', `encode(sha256(convert_to('s' || g, 'UTF8')), 'hex')`);
      const copyDraft = await copyStatements(db, draft.id, 'c', `encode(sha256(convert_to('c' || g, 'UTF8')), 'hex')`);

      const rows: ScaleRow[] = [];
      let seeded = 0;
      const revisions = new Map<number, number>();
      for (const size of SCALE_SIZES) {
        const t0 = performance.now();
        const [from, to] = [seeded / 2 + 1, size / 2];
        for (const sql of [...copySigned, ...copyDraft]) await db.query(sql, [from, to]);
        await db.query('ANALYZE');
        seeded = size;
        const seedSeconds = (performance.now() - t0) / 1000;
        const half = size / 2;
        const pick = () => 1 + Math.floor(Math.random() * half);

        const get = await timed(CLIENTS, REQUESTS, async () => {
          const g = pick();
          const res = await caller.call('GET', `/api/dossiers/s${g}`, { token: `s${g}` });
          if (res.status !== 200) throw new Error(String(res.status));
        });
        // Each client saves its own dossiers (g ≡ client mod CLIENTS), so the revisions it sends are its own.
        const perClient = Math.floor(half / CLIENTS);
        const save = await timed(CLIENTS, REQUESTS, async (client, i) => {
          const g = 1 + client + CLIENTS * (i % perClient);
          const baseRevision = revisions.get(g) ?? visieRevision;
          const res = await caller.call('PUT', `/api/dossiers/c${g}/steps/visie`, {
            token: `c${g}`,
            json: { data: { vision: `Visie ${i}: samen sterk in de wijk en op school.` }, baseRevision },
          });
          if (res.status !== 200) throw new Error(String(res.status));
          revisions.set(g, res.json.revision);
        });
        rows.push({ dossiers: size, getP95Ms: get.p95Ms, saveP95Ms: save.p95Ms, errors: get.errors + save.errors, seedSeconds });
      }
      return rows;
    } finally {
      await live.close();
      await server.close();
    }
  } finally {
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await db.close();
  }
}
