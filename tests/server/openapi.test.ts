import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#src/server/app';
import { buildOpenApi } from '#src/server/openapi';
import { STEPS } from '#steps/index';
import { createTestDb, type TestDb } from '#tests/utils/test-server';

type Doc = { paths: Record<string, Record<string, { security?: unknown[] }>> };

describe('the OpenAPI document', () => {
  let testDb: TestDb;
  let routes: { method: string; path: string }[];
  const doc = buildOpenApi(STEPS) as unknown as Doc;
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    const app = createApp({ db: testDb.db, dbKind: 'pglite', log: () => {} });
    // What the server registers: every API route with a method of its own (middleware is `ALL`).
    routes = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'))
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:([A-Za-z]+)/g, '{$1}') }));
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  it('describes every route the server registers, and nothing it does not', () => {
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !doc.paths[r.path]?.[r.method]).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect(documented.filter((op) => !registered.has(op))).toEqual([]);
  });

  it('says for every operation whether it needs a dossier link (public ones: security: [])', () => {
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) expect(op.security, `${method} ${path}`).toBeDefined();
  });

  it('passes `redocly lint` (recommended rules) without errors, offline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    try {
      const out = execFileSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'lint', file, '--format=json'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const report = JSON.parse(out.slice(out.indexOf('{'))) as {
        totals: { errors: number };
        problems: { ruleId: string; severity: string; message: string }[];
      };
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
