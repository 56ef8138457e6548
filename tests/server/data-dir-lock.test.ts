import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '#src/db/data-dir-lock';
import { removeDir, startApp, type AppProcess } from '#tests/utils/app-process';

/** Real server processes on one DATA_DIR: the second is refused, a killed one leaves nothing stuck. */
describe('one process per embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-lock-'));
  const running: AppProcess[] = [];
  afterAll(async () => {
    for (const app of running) await app.stop();
    removeDir(dataDir);
  });

  it('refuses a second server on the same DATA_DIR with a Dutch and English message', async () => {
    const first = await startApp({ dataDir });
    running.push(first);
    const created = await fetch(`${first.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Voor de crash', gemeente: 'Gemeente Ede' }),
    });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };

    const error = await startApp({ dataDir }).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(error).toMatch(/exited with 1/);
    expect(error).toContain('is al in gebruik door een ander proces');
    expect(error).toContain('is already in use by another process');
    expect(error).toContain(`pid ${first.pid}`);
    // The first server is unharmed and still serves.
    const still = await fetch(`${first.url}/api/dossiers/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(still.status).toBe(200);

    // kill -9: no shutdown, the lock file stays behind; the next start takes it over.
    process.kill(first.pid, 'SIGKILL');
    await first.stop();
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(first.pid);
    const next = await startApp({ dataDir });
    running.push(next);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(next.pid);
    const after = await fetch(`${next.url}/api/dossiers/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { title: string }).title).toBe('Voor de crash');
  });
});
