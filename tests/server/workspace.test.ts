import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { completeInitiatief, dossierWithPartners } from '#tests/server/fixtures';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';

describe.each(DB_KINDS)('workspaces on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const createWorkspace = async (title = 'Gemeente Utrecht: jongerenwerk op school', wsKind = 'gemeente') => {
    const res = await srv.call('POST', '/api/workspaces', { json: { title, kind: wsKind } });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; token: string; link: string };
  };
  const invite = async (ws: { id: string; token: string }, role: 'beheren' | 'lezen', name?: string) => {
    const res = await srv.call('POST', `/api/workspaces/${ws.id}/invites`, {
      token: ws.token,
      json: { role, ...(name ? { name } : {}) },
    });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; token: string; link: string };
  };
  const newDossier = async (ws: { id: string; token: string }, title: string, extra: Record<string, unknown> = {}) => {
    const res = await srv.call('POST', `/api/workspaces/${ws.id}/dossiers`, {
      token: ws.token,
      json: { title, gemeente: 'Gemeente Utrecht', ...extra },
    });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; token: string; link: string };
  };
  const wsAudit = async (id: string) =>
    srv.db.query<{ action: string; result: string }>(
      'SELECT action, result FROM workspace_audit WHERE workspace_id = $1 ORDER BY id',
      [id],
    );

  it('creates a workspace with a secret owner link in the fragment; only its hash is stored', async () => {
    const ws = await createWorkspace();
    expect(ws.link).toBe(`/w/${ws.id}#${ws.token}`);
    expect(Buffer.from(ws.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = JSON.stringify(await srv.db.query('SELECT * FROM workspace_links'));
    expect(stored).not.toContain(ws.token);
    const res = await srv.call('GET', `/api/workspaces/${ws.id}`, { token: ws.token });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: ws.id, kind: 'gemeente', me: { kind: 'owner', role: 'beheren' }, dossiers: [] });
    expect(await wsAudit(ws.id)).toEqual([{ action: 'workspace.create', result: 'ok' }]);
  });

  it('refuses a bad workspace with Dutch field messages', async () => {
    const res = await srv.call('POST', '/api/workspaces', { json: { title: ' ', kind: 'provincie' } });
    expect(res.status).toBe(400);
    expect(res.json.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['kind', 'title']);
  });

  it('answers a wrong token, another workspace’s token and an unknown workspace with the same 404; no header is 401', async () => {
    const a = await createWorkspace('A');
    const b = await createWorkspace('B');
    const wrong = await srv.call('GET', `/api/workspaces/${a.id}`, { token: randomBytes(32).toString('base64url') });
    const other = await srv.call('GET', `/api/workspaces/${a.id}`, { token: b.token });
    const unknown = await srv.call('GET', `/api/workspaces/nietsbekends`, { token: a.token });
    expect([wrong.status, other.status, unknown.status]).toEqual([404, 404, 404]);
    expect(new Set([wrong.text, other.text, unknown.text]).size).toBe(1);
    expect((await srv.call('GET', `/api/workspaces/${a.id}`)).status).toBe(401);
  });

  it('invites colleagues (beheren / lezen), lists them without tokens, and a revoked link stops at once', async () => {
    const ws = await createWorkspace();
    const manager = await invite(ws, 'beheren', 'Fatma Yılmaz');
    const reader = await invite(ws, 'lezen');
    const list = await srv.call('GET', `/api/workspaces/${ws.id}/invites`, { token: ws.token });
    expect(list.json.invites.map((i: { role: string }) => i.role)).toEqual(['beheren', 'lezen']);
    expect(list.text).not.toContain(manager.token);
    // Only the owner manages the links.
    expect((await srv.call('GET', `/api/workspaces/${ws.id}/invites`, { token: manager.token })).status).toBe(403);
    expect(
      (await srv.call('POST', `/api/workspaces/${ws.id}/invites`, { token: reader.token, json: { role: 'lezen' } })).status,
    ).toBe(403);
    // The reader sees the workspace but cannot make a dossier in it.
    expect((await srv.call('GET', `/api/workspaces/${ws.id}`, { token: reader.token })).json.me).toMatchObject({
      kind: 'invite',
      role: 'lezen',
    });
    expect(
      (await srv.call('POST', `/api/workspaces/${ws.id}/dossiers`, { token: reader.token, json: { title: 'x', gemeente: 'y' } }))
        .status,
    ).toBe(403);
    expect(
      (await srv.call('POST', `/api/workspaces/${ws.id}/dossiers`, { token: manager.token, json: { title: 'x', gemeente: 'y' } }))
        .status,
    ).toBe(201);

    const revoke = await srv.call('DELETE', `/api/workspaces/${ws.id}/invites/${reader.id}`, { token: ws.token });
    expect(revoke.status).toBe(200);
    expect(revoke.json.invite.revokedAt).toEqual(expect.any(String));
    expect((await srv.call('GET', `/api/workspaces/${ws.id}`, { token: reader.token })).status).toBe(404);
    expect((await srv.call('DELETE', `/api/workspaces/${ws.id}/invites/bestaatniet`, { token: ws.token })).status).toBe(404);
    expect((await wsAudit(ws.id)).map((e) => e.action)).toEqual([
      'workspace.create',
      'invite.create',
      'invite.create',
      'dossier.create',
      'invite.revoke',
    ]);
  });

  describe('access matrix: workspace links × dossier routes', () => {
    it('the owner and a beheren link act as the dossier owner, a lezen link reads; revoked links and other workspaces get nothing', async () => {
      const ws = await createWorkspace('Matrix');
      const other = await createWorkspace('Andere gemeente');
      const manager = await invite(ws, 'beheren');
      const reader = await invite(ws, 'lezen');
      const gone = await invite(ws, 'beheren');
      await srv.call('DELETE', `/api/workspaces/${ws.id}/invites/${gone.id}`, { token: ws.token });
      const d = await newDossier(ws, 'Samen op het Zuiderpark');

      const routes = [
        { name: 'read', method: 'GET', path: `/api/dossiers/${d.id}` },
        {
          name: 'write',
          method: 'PUT',
          path: `/api/dossiers/${d.id}/steps/initiatief`,
          json: { data: completeInitiatief(), baseRevision: 1 },
        },
        { name: 'owner', method: 'GET', path: `/api/dossiers/${d.id}/invites` },
        { name: 'audit', method: 'GET', path: `/api/dossiers/${d.id}/audit.csv` },
      ] as const;
      const links = {
        owner: ws.token,
        manager: manager.token,
        reader: reader.token,
        revoked: gone.token,
        otherWorkspace: other.token,
      };
      const matrix: Record<string, Record<string, number>> = {};
      for (const [who, token] of Object.entries(links)) {
        matrix[who] = {};
        for (const r of routes) {
          // The write goes first for the owner only; later writers base theirs on the revision they find.
          const json =
            r.name === 'write'
              ? {
                  ...r.json,
                  baseRevision: (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).json.steps.initiatief
                    .revision,
                }
              : undefined;
          matrix[who][r.name] = (await srv.call(r.method, r.path, { token, ...(json ? { json } : {}) })).status;
        }
      }
      expect(matrix).toEqual({
        owner: { read: 200, write: 200, owner: 200, audit: 200 },
        manager: { read: 200, write: 200, owner: 200, audit: 200 },
        reader: { read: 200, write: 403, owner: 403, audit: 403 },
        revoked: { read: 404, write: 404, owner: 404, audit: 404 },
        otherWorkspace: { read: 404, write: 404, owner: 404, audit: 404 },
      });
      // The reader reads as the owner's organisation, read-only.
      const me = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: reader.token })).json.me;
      expect(me).toMatchObject({ role: 'lezen', partnerName: 'Gemeente Utrecht', tekenbevoegd: false });
    });

    it('never shows one workspace’s dossiers to another', async () => {
      const a = await createWorkspace('Werkruimte A');
      const b = await createWorkspace('Werkruimte B');
      const da = await newDossier(a, 'Alleen van A');
      await newDossier(b, 'Alleen van B');
      for (const path of ['', '/portfolio', '/portfolio.csv', '/results']) {
        const res = await srv.call('GET', `/api/workspaces/${b.id}${path}`, { token: b.token });
        expect(res.status, path).toBe(200);
        expect(res.text, path).not.toContain('Alleen van A');
        expect(res.text, path).not.toContain(da.id);
      }
      // B cannot reach A's dossier by id, nor detach it, nor use it as a template.
      expect((await srv.call('GET', `/api/dossiers/${da.id}`, { token: b.token })).status).toBe(404);
      expect((await srv.call('DELETE', `/api/workspaces/${b.id}/dossiers/${da.id}`, { token: b.token })).status).toBe(404);
      const tpl = await srv.call('POST', `/api/workspaces/${b.id}/dossiers`, {
        token: b.token,
        json: { title: 'x', gemeente: 'y', template: da.id },
      });
      expect(tpl.status).toBe(400);
      expect(tpl.json.issues[0].path).toEqual(['template']);
    });

    it('the dossier’s partners see nothing of the workspace, and their links do not open it', async () => {
      const ws = await createWorkspace('Verborgen werkruimte');
      const d = await newDossier(ws, 'Met partners');
      await srv.call('PUT', `/api/dossiers/${d.id}/steps/initiatief`, {
        token: d.token,
        json: { data: completeInitiatief(), baseRevision: 1 },
      });
      const partner = await srv.call('POST', `/api/dossiers/${d.id}/invites`, {
        token: ws.token,
        json: { partner: 'p-school', role: 'bewerken', tekenbevoegd: true },
      });
      expect(partner.status).toBe(201);
      const seen = await srv.call('GET', `/api/dossiers/${d.id}`, { token: partner.json.token });
      expect(seen.status).toBe(200);
      expect(seen.text).not.toContain(ws.id);
      expect(seen.text).not.toContain('Verborgen werkruimte');
      expect((await srv.call('GET', `/api/workspaces/${ws.id}`, { token: partner.json.token })).status).toBe(404);
      expect((await srv.call('GET', `/api/workspaces/${ws.id}`, { token: d.token })).status).toBe(404);
    });
  });

  describe('attach and detach', () => {
    it('attaches an existing dossier by its owner link only; detached, it keeps working with its own links', async () => {
      const ws = await createWorkspace('Aanhaken');
      const own = await dossierWithPartners(srv);
      const partner = await srv.call('POST', `/api/dossiers/${own.id}/invites`, {
        token: own.token,
        json: { partner: 'p-jw', role: 'lezen', tekenbevoegd: false },
      });

      // A partner's link, another dossier's owner token, garbage: refused alike.
      const other = await srv.createDossier('Iets anders');
      for (const link of [`/d/${own.id}#${partner.json.token}`, `/d/${own.id}#${other.token}`, 'https://example.org/niets']) {
        const res = await srv.call('POST', `/api/workspaces/${ws.id}/attach`, { token: ws.token, json: { link } });
        expect(res.status, link).toBe(400);
        expect(res.json.issues[0].path).toEqual(['link']);
      }
      expect((await srv.call('GET', `/api/dossiers/${own.id}`, { token: ws.token })).status).toBe(404);

      const attached = await srv.call('POST', `/api/workspaces/${ws.id}/attach`, {
        token: ws.token,
        json: { link: `http://localhost:3000/d/${own.id}/overzicht#${own.token}` },
      });
      expect(attached.status, attached.text).toBe(201);
      expect(attached.json.id).toBe(own.id);
      expect(
        (
          await srv.call('POST', `/api/workspaces/${ws.id}/attach`, {
            token: ws.token,
            json: { link: `/d/${own.id}#${own.token}` },
          })
        ).status,
      ).toBe(409);
      expect((await srv.call('GET', `/api/dossiers/${own.id}`, { token: ws.token })).status).toBe(200);
      expect(
        (await srv.call('GET', `/api/workspaces/${ws.id}`, { token: ws.token })).json.dossiers.map((d: { id: string }) => d.id),
      ).toEqual([own.id]);

      const detach = await srv.call('DELETE', `/api/workspaces/${ws.id}/dossiers/${own.id}`, { token: ws.token });
      expect(detach.status).toBe(204);
      expect((await srv.call('GET', `/api/dossiers/${own.id}`, { token: ws.token })).status).toBe(404);
      expect((await srv.call('GET', `/api/dossiers/${own.id}`, { token: own.token })).status).toBe(200);
      expect((await srv.call('GET', `/api/dossiers/${own.id}`, { token: partner.json.token })).status).toBe(200);
      expect((await wsAudit(ws.id)).map((e) => `${e.action}:${e.result}`)).toEqual([
        'workspace.create:ok',
        'dossier.attach:refused',
        'dossier.attach:refused',
        'dossier.attach:ok',
        'dossier.detach:ok',
      ]);
      const dossierLog = await srv.db.query<{ action: string }>(
        'SELECT action FROM audit_log WHERE dossier_id = $1 AND action LIKE $2 ORDER BY id',
        [own.id, 'workspace.%'],
      );
      expect(dossierLog.map((r) => r.action)).toEqual(['workspace.attach', 'workspace.detach']);
    });

    it('a dossier made in a workspace has its own owner link that keeps working after detaching', async () => {
      const ws = await createWorkspace('Eigen link');
      const d = await newDossier(ws, 'Eigen eigenaarslink');
      expect(d.link).toBe(`/d/${d.id}#${d.token}`);
      await srv.call('DELETE', `/api/workspaces/${ws.id}/dossiers/${d.id}`, { token: ws.token });
      const res = await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token });
      expect(res.status).toBe(200);
      expect(res.json.me.kind).toBe('owner');
    });
  });

  it('starts a dossier from a template: step 1, the contacts, the vision and the signal agreements; no baseline, no akkoord', async () => {
    const ws = await createWorkspace('Sjablonen');
    const source = await newDossier(ws, 'Voorbeeld');
    const put = (stepId: string, data: unknown, baseRevision: number) =>
      srv.call('PUT', `/api/dossiers/${source.id}/steps/${stepId}`, { token: source.token, json: { data, baseRevision } });
    expect((await put('initiatief', completeInitiatief(), 1)).status).toBe(200);
    expect((await put('visie', { vision: 'Samen zorgen dat jongeren gezien worden.', factors: { scores: {} } }, 0)).status).toBe(
      200,
    );
    expect((await put('signalen', { schoolReceiver: 'Zorgcoördinator' }, 0)).status).toBe(200);
    expect(
      (await put('financiering', { sources: [{ id: 'f1', name: 'Subsidie', from: '2026-01-01', to: '2027-12-31' }] }, 0)).status,
    ).toBe(200);
    expect((await srv.call('PUT', `/api/dossiers/${source.id}/steps/initiatief/approval`, { token: source.token })).status).toBe(
      200,
    );

    const copy = await newDossier(ws, 'Tweede school', { template: source.id });
    const d = (await srv.call('GET', `/api/dossiers/${copy.id}`, { token: ws.token })).json;
    expect(d.partners.map((p: { id: string }) => p.id)).toEqual(['p-gemeente', 'p-school', 'p-jw']);
    expect(d.steps.visie.data).toEqual({ vision: 'Samen zorgen dat jongeren gezien worden.' });
    expect(d.steps.signalen.data).toEqual({ schoolReceiver: 'Zorgcoördinator' });
    expect(d.steps.financiering.data).toEqual({});
    expect(d.steps.initiatief.status).toBe('bezig');
    expect(d.steps.initiatief.approvals).toEqual([]);
    expect(d.lifecycle.state ?? d.lifecycle).toBe('concept');
    expect(d.me).toMatchObject({ kind: 'owner', partnerId: 'p-gemeente' });
  });

  it('exports a workspace for the AVG and erases it; its dossiers stay with their own links', async () => {
    const ws = await createWorkspace('Te verwijderen');
    const reader = await invite(ws, 'lezen');
    const d = await newDossier(ws, 'Blijft bestaan');
    const zip = await fetch(`${srv.url}/api/workspaces/${ws.id}/export.zip`, {
      headers: { authorization: `Bearer ${ws.token}` },
    });
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['LEESMIJ.txt', 'logboek.csv', 'werkruimte.json']);
    const json = strFromU8(files['werkruimte.json']!);
    expect(JSON.parse(json).tables.workspace_dossiers[0].dossier_ref).toBe(d.id);
    expect(json).not.toContain('token_hash');
    // The workspace's log reads like a dossier's: Dutch phrases, no codes.
    const log = strFromU8(files['logboek.csv']!);
    expect(log).toContain('Werkruimte gedownload als export');
    expect(log).not.toContain('workspace.export');
    expect((await srv.call('GET', `/api/workspaces/${ws.id}/export.zip`, { token: reader.token })).status).toBe(403);

    expect(
      (await srv.call('DELETE', `/api/workspaces/${ws.id}`, { token: ws.token, json: { confirmTitle: 'verkeerd' } })).status,
    ).toBe(400);
    const del = await srv.call('DELETE', `/api/workspaces/${ws.id}`, {
      token: ws.token,
      json: { confirmTitle: 'Te verwijderen' },
    });
    expect(del.status).toBe(200);
    const after = await srv.call('GET', `/api/workspaces/${ws.id}`, { token: ws.token });
    expect(after.status).toBe(410);
    expect(after.json.reason).toBe('verwijderd door eigenaar');
    expect(await srv.db.query('SELECT * FROM workspace_audit WHERE workspace_id = $1', [ws.id])).toEqual([]);
    expect(await srv.db.query('SELECT * FROM workspace_links WHERE workspace_id = $1', [ws.id])).toEqual([]);
    expect((await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).status).toBe(200);
    expect((await srv.call('GET', `/api/dossiers/${d.id}`, { token: ws.token })).status).toBe(404);
  });

  it('erasing a dossier takes it out of its workspace', async () => {
    const ws = await createWorkspace('Dossier weg');
    const d = await newDossier(ws, 'Wordt gewist');
    expect(
      (await srv.call('DELETE', `/api/dossiers/${d.id}`, { token: ws.token, json: { confirmTitle: 'Wordt gewist' } })).status,
    ).toBe(200);
    expect((await srv.call('GET', `/api/workspaces/${ws.id}`, { token: ws.token })).json.dossiers).toEqual([]);
  });

  it('a dossier’s export carries nothing of the workspace', async () => {
    const ws = await createWorkspace('Niet in de export');
    const d = await newDossier(ws, 'Export');
    const zip = await fetch(`${srv.url}/api/dossiers/${d.id}/export.zip`, { headers: { authorization: `Bearer ${d.token}` } });
    const json = strFromU8(unzipSync(new Uint8Array(await zip.arrayBuffer()))['dossier.json']!);
    expect(json).not.toContain(ws.id);
    expect(JSON.parse(json).tables).not.toHaveProperty('workspace_dossiers');
  });
});
