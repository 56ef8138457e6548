import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One process per embedded database. Two servers on one DATA_DIR each keep their own copy of the
 * database in memory and overwrite each other's files: what one of them saved is silently gone after
 * a restart. The lock is a file with the owner's pid, the start time of that process and the boot it
 * started in; a lock whose process no longer runs (kill -9, a power cut) is stale and taken over.
 * The start time guards against pid reuse: in a container the server is pid 1 after every restart.
 */
export const LOCK_FILE = 'samenwerkwijzer.lock';

export interface LockOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat field 22); null where unknown. */
  started: string | null;
  bootId: string | null;
  /** The management socket of a running server (backups), when it has one. */
  socket?: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Records more about the owner (e.g. its management socket). */
  update(extra: Partial<LockOwner>): void;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `De database in ${dataDir} is al in gebruik door een ander proces (pid ${owner.pid}). Stop dat eerst; er mag maar één server tegelijk op dezelfde DATA_DIR draaien. / ` +
        `The database in ${dataDir} is already in use by another process (pid ${owner.pid}). Stop it first: only one server may run on the same DATA_DIR.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const readOrNull = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces and parentheses. */
function startTimeOf(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

const bootId = () => readOrNull('/proc/sys/kernel/random/boot_id');

export function currentOwner(): LockOwner {
  return { pid: process.pid, started: startTimeOf(process.pid), bootId: bootId() };
}

/** Whether the process that wrote `owner` still runs. */
export function isAlive(owner: LockOwner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  const me = currentOwner();
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return false; // written before a reboot
  if (owner.pid === process.pid) return owner.started !== null && owner.started === me.started;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The pid runs; is it still the same process?
  if (owner.started === null) return true;
  const started = startTimeOf(owner.pid);
  return started === null || started === owner.started;
}

function parseOwner(text: string): LockOwner {
  try {
    const parsed = JSON.parse(text) as LockOwner;
    if (typeof parsed.pid === 'number') return parsed;
  } catch {
    // Not ours or damaged: nobody holds it.
  }
  return { pid: 0, started: null, bootId: null };
}

export function readLock(dataDir: string): LockOwner | null {
  const text = readOrNull(join(dataDir, LOCK_FILE));
  return text === null ? null : parseOwner(text);
}

/**
 * Takes the lock or throws DataDirLockedError. The file is written in full under a temporary name and
 * then hard-linked into place, so another process never reads a half-written lock, and of two
 * processes starting at once exactly one link succeeds.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  let owner = currentOwner();
  const write = () => {
    const tmp = `${path}.${process.pid}.${Date.now()}`;
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify(owner));
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, path);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      unlinkSync(tmp);
    }
  };
  let acquired = false;
  for (let attempt = 0; attempt < 3 && !acquired; attempt++) {
    acquired = write();
    if (acquired) break;
    const raw = readOrNull(path);
    if (raw === null) continue; // released meanwhile
    const holder = parseOwner(raw);
    if (isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale: its process is gone. Remove it only while it is still that same stale file.
    if (readOrNull(path) === raw) {
      try {
        unlinkSync(path);
      } catch {
        // Another starting process removed it first.
      }
    }
  }
  if (!acquired) throw new DataDirLockedError(dataDir, readLock(dataDir) ?? owner);
  let released = false;
  return {
    path,
    update(extra) {
      owner = { ...owner, ...extra };
      // Rewritten in place: only its holder ever writes this file.
      const tmp = `${path}.${process.pid}.update`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      // Renamed over the lock: atomic, so the lock never disappears meanwhile.
      renameSync(tmp, path);
    },
    release() {
      if (released) return;
      released = true;
      const current = readLock(dataDir);
      if (current && current.pid === owner.pid && current.started === owner.started) {
        try {
          unlinkSync(path);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
