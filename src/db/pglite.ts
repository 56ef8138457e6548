import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';

/**
 * Embedded PostgreSQL (WASM) persisted in `<dataDir>/pglite`. The rest of `dataDir` stays free for
 * other server state. Only one process may open a data directory at a time.
 */
export async function createPgliteDb(dataDir: string): Promise<Db> {
  const dir = join(resolve(dataDir), 'pglite');
  mkdirSync(dir, { recursive: true });
  const pg = new PGlite(dir);
  await pg.waitReady;
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, params as unknown[])).rows;
    },
  });
  const db = wrap(pg);
  return {
    kind: 'pglite',
    query: db.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
