import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { DB_KINDS, dumpAllTables, useTestServer, type TestServer } from '#tests/utils/test-server';
import { completeInitiatief } from './fixtures';

describe.each(DB_KINDS)('dossier API on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const put = (id: string, token: string, body: unknown, stepId = 'initiatief') =>
    srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, { token, json: body });
  const get = (id: string, token: string) => srv.call('GET', `/api/dossiers/${id}`, { token });

  it('reports health and the database kind', async () => {
    const res = await srv.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', database: kind });
  });

  describe('create', () => {
    it('returns 201 with id, a ≥128-bit base64url token and a fragment link', async () => {
      const res = await srv.call('POST', '/api/dossiers', { json: { title: 'Samen in Zuid', gemeente: 'Gemeente Zwolle' } });
      expect(res.status).toBe(201);
      const { id, token, link } = res.json;
      expect(Object.keys(res.json).sort()).toEqual(['id', 'link', 'token']);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(link).toBe(`/d/${id}#${token}`);
    });

    it('stores only the SHA-256 of the token, nowhere the token itself', async () => {
      const { id, token } = await srv.createDossier();
      await put(id, token, { data: { occasionExplanation: 'iets' }, baseRevision: 1 });
      const dump = await dumpAllTables(srv.db);
      expect(dump).toContain(id);
      expect(dump).not.toContain(token);
      const [row] = await srv.db.query<{ token_hash: string }>('SELECT token_hash FROM dossiers WHERE id = $1', [id]);
      expect(row!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    });

    it('gives every dossier its own id and token', async () => {
      const a = await srv.createDossier();
      const b = await srv.createDossier();
      expect(a.id).not.toBe(b.id);
      expect(a.token).not.toBe(b.token);
    });
  });

  describe('read', () => {
    it('returns the dossier with the gemeente as first partner and every step', async () => {
      const { id, token } = await srv.createDossier('Titel', 'Gemeente Deventer');
      const res = await get(id, token);
      expect(res.status).toBe(200);
      const d = res.json;
      expect(d).toMatchObject({ id, title: 'Titel', gemeente: 'Gemeente Deventer' });
      expect(new Date(d.createdAt).toISOString()).toBe(d.createdAt);
      expect(d.partners).toEqual([{ id: expect.any(String), kind: 'gemeente', name: 'Gemeente Deventer' }]);
      expect(Object.keys(d.steps).sort()).toEqual([...STEP_IDS].sort());
      expect(d.steps.initiatief).toMatchObject({ revision: 1, status: 'bezig', data: { partners: d.partners } });
      expect(d.steps.initiatief.updatedAt).toEqual(expect.any(String));
      for (const stepId of STEP_IDS.filter((s) => s !== 'initiatief')) {
        expect(d.steps[stepId]).toEqual({ data: {}, revision: 0, status: 'leeg', updatedAt: null, approvals: [] });
      }
      // The creator's link is the owner, acting for the gemeente step 1 was seeded with; it does not sign.
      expect(d.me).toEqual({
        kind: 'owner',
        inviteId: null,
        partnerId: d.partners[0].id,
        partnerName: 'Gemeente Deventer',
        role: 'bewerken',
        tekenbevoegd: false,
        name: null,
      });
    });
  });

  describe('update', () => {
    it('stores the data, increments the revision and keeps every revision', async () => {
      const { id, token } = await srv.createDossier();
      const partners = (await get(id, token)).json.partners;
      const r2 = await put(id, token, { data: { partners, occasionExplanation: 'Eerste versie' }, baseRevision: 1 });
      expect(r2.status).toBe(200);
      expect(r2.json).toEqual({
        revision: 2,
        status: 'bezig',
        updatedAt: expect.any(String),
        data: { partners, occasionExplanation: 'Eerste versie' },
      });
      const r3 = await put(id, token, { data: { partners, occasionExplanation: 'Tweede versie' }, baseRevision: 2 });
      expect(r3.json.revision).toBe(3);
      const d = (await get(id, token)).json;
      expect(d.steps.initiatief).toEqual({ ...r3.json, approvals: [] });
      const history = await srv.db.query<{ revision: number; data: { occasionExplanation?: string } }>(
        'SELECT revision, data FROM step_revisions WHERE dossier_id = $1 AND step_id = $2 ORDER BY revision',
        [id, 'initiatief'],
      );
      expect(history.map((h) => h.revision)).toEqual([1, 2, 3]);
      expect(history.map((h) => h.data.occasionExplanation)).toEqual([undefined, 'Eerste versie', 'Tweede versie']);
    });

    it('saves a step that had no row yet, starting from revision 0', async () => {
      const other = STEPS.find((s) => s.id !== 'initiatief');
      if (!other) return; // only step 1 registered so far
      const { id, token } = await srv.createDossier();
      const res = await put(id, token, { data: {}, baseRevision: 0 }, other.id);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ revision: 1, status: 'leeg' });
    });

    it('drops keys the step does not know', async () => {
      const { id, token } = await srv.createDossier();
      const res = await put(id, token, { data: { occasionExplanation: 'x', unknownKey: 'weg' }, baseRevision: 1 });
      expect(res.status).toBe(200);
      expect(res.json.data).toEqual({ occasionExplanation: 'x' });
    });
  });

  describe('stale revisions', () => {
    it('merges disjoint field changes into a new revision', async () => {
      const { id, token } = await srv.createDossier();
      const base = (await get(id, token)).json.steps.initiatief.data;
      const a = await put(id, token, { data: { ...base, occasionExplanation: 'Van A' }, baseRevision: 1 });
      expect(a.json.revision).toBe(2);
      const b = await put(id, token, { data: { ...base, initiator: 'school' }, baseRevision: 1 });
      expect(b.status).toBe(200);
      expect(b.json.revision).toBe(3);
      expect(b.json.data).toEqual({ ...base, occasionExplanation: 'Van A', initiator: 'school' });
      expect((await get(id, token)).json.steps.initiatief.data).toEqual(b.json.data);
    });

    it('refuses overlapping changes with 409, the current state and the conflicting fields', async () => {
      const { id, token } = await srv.createDossier();
      const base = (await get(id, token)).json.steps.initiatief.data;
      const a = await put(id, token, { data: { ...base, occasionExplanation: 'Van A', initiator: 'gemeente' }, baseRevision: 1 });
      const b = await put(id, token, { data: { ...base, occasionExplanation: 'Van B', initiator: 'gemeente' }, baseRevision: 1 });
      expect(b.status).toBe(409);
      expect(b.json).toEqual({
        error: expect.stringMatching(/gewijzigd/),
        current: { data: a.json.data, revision: 2, status: 'bezig', updatedAt: a.json.updatedAt },
        conflictingFields: ['occasionExplanation'],
        conflicts: [{ path: ['occasionExplanation'], mine: 'Van B', theirs: 'Van A' }],
      });
      // Nothing was written.
      expect((await get(id, token)).json.steps.initiatief.revision).toBe(2);
    });

    it('merges concurrent edits to different rows and fields of one list', async () => {
      const { id, token } = await srv.createDossier();
      const base = (await get(id, token)).json.steps.initiatief.data;
      const gemeente = base.partners[0];
      const school = { id: 'school-1', kind: 'school', name: 'Het College', schoolType: 'vo' };
      const start = await put(id, token, { data: { ...base, partners: [gemeente, school] }, baseRevision: 1 });
      // Two partners start from revision 2: one renames the school, the other adds youth work.
      const a = await put(id, token, {
        data: { ...start.json.data, partners: [gemeente, { ...school, name: 'Het Stedelijk College' }] },
        baseRevision: 2,
      });
      const youth = { id: 'jw-1', kind: 'jongerenwerk', name: 'Jongerenwerk Oost' };
      const b = await put(id, token, { data: { ...start.json.data, partners: [gemeente, school, youth] }, baseRevision: 2 });
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(b.json.data.partners.map((p: { name: string }) => p.name)).toEqual([
        gemeente.name,
        'Het Stedelijk College',
        'Jongerenwerk Oost',
      ]);
    });

    it('accepts an overlapping change with the identical value', async () => {
      const { id, token } = await srv.createDossier();
      const base = (await get(id, token)).json.steps.initiatief.data;
      await put(id, token, { data: { ...base, occasionExplanation: 'Zelfde' }, baseRevision: 1 });
      const b = await put(id, token, { data: { ...base, occasionExplanation: 'Zelfde', initiator: 'school' }, baseRevision: 1 });
      expect(b.status).toBe(200);
      expect(b.json.data).toMatchObject({ occasionExplanation: 'Zelfde', initiator: 'school' });
    });

    it('refuses a base revision from the future with 409', async () => {
      const { id, token } = await srv.createDossier();
      const res = await put(id, token, { data: { occasionExplanation: 'x' }, baseRevision: 5 });
      expect(res.status).toBe(409);
      expect(res.json.current.revision).toBe(1);
      expect(res.json.conflictingFields).toEqual([]);
    });

    it('serialises concurrent saves: every one lands on its own revision', async () => {
      const { id, token } = await srv.createDossier();
      const base = (await get(id, token)).json.steps.initiatief.data;
      const edits: Record<string, unknown>[] = [
        { initiator: 'school' },
        { occasions: ['online'] },
        { occasionOther: 'Iets anders' },
        { occasionExplanation: 'Uitleg' },
        { collaborationType: 'wijkgericht' },
        { intendedStart: '2027-01-15' },
      ];
      const results = await Promise.all(edits.map((e) => put(id, token, { data: { ...base, ...e }, baseRevision: 1 })));
      expect(results.map((r) => r.status)).toEqual(edits.map(() => 200));
      expect(results.map((r) => r.json.revision).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7]);
      const final = (await get(id, token)).json.steps.initiatief;
      expect(final.revision).toBe(7);
      expect(final.data).toEqual(Object.assign({ ...base }, ...edits));
    });
  });

  describe('status and completion', () => {
    it('is leeg when nothing meaningful is filled in, bezig otherwise', async () => {
      const { id, token } = await srv.createDossier();
      const empty = await put(id, token, {
        data: { occasionExplanation: '   ', occasions: [], partners: [{ id: 'r1', kind: '', name: '' }] },
        baseRevision: 1,
      });
      expect(empty.json.status).toBe('leeg');
      const busy = await put(id, token, { data: { occasionExplanation: 'Iets' }, baseRevision: 2 });
      expect(busy.json.status).toBe('bezig');
    });

    it('refuses complete:true with incomplete data: 400 with the field paths', async () => {
      const { id, token } = await srv.createDossier();
      const data = { ...completeInitiatief(), initiator: '', partners: completeInitiatief().partners.slice(0, 2) };
      const res = await put(id, token, { data, baseRevision: 1, complete: true });
      expect(res.status).toBe(400);
      expect(res.json.error).toBe('De gegevens kloppen niet.');
      const paths = res.json.issues.map((i: { path: unknown[] }) => i.path.join('.'));
      expect(paths).toContain('initiator');
      expect(paths).toContain('partners');
      for (const issue of res.json.issues) expect(issue.message).toEqual(expect.any(String));
      expect((await get(id, token)).json.steps.initiatief.revision).toBe(1);
    });

    it('marks a valid complete:true save afgerond, and keeps it afgerond while it stays valid', async () => {
      const { id, token } = await srv.createDossier();
      const data = completeInitiatief();
      const done = await put(id, token, { data, baseRevision: 1, complete: true });
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({ revision: 2, status: 'afgerond', data });
      const edit = await put(id, token, { data: { ...data, occasionExplanation: 'Aangescherpt' }, baseRevision: 2 });
      expect(edit.json.status).toBe('afgerond');
      const broken = await put(id, token, { data: { ...data, initiator: '' }, baseRevision: 3 });
      expect(broken.json.status).toBe('bezig');
      const d = (await get(id, token)).json;
      expect(d.steps.initiatief.status).toBe('bezig');
      expect(d.partners.map((p: { kind: string }) => p.kind)).toEqual(['gemeente', 'school', 'jongerenwerk']);
    });

    it('writes an audit entry for create, update and complete', async () => {
      const { id, token } = await srv.createDossier();
      await put(id, token, { data: { occasionExplanation: 'x' }, baseRevision: 1 });
      await put(id, token, { data: completeInitiatief(), baseRevision: 2, complete: true });
      await put(id, token, { data: { occasionExplanation: 'conflict' }, baseRevision: 1 });
      const rows = await srv.db.query<{ action: string; object: string; result: string; actor: string }>(
        'SELECT action, object, result, actor FROM audit_log WHERE dossier_id = $1 ORDER BY id',
        [id],
      );
      expect(rows.map((r) => [r.action, r.result])).toEqual([
        ['dossier.create', 'ok'],
        ['step.update', 'ok'],
        ['step.complete', 'ok'],
        ['step.update', 'conflict'],
      ]);
      expect(rows[1]!.object).toBe(`dossier:${id}/step:initiatief`);
      expect(new Set(rows.map((r) => r.actor)).size).toBe(1);
      // Who acted, by organisation; never (part of) a token or its hash.
      expect(rows[0]!.actor).toBe('Gemeente Utrecht (eigenaar)');
      await expect(srv.db.query(`UPDATE audit_log SET result = 'x' WHERE dossier_id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(srv.db.query(`DELETE FROM audit_log WHERE dossier_id = $1`, [id])).rejects.toThrow(/append-only/);
    });
  });

  describe('OpenAPI', () => {
    it('describes every route, the bearer scheme and every step schema', async () => {
      const res = await srv.call('GET', '/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const doc = JSON.parse(res.text);
      expect(doc.openapi).toMatch(/^3\.1\./);
      expect(Object.keys(doc.paths).sort()).toEqual(
        [
          '/api/dossiers',
          '/api/dossiers/{id}',
          '/api/dossiers/{id}/steps/{stepId}',
          '/api/dossiers/{id}/steps/{stepId}/approval',
          '/api/dossiers/{id}/steps/{stepId}/history',
          '/api/dossiers/{id}/audit.csv',
          '/api/dossiers/{id}/invites',
          '/api/dossiers/{id}/invites/{inviteId}',
          '/api/dossiers/{id}/events',
          '/api/dossiers/{id}/presence',
          '/api/health',
          '/api/openapi.json',
          '/api/dossiers/{id}/agreement.pdf',
          '/api/dossiers/{id}/versions/{n}/agreement.pdf',
          '/api/verify',
          '/api/dossiers/{id}/rounds',
          '/api/dossiers/{id}/rounds/{roundId}',
          '/api/dossiers/{id}/rounds/{roundId}/open',
          '/api/dossiers/{id}/rounds/{roundId}/close',
          '/api/dossiers/{id}/rounds/{roundId}/answers/me',
          '/api/dossiers/{id}/rounds/{roundId}/paper',
          '/api/dossiers/{id}/rounds/{roundId}/paper/{entryId}',
          '/api/dossiers/{id}/rounds/{roundId}/results',
          '/api/dossiers/{id}/rounds/{roundId}/report.pdf',
          '/api/dossiers/{id}/rounds/{roundId}/students',
          '/api/dossiers/{id}/trends',
          '/api/peiling',
          '/api/dossiers/{id}/actions',
          '/api/dossiers/{id}/actions/{actionId}/progress',
          '/api/dossiers/{id}/proposed-actions',
          '/api/dossiers/{id}/proposed-actions/{actionId}',
          '/api/dossiers/{id}/rounds/{roundId}/actions',
          '/api/dossiers/{id}/knowledge-activities',
          '/api/dossiers/{id}/knowledge-activities/{activityId}',
          '/api/dossiers/{id}/calendar-feed',
          '/api/agenda/{file}',
          '/api/dossiers/{id}/key-dates/{uid}',
          '/api/dossiers/{id}/follow-up',
          '/api/dossiers/{id}/versions',
          '/api/dossiers/{id}/versions/{n}',
          '/api/dossiers/{id}/versions/{n}/signatures',
          '/api/dossiers/{id}/lifecycle',
          '/api/dossiers/{id}/export.zip',
          '/api/import',
          '/api/examples',
          '/api/workspaces',
          '/api/workspaces/{id}',
          '/api/workspaces/{id}/invites',
          '/api/workspaces/{id}/invites/{inviteId}',
          '/api/workspaces/{id}/dossiers',
          '/api/workspaces/{id}/dossiers/{dossierId}',
          '/api/workspaces/{id}/attach',
          '/api/workspaces/{id}/portfolio',
          '/api/workspaces/{id}/portfolio.csv',
          '/api/workspaces/{id}/results',
          '/api/workspaces/{id}/calendar-feed',
          '/api/workspaces/{id}/export.zip',
          '/api/werkruimte-agenda/{file}',
        ].sort(),
      );
      expect(doc.paths['/api/dossiers'].post.requestBody.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/CreateDossierBody',
      });
      expect(doc.paths['/api/dossiers/{id}/steps/{stepId}'].put.responses).toHaveProperty('409');
      expect(doc.components.securitySchemes.dossierToken).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(doc.components.schemas.CreateDossierBody.required).toEqual(['title', 'gemeente']);
      for (const step of STEPS) {
        expect(doc.components.schemas[`StepDraft_${step.id}`].type).toBe('object');
        expect(doc.components.schemas[`StepComplete_${step.id}`].type).toBe('object');
      }
      // Every $ref resolves.
      for (const [, name] of res.text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        expect(doc.components.schemas).toHaveProperty(name!);
      }
    });
  });
});
