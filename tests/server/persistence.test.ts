import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '#src/db/migrations';
import { createPostgresDb } from '#src/db/postgres';
import { createTestDb, DB_KINDS, startTestServer } from '#tests/utils/test-server';

describe('PGlite persistence', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the data when the database is closed and the same DATA_DIR is opened again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samenwerkwijzer-persist-'));
    dirs.push(dataDir);
    const first = await startTestServer('pglite', { dataDir });
    const { id, token } = await first.createDossier('Blijft bewaard', 'Gemeente Zwolle');
    const saved = await first.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
      token,
      json: { data: { occasionExplanation: 'Na herstart nog hier 🎉' }, baseRevision: 1 },
    });
    expect(saved.status).toBe(200);
    await first.close({ keep: true });

    const second = await startTestServer('pglite', { dataDir });
    try {
      const res = await second.call('GET', `/api/dossiers/${id}`, { token });
      expect(res.status).toBe(200);
      expect(res.json.title).toBe('Blijft bewaard');
      expect(res.json.steps.initiatief).toMatchObject({ revision: 2, data: { occasionExplanation: 'Na herstart nog hier 🎉' } });
    } finally {
      await second.close({ keep: true });
    }
  });
});

describe.each(DB_KINDS)('migrations on %s', (kind) => {
  it('apply once, record their versions and are a no-op the second time', async () => {
    const t = await createTestDb(kind);
    try {
      expect(await migrate(t.db)).toEqual([]);
      const rows = await t.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await t.dispose();
    }
  });

  it.runIf(kind === 'postgres')('are safe when two processes start at once', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `test_race_${Date.now().toString(36)}`;
    const one = await createPostgresDb(url, { schema });
    const two = await createPostgresDb(url, { schema });
    try {
      const [a, b] = await Promise.all([migrate(one), migrate(two)]);
      expect([...a, ...b].sort((x, y) => x - y)).toEqual(MIGRATIONS.map((m) => m.version));
      const rows = await one.query('SELECT version FROM schema_migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
    } finally {
      await one.query(`DROP SCHEMA ${schema} CASCADE`);
      await one.close();
      await two.close();
    }
  });
});
