import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, currentOwner, DataDirLockedError, LOCK_FILE } from './data-dir-lock';

describe('DATA_DIR lock', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-lockfile-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is refused while held and free again once released', () => {
    const dir = fresh();
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock whose process is gone, a reused pid, and a damaged file', () => {
    const dir = fresh();
    const path = join(dir, LOCK_FILE);
    const me = currentOwner();
    for (const stale of [
      JSON.stringify({ pid: 2 ** 22 + 12345, started: '1', bootId: me.bootId }), // no such process
      JSON.stringify({ ...me, started: 'not-this-start' }), // our own pid, reused after a restart
      JSON.stringify({ ...me, bootId: 'an-earlier-boot' }), // written before a reboot
      '{"pid": 12', // half-written
    ]) {
      writeFileSync(path, stale);
      const lock = acquireDataDirLock(dir);
      expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
      lock.release();
    }
  });

  it('keeps the lock in place while its holder records more about itself', () => {
    const dir = fresh();
    const lock = acquireDataDirLock(dir);
    lock.update({ socket: '/tmp/x.sock' });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).socket).toBe('/tmp/x.sock');
    expect(() => acquireDataDirLock(dir)).toThrow(/already in use/);
    lock.release();
  });
});
