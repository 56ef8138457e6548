import pg from 'pg';
import type { Db, Queryable } from './db';

export interface PostgresOptions {
  /** Schema to work in (tests use a fresh one per run); created if missing. */
  schema?: string;
  /** Where pool errors go (an idle connection dropped by the server must not crash the process). */
  log?: (line: string) => void;
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

export async function createPostgresDb(url: string, opts: PostgresOptions = {}): Promise<Db> {
  if (opts.schema !== undefined && !IDENT.test(opts.schema)) throw new Error('Invalid schema name');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  pool.on('error', (err) => opts.log?.(`database pool error: ${err.message}`));
  const wrap = (q: Pick<pg.Pool, 'query'> | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const res = await q.query(sql, params as unknown[]);
      return res.rows as T[];
    },
  });
  if (opts.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  const db = wrap(pool);
  let closed = false;
  return {
    kind: 'postgres',
    query: db.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
