import type { Db } from './db';
import { migrate } from './migrations';
import { createPgliteDb } from './pglite';
import { createPostgresDb } from './postgres';

/** PostgreSQL when a URL is given, embedded PGlite in `dataDir` otherwise; migrated and ready. */
export async function openDb(opts: { dataDir: string; databaseUrl?: string; log?: (line: string) => void }): Promise<Db> {
  const db = opts.databaseUrl ? await createPostgresDb(opts.databaseUrl, { log: opts.log }) : await createPgliteDb(opts.dataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
