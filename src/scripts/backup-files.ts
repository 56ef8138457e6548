import { join, resolve } from 'node:path';

/** Where backup and restore find things: the same defaults as the server (main.ts, seal.ts). */
export function backupPaths(env: NodeJS.ProcessEnv) {
  const dataDir = resolve(env.DATA_DIR || './data');
  return {
    dataDir,
    sealDir: resolve(env.SEAL_DIR || join(dataDir, 'zegel')),
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

export const BACKUP_DATABASE = 'database.tar.gz';
export const BACKUP_SEAL = 'zegel';
export const BACKUP_MANIFEST = 'backup.json';
export const BACKUP_FORMAT = 'samenwerkwijzer-backup';

export const POSTGRES_NOTE =
  'Met PostgreSQL (DATABASE_URL) maakt u de back-up met pg_dump en zet u hem terug met pg_restore; zie de README. Dit script is voor de ingebouwde database. / With PostgreSQL use pg_dump and pg_restore (see the README); this script is for the embedded database.';

/** The argument after `npm run backup --` / `npm run restore --`. */
export function targetDir(argv: string[], usage: string): string {
  const dir = argv[2];
  if (!dir) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  return resolve(dir);
}
