/**
 * `npm run backup -- <dir>`: a consistent copy of the embedded database and the seal directory.
 * While the server runs, the copy comes from the server itself through its management socket in
 * DATA_DIR (only the server's user can open it); with the server stopped, this script opens the
 * database itself (taking the DATA_DIR lock, so no server can start meanwhile).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { isAlive, readLock } from '#src/db/data-dir-lock';
import { createPgliteDb } from '#src/db/pglite';
import { ADMIN_SOCKET } from '#src/server/admin-socket';
import {
  BACKUP_DATABASE,
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BACKUP_SEAL,
  backupPaths,
  POSTGRES_NOTE,
  targetDir,
} from './backup-files';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

function fromRunningServer(socketPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method: 'POST', path: '/backup' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () =>
        res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`status ${res.statusCode}`)),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const paths = backupPaths(process.env);
if (paths.databaseUrl) fail(POSTGRES_NOTE);
const out = targetDir(process.argv, 'Gebruik: npm run backup -- <map> / Usage: npm run backup -- <dir>');
if (existsSync(out) && readdirSync(out).length > 0)
  fail(`De map ${out} is niet leeg. Kies een nieuwe of lege map. / ${out} is not empty.`);
if (!existsSync(join(paths.dataDir, 'pglite', 'PG_VERSION')))
  fail(`Geen database gevonden in ${paths.dataDir}. / No database in ${paths.dataDir}.`);
mkdirSync(out, { recursive: true });

const holder = readLock(paths.dataDir);
let database: Buffer;
let via: 'server' | 'direct';
if (holder && isAlive(holder)) {
  via = 'server';
  database = await fromRunningServer(join(paths.dataDir, ADMIN_SOCKET)).catch((err: Error) =>
    fail(`De draaiende server (pid ${holder.pid}) gaf geen back-up: ${err.message}. / The running server gave no backup.`),
  );
} else {
  via = 'direct';
  const db = await createPgliteDb(paths.dataDir);
  try {
    database = Buffer.from(await (await db.dump()).arrayBuffer());
  } finally {
    await db.close();
  }
}
writeFileSync(join(out, BACKUP_DATABASE), database, { mode: 0o600 });
const sealCopied = existsSync(paths.sealDir);
if (sealCopied) cpSync(paths.sealDir, join(out, BACKUP_SEAL), { recursive: true, preserveTimestamps: true });
const manifest = {
  format: BACKUP_FORMAT,
  version: 1,
  createdAt: new Date().toISOString(),
  via,
  database: { file: BACKUP_DATABASE, bytes: database.length, sha256: createHash('sha256').update(database).digest('hex') },
  seal: sealCopied ? BACKUP_SEAL : null,
};
writeFileSync(join(out, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(
  `Back-up gemaakt in ${out} (${via === 'server' ? 'van de draaiende server' : 'server gestopt'}; database ${Math.round(database.length / 1024)} KB${sealCopied ? ', zegel' : ''}).\n`,
);
