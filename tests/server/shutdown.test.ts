import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, startApp, type AppProcess } from '#tests/utils/app-process';
import { openEvents } from '#tests/utils/sse';

/** The real server process: JSON log lines, and SIGTERM that lets a save in flight finish. */
describe('structured logs and graceful shutdown', () => {
  const apps: AppProcess[] = [];
  afterAll(async () => {
    for (const app of apps) await app.stop();
    if (apps[0]) removeDir(apps[0].dataDir);
  });

  it('logs JSON lines with a request id (also a response header), never a token or query string', async () => {
    const app = await startApp();
    apps.push(app);
    const created = await fetch(`${app.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-chose-this-1' },
      body: JSON.stringify({ title: 'Logboek', gemeente: 'Gemeente Ede' }),
    });
    expect(created.headers.get('x-request-id')).toBe('proxy-chose-this-1');
    const { id, token } = (await created.json()) as { id: string; token: string };
    const read = await fetch(`${app.url}/api/dossiers/${id}?token=${token}&q=geheim`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const requestId = read.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${app.url}/api/calendar/${'A'.repeat(43)}.ics`);
    await fetch(`${app.url}/api/x%0A{"level":"error"}`);
    await new Promise((r) => setTimeout(r, 200));

    const lines = app.output().trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>); // every line is JSON
    const request = entries.find((e) => e.requestId === requestId)!;
    expect(request).toMatchObject({ msg: 'request', method: 'GET', path: `/api/dossiers/${id}`, status: 200, level: 'info' });
    expect(typeof request.ms).toBe('number');
    expect(entries.find((e) => e.requestId === 'proxy-chose-this-1')).toMatchObject({ path: '/api/dossiers', status: 201 });
    expect(entries.some((e) => e.path === '/api/calendar/[token].ics')).toBe(true);
    expect(entries.filter((e) => e.level === 'error')).toEqual([]);
    expect(app.output()).not.toContain(token);
    expect(app.output()).not.toContain('geheim');
    expect(app.output()).not.toContain('A'.repeat(43));
  });

  it('SIGTERM: refuses new connections, finishes the save in flight, tells live clients to reconnect, exits 0', async () => {
    const app = apps[0]!;
    const created = await fetch(`${app.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Afsluiten', gemeente: 'Gemeente Ede' }),
    });
    const { id, token } = (await created.json()) as { id: string; token: string };
    const stream = await openEvents(app.url, id, token);
    await stream.next((e) => e.event === 'ready');

    // A save whose body is still on its way when the signal comes.
    const body = JSON.stringify({ data: { occasionExplanation: 'Opgeslagen tijdens het afsluiten' }, baseRevision: 1 });
    const { port } = new URL(app.url);
    const saved = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', method: 'PUT', path: `/api/dossiers/${id}/steps/initiatief` }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.setHeader('authorization', `Bearer ${token}`);
      req.setHeader('content-type', 'application/json');
      req.setHeader('content-length', Buffer.byteLength(body));
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        process.kill(app.pid, 'SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 500);
      }, 200);
    });
    const exited = new Promise<number | null>((resolve) => {
      const check = setInterval(() => {
        try {
          process.kill(app.pid, 0);
        } catch {
          clearInterval(check);
          resolve(0);
        }
      }, 50);
    });

    const result = await saved;
    expect(result.status).toBe(200);
    await stream.ended;
    expect(stream.comments).toBeGreaterThan(0);
    await exited;
    await app.stop();
    expect(app.exitCode()).toBe(0);
    expect(app.output()).toMatch(/SIGTERM ontvangen/);
    expect(app.output()).toMatch(/Gestopt\./);
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();

    // The save is there after a restart on the same DATA_DIR (the lock was released).
    const next = await startApp({ dataDir: app.dataDir });
    apps.push(next);
    const res = await fetch(`${next.url}/api/dossiers/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const dossier = (await res.json()) as { steps: { initiatief: { data: { occasionExplanation: string } } } };
    expect(dossier.steps.initiatief.data.occasionExplanation).toBe('Opgeslagen tijdens het afsluiten');
  });
});
