/**
 * `npm run restore -- <dir>`: puts a backup (`npm run backup`) back, with the server stopped. The
 * database that is there now is kept aside (`pglite.voor-herstel-<time>`), never deleted, and so is
 * the seal directory.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from '#src/db/data-dir-lock';
import { createPgliteDb } from '#src/db/pglite';
import { BACKUP_DATABASE, BACKUP_FORMAT, BACKUP_MANIFEST, backupPaths, POSTGRES_NOTE, targetDir } from './backup-files';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const paths = backupPaths(process.env);
if (paths.databaseUrl) fail(POSTGRES_NOTE);
const from = targetDir(process.argv, 'Gebruik: npm run restore -- <map> / Usage: npm run restore -- <dir>');
let manifest: { format?: string; database?: { file: string; sha256: string }; seal?: string | null };
try {
  manifest = JSON.parse(readFileSync(join(from, BACKUP_MANIFEST), 'utf8'));
} catch {
  manifest = {};
}
if (manifest.format !== BACKUP_FORMAT || !manifest.database)
  fail(`${from} is geen back-up van Samenwerkwijzer (${BACKUP_MANIFEST} ontbreekt). / Not a Samenwerkwijzer backup.`);
const database = readFileSync(join(from, manifest.database!.file ?? BACKUP_DATABASE));
if (createHash('sha256').update(database).digest('hex') !== manifest.database!.sha256)
  fail('De back-up is beschadigd: de database klopt niet met backup.json. / The backup is damaged.');

mkdirSync(paths.dataDir, { recursive: true });
let lock;
try {
  lock = acquireDataDirLock(paths.dataDir);
} catch (err) {
  if (err instanceof DataDirLockedError) fail(`Stop eerst de server. / Stop the server first.\n${err.message}`);
  throw err;
}
try {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const current = join(paths.dataDir, 'pglite');
  if (existsSync(current)) renameSync(current, `${current}.voor-herstel-${stamp}`);
  const tarball = new File([database], BACKUP_DATABASE, { type: 'application/x-gzip' });
  const db = await createPgliteDb(paths.dataDir, { lock: false, loadDataDir: tarball });
  await db.close();
  if (manifest.seal) {
    if (existsSync(paths.sealDir)) renameSync(paths.sealDir, `${paths.sealDir}.voor-herstel-${stamp}`);
    cpSync(join(from, manifest.seal), paths.sealDir, { recursive: true, preserveTimestamps: true });
  }
  process.stdout.write(`Back-up teruggezet uit ${from} in ${paths.dataDir}. Start de server nu weer.\n`);
} finally {
  lock.release();
}
