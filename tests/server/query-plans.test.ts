import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '#src/db/db';
import { EXAMPLE_DOSSIER } from '#src/domain/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { DB_KINDS, startTestServer } from '#tests/utils/test-server';

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
      const { id, token } = await srv.createDossier(EXAMPLE_DOSSIER.title, EXAMPLE_DOSSIER.gemeente);
      for (const stepId of STEP_IDS) {
        const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, {
          token,
          json: { data: EXAMPLE_DOSSIER.steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true },
        });
        expect(res.status).toBe(200);
      }
      const dossier = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
      const signers: Record<string, string> = {};
      for (const p of dossier.partners as { id: string }[]) {
        const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
          token,
          json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: 'Tekenaar' },
        });
        signers[p.id] = res.json.token;
        for (const step of STEPS.filter((s) => s.agreement.role === 'required')) {
          await srv.call('PUT', `/api/dossiers/${id}/steps/${step.id}/approval`, { token: res.json.token });
        }
      }
      expect((await srv.call('POST', `/api/dossiers/${id}/versions`, { token })).status).toBe(201);
      for (const [organisation, signer] of Object.entries(signers)) {
        const res = await srv.call('POST', `/api/dossiers/${id}/versions/1/signatures`, {
          token: signer,
          json: { organisation, name: 'Şükrü Yılmaz', function: 'Directeur', method: 'typed', authorised: true },
        });
        expect(res.status).toBe(201);
      }
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
