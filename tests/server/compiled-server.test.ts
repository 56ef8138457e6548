import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillWithExample } from '#tests/server/fixtures';
import { buildServer, removeDir, startApp, type AppProcess } from '#tests/utils/app-process';

/** `npm start` runs dist-server/main.mjs: plain JavaScript, no TypeScript compiler, the PDF thread included. */
describe('the compiled production server', () => {
  let app: AppProcess;
  let build: string;
  beforeAll(async () => {
    build = buildServer();
    app = await startApp({ compiled: build });
  });
  afterAll(async () => {
    await app?.stop();
    if (app) removeDir(app.dataDir);
    removeDir(build);
  });

  it('serves the API and renders an agreement on its render thread, without tsx anywhere', async () => {
    const created = await fetch(`${app.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Gecompileerd', gemeente: 'Gemeente Utrecht' }),
    });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    const call = async (method: string, path: string, json: unknown) => {
      const res = await fetch(`${app.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
      return { status: res.status, text: await res.text() };
    };
    await fillWithExample({ call: (m, p, o) => call(m, p, o.json) }, id, token);
    const pdf = await fetch(`${app.url}/api/dossiers/${id}/agreement.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const cmdline = readFileSync(`/proc/${app.pid}/cmdline`, 'utf8');
    expect(cmdline).toContain(`${build}/main.mjs`);
    // Every file the process has mapped or opened: no TypeScript loader among them.
    const maps = readFileSync(`/proc/${app.pid}/maps`, 'utf8');
    expect(maps).not.toMatch(/node_modules\/(tsx|typescript)\//);
    expect(app.output()).not.toMatch(/tsx/);
  });
});
