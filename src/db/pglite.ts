import { existsSync, fsyncSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { Db, Queryable } from './db';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

export interface PgliteOptions {
  /**
   * Flush the write-ahead log to disk before a commit is acknowledged (default true). PGlite ships
   * with fsync off and its Node file system ignores fsync calls; off is only for benchmarks.
   */
  fsync?: boolean;
  /** Take the DATA_DIR lock (default true); backup/restore scripts that already hold it pass false. */
  lock?: boolean;
  /** Restore: fill the (empty) data directory from a dump (`dump()`), instead of a new database. */
  loadDataDir?: Blob;
}

export type PgliteDb = Db & { dump(): Promise<Blob> };

/**
 * Start parameters: PGlite's defaults without `-F` (fsync off), and small memory settings. PGlite's
 * default shared_buffers of 128 MB is most of its resident memory; a municipality's dossiers fit in
 * a few megabytes, and the operating system's page cache keeps hot pages anyway.
 */
function startParams(fsync: boolean): string[] {
  return [
    '--single',
    ...(fsync ? [] : ['-F']),
    '-O',
    '-j',
    ...['-c', 'search_path=public'],
    ...['-c', 'exit_on_error=false'],
    ...['-c', 'log_checkpoints=false'],
    ...['-c', 'max_worker_processes=0'],
    ...['-c', 'max_parallel_workers=0'],
    ...['-c', 'max_parallel_workers_per_gather=0'],
    ...['-c', 'io_method=sync'],
    ...['-c', 'max_parallel_maintenance_workers=0'],
    // Memory: 16 MB of shared buffers (2048 pages of 8 kB) instead of 128 MB.
    ...['-c', 'shared_buffers=16MB'],
    ...['-c', 'wal_buffers=1MB'],
    ...['-c', 'temp_buffers=2MB'],
    ...['-c', 'work_mem=4MB'],
    ...['-c', 'maintenance_work_mem=16MB'],
    // The one method that reaches fd_sync (below); fdatasync is a no-op in PGlite's WASM runtime.
    ...['-c', 'wal_sync_method=fsync'],
  ];
}

/**
 * NODEFS without an fsync: PostgreSQL's fsync of the WAL at commit does nothing, so an acknowledged
 * save could be lost with the machine's power. This adds it: every fsync the database asks for
 * becomes a real fsync of the file on disk.
 */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = (result.emscriptenOpts.preRun ?? []) as ((mod: EmscriptenModule) => void)[];
    result.emscriptenOpts.preRun = [
      (mod: EmscriptenModule) => {
        mod.NODEFS.stream_ops.fsync = (stream: { nfd?: number }) => {
          if (stream.nfd !== undefined) fsyncSync(stream.nfd);
          return 0;
        };
      },
      ...preRun,
    ];
    return result;
  }
}

/**
 * Creates a new data directory in a short-lived child process. PGlite's initdb leaves hundreds of
 * megabytes of WASM memory behind in the process that ran it (a worker thread does not give it all
 * back either); a process that exits does, so the server starts as small the first time as later.
 */
async function initialiseElsewhere(dir: string): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const code = `
    const { PGlite } = require(process.env.PGLITE_MODULE);
    (async () => {
      const pg = new PGlite(process.env.PGLITE_DIR);
      await pg.waitReady;
      await pg.close();
    })().catch((err) => { console.error((err && err.message) || err); process.exit(1); });
  `;
  const child = spawn(process.execPath, ['-e', code], {
    env: { ...process.env, PGLITE_MODULE: pglite, PGLITE_DIR: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const code_ = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code_ !== 0) throw new Error(`PGlite initdb: ${stderr.trim() || `exit ${code_}`}`);
}

interface EmscriptenModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
}

/**
 * Embedded PostgreSQL (WASM) persisted in `<dataDir>/pglite`. The rest of `dataDir` stays free for
 * other server state. Only one process may open a data directory at a time: the lock in `dataDir`
 * (data-dir-lock.ts) refuses a second one.
 */
export async function createPgliteDb(dataDir: string, opts: PgliteOptions = {}): Promise<PgliteDb> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const lock: DataDirLock | null = opts.lock === false ? null : acquireDataDirLock(root);
  const dir = join(root, 'pglite');
  mkdirSync(dir, { recursive: true });
  const fsync = opts.fsync ?? true;
  let pg: PGlite;
  try {
    if (!opts.loadDataDir && !existsSync(join(dir, 'PG_VERSION'))) await initialiseElsewhere(dir);
    pg = new PGlite({
      fs: fsync ? new DurableNodeFS(dir) : new NodeFS(dir),
      startParams: startParams(fsync),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    await pg.waitReady;
  } catch (err) {
    lock?.release();
    throw err;
  }
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
    /** A consistent copy of the data directory as a gzipped tar, taken while the server runs. */
    async dump() {
      // After a checkpoint the copy needs no WAL replay; between queries PGlite's files are consistent.
      await pg.query('CHECKPOINT');
      return pg.dumpDataDir('gzip');
    },
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock?.release();
      }
    },
  };
}
