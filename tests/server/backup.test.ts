import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '#steps/index';
import { fillWithExample } from '#tests/server/fixtures';
import { buildServer, removeDir, startApp, type AppProcess } from '#tests/utils/app-process';

const REQUIRED = STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id);

/** `npm run backup` / `npm run restore` as built, against the compiled server in its own process. */
describe('backup and restore of the embedded database', () => {
  let build: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-backup-data-'));
  const backupDir = join(mkdtempSync(join(tmpdir(), 'samenwerkwijzer-backup-')), 'kopie');
  const apps: AppProcess[] = [];
  beforeAll(() => {
    build = buildServer();
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    removeDir(build);
    removeDir(dataDir);
    removeDir(join(backupDir, '..'));
  });

  const script = (name: 'backup' | 'restore', dir: string) =>
    spawnSync(process.execPath, [`${build}/${name}.mjs`, dir], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });

  async function client(app: AppProcess, token?: string) {
    return async (method: string, path: string, json?: unknown) => {
      const res = await fetch(app.url + path, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(json ? { 'content-type': 'application/json' } : {}),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { status: res.status, text, bytes, json: body as any };
    };
  }

  it('backs up while the server runs, then wipe, restore, and the data and sealed PDFs are byte-identical', async () => {
    const app = await startApp({ dataDir, compiled: build });
    apps.push(app);
    const anon = await client(app);
    const { id, token } = (await anon('POST', '/api/dossiers', { title: 'Bewaard in de back-up', gemeente: 'Gemeente Ede' }))
      .json;
    const call = await client(app, token);
    await fillWithExample({ call: (m, p, o) => call(m, p, o.json) }, id, token);
    const partners = (await call('GET', `/api/dossiers/${id}`)).json.partners as { id: string; name: string }[];
    const signers: Record<string, string> = {};
    for (const p of partners)
      signers[p.id] = (
        await call('POST', `/api/dossiers/${id}/invites`, { partner: p.id, role: 'bewerken', tekenbevoegd: true })
      ).json.token;
    for (const stepId of REQUIRED)
      for (const p of partners) await (await client(app, signers[p.id]))('PUT', `/api/dossiers/${id}/steps/${stepId}/approval`);
    expect((await call('POST', `/api/dossiers/${id}/versions`)).status).toBe(201);
    for (const p of partners) {
      const signed = await (
        await client(app, signers[p.id])
      )('POST', `/api/dossiers/${id}/versions/1/signatures`, {
        organisation: p.id,
        name: 'Ondertekenaar',
        function: 'Directeur',
        method: 'typed',
        authorised: true,
      });
      expect(signed.status).toBe(201);
    }
    const sealed = (await call('GET', `/api/dossiers/${id}/versions/1/agreement.pdf`)).bytes;
    const dossier = (await call('GET', `/api/dossiers/${id}`)).json;
    const certificate = readFileSync(join(dataDir, 'zegel', 'zegel-certificaat.pem'));

    const backup = script('backup', backupDir);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/van de draaiende server/);
    expect(readdirSync(backupDir).sort()).toEqual(['backup.json', 'database.tar.gz', 'zegel']);
    // The server kept serving throughout, and a change after the backup is not in it.
    const later = (await anon('POST', '/api/dossiers', { title: 'Na de back-up', gemeente: 'Gemeente Ede' })).json;

    // Restoring while the server runs is refused.
    const refused = script('restore', backupDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Stop eerst de server/);

    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
    const restore = script('restore', backupDir);
    expect(restore.status, restore.stderr).toBe(0);

    const again = await startApp({ dataDir, compiled: build });
    apps.push(again);
    const after = await client(again, token);
    const restored = (await after('GET', `/api/dossiers/${id}`)).json;
    expect(restored.steps).toEqual(dossier.steps);
    expect(restored.versions).toEqual(dossier.versions);
    const pdf = (await after('GET', `/api/dossiers/${id}/versions/1/agreement.pdf`)).bytes;
    expect(Buffer.compare(Buffer.from(pdf), Buffer.from(sealed))).toBe(0);
    expect(Buffer.compare(readFileSync(join(dataDir, 'zegel', 'zegel-certificaat.pem')), certificate)).toBe(0);
    const verified = await (await client(again))('POST', '/api/verify');
    expect(verified.status).toBe(415);
    expect((await (await client(again, later.token))('GET', `/api/dossiers/${later.id}`)).status).toBe(404);
    await again.stop();
  }, 180_000);

  it('with the server stopped the script opens the database itself; an unfinished target is refused', () => {
    const second = join(backupDir, '..', 'tweede');
    const direct = script('backup', second);
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toMatch(/server gestopt/);
    const notEmpty = script('backup', second);
    expect(notEmpty.status).toBe(1);
    expect(notEmpty.stderr).toMatch(/niet leeg/);
  });
});
