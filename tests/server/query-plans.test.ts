import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '#src/db/db';
import { DB_KINDS, startTestServer } from '#tests/utils/test-server';
import { signedExampleDossier } from '#tests/utils/signed-dossier';

type Recorded = { sql: string; params: readonly unknown[] };

/** Wraps a database so every statement the server runs (also inside transactions) is recorded. */
function recording(db: Db, out: Recorded[]): Db {
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params = []) => {
      out.push({ sql, params });
      return q.query(sql, params);
    },
  });
  return {
    kind: db.kind,
    query: wrap(db).query,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

/** Table scans in a plan (JSON format), by table name. */
function seqScans(plan: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n['Node Type'] === 'Seq Scan') found.push(String(n['Relation Name']));
    for (const v of Object.values(n)) (Array.isArray(v) ? v : [v]).forEach(walk);
  };
  walk(plan);
  return found;
}

const DML = /^\s*(SELECT|UPDATE|DELETE|WITH)\b/i;

/**
 * Every query a dossier's journey runs per request must be able to use an index: at national scale
 * (thousands of dossiers) a table scan on every GET caps the whole service. With table scans switched
 * off the planner picks an index wherever one fits, so a remaining scan means a missing index.
 */
describe.each(DB_KINDS)('query plans on %s', (kind) => {
  it('no per-request query of a dossier journey scans a whole table', async () => {
    const recorded: Recorded[] = [];
    const srv = await startTestServer(kind, { wrapDb: (db) => recording(db, recorded) });
    try {
      const { id, token } = await signedExampleDossier(srv);
      for (const path of ['', '/versions/1', '/steps/visie/history', '/invites', '/audit.csv']) {
        expect((await srv.call('GET', `/api/dossiers/${id}${path}`, { token })).status, path).toBe(200);
      }

      const statements = new Map<string, Recorded>();
      for (const r of recorded)
        if (DML.test(r.sql) && !/schema_migrations|information_schema/.test(r.sql)) statements.set(r.sql, r);
      expect(statements.size).toBeGreaterThan(10);
      const scans: string[] = [];
      await srv.db.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        for (const { sql, params } of statements.values()) {
          const [row] = await tx.query<Record<string, unknown>>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
          const plan = Object.values(row!)[0];
          for (const table of seqScans(typeof plan === 'string' ? JSON.parse(plan) : plan)) {
            scans.push(`${table}: ${sql.replace(/\s+/g, ' ').trim()}`);
          }
        }
      });
      expect(scans).toEqual([]);
    } finally {
      await srv.close();
    }
  });
});
