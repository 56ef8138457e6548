import { describe, expect, it } from 'vitest';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { dossierWithPartners } from './fixtures';
import { formatNl } from '#src/i18n/nl/format';

describe.each(DB_KINDS)('step history and audit export on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  /** A dossier with the fixture's partners, an editing link for a named person at the school and a read-only link. */
  async function dossier() {
    const { id, token } = await dossierWithPartners(srv);
    const invite = async (json: object) =>
      (await srv.call('POST', `/api/dossiers/${id}/invites`, { token, json })).json.token as string;
    const school = await invite({ partner: 'p-school', role: 'bewerken', tekenbevoegd: false, name: 'Sanne de Wit' });
    const reader = await invite({ partner: 'p-jw', role: 'lezen', tekenbevoegd: false });
    return { id, owner: token, school, reader };
  }
  const history = (id: string, token: string, stepId: string, query = '') =>
    srv.call('GET', `/api/dossiers/${id}/steps/${stepId}/history${query}`, { token });
  const put = (id: string, token: string, stepId: string, data: object, baseRevision: number) =>
    srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, { token, json: { data, baseRevision } });

  it('lists revisions newest first with who saved them and the field changes against the revision before', async () => {
    const { id, owner, school, reader } = await dossier();
    expect((await put(id, owner, 'visie', { vision: 'Samen' }, 0)).status).toBe(200);
    expect((await put(id, school, 'visie', { vision: 'Samen sterk' }, 1)).status).toBe(200);
    const res = await history(id, reader, 'visie');
    expect(res.status).toBe(200);
    expect(res.json.next).toBeNull();
    expect(res.json.revisions).toEqual([
      {
        revision: 2,
        at: expect.any(String),
        actor: {
          kind: 'invite',
          partnerId: 'p-school',
          partnerName: 'Het Stedelijk Lyceum',
          person: 'Sanne de Wit',
          inviteId: expect.any(String),
        },
        changes: [{ path: ['vision'], rows: [null], before: 'Samen', after: 'Samen sterk' }],
      },
      {
        revision: 1,
        at: expect.any(String),
        actor: { kind: 'owner', partnerId: 'p-gemeente', partnerName: 'Gemeente Utrecht', person: null, inviteId: null },
        changes: [{ path: ['vision'], rows: [null], after: 'Samen' }],
      },
    ]);
    expect(Date.parse(res.json.revisions[0].at)).toBeGreaterThanOrEqual(Date.parse(res.json.revisions[1].at));
  });

  it('names rows in list changes and records the dossier’s creation as revision 1 of step 1', async () => {
    const { id, owner } = await dossier();
    const res = await history(id, owner, 'initiatief');
    const [second, first] = res.json.revisions;
    expect(first.revision).toBe(1);
    expect(first.actor).toMatchObject({ kind: 'owner', partnerName: 'Gemeente Utrecht' });
    // Step 1 was seeded with a gemeente row of its own id; the fixture replaced it with three partners.
    const school = second.changes.find((ch: { path: string[] }) => ch.path.join('.') === 'partners.p-school');
    expect(school).toMatchObject({ rows: [null, 'rij 2: Het Stedelijk Lyceum'], after: { name: 'Het Stedelijk Lyceum' } });
  });

  it('shows revisions saved before authors were recorded with actor null', async () => {
    const { id, owner } = await dossier();
    expect((await put(id, owner, 'visie', { vision: 'Oud' }, 0)).status).toBe(200);
    await srv.db.query(
      `UPDATE step_revisions SET actor_kind = NULL, partner_id = NULL, partner_name = NULL WHERE dossier_id = $1 AND step_id = 'visie'`,
      [id],
    );
    expect((await history(id, owner, 'visie')).json.revisions[0].actor).toBeNull();
  });

  it('pages with limit and before, each page diffed against the revision before it', async () => {
    const { id, owner } = await dossier();
    for (let r = 0; r < 5; r++) expect((await put(id, owner, 'visie', { vision: `v${r + 1}` }, r)).status).toBe(200);
    const first = await history(id, owner, 'visie', '?limit=2');
    expect(first.json.revisions.map((r: { revision: number }) => r.revision)).toEqual([5, 4]);
    expect(first.json.next).toBe(4);
    const second = await history(id, owner, 'visie', `?limit=2&before=${first.json.next}`);
    expect(second.json.revisions.map((r: { revision: number }) => r.revision)).toEqual([3, 2]);
    expect(second.json.revisions[1].changes).toEqual([{ path: ['vision'], rows: [null], before: 'v1', after: 'v2' }]);
    const last = await history(id, owner, 'visie', `?limit=2&before=${second.json.next}`);
    expect(last.json).toMatchObject({ revisions: [{ revision: 1 }], next: null });
    for (const bad of ['?limit=0', '?limit=101', '?limit=abc', '?before=-1'])
      expect((await history(id, owner, 'visie', bad)).status).toBe(400);
    expect((await history(id, owner, 'stap-99')).status).toBe(404);
  });

  it('cuts very long values', async () => {
    const { id, owner } = await dossier();
    expect((await put(id, owner, 'visie', { vision: 'x'.repeat(3000) }, 0)).status).toBe(200);
    const after = (await history(id, owner, 'visie')).json.revisions[0].changes[0].after as string;
    expect(after.length).toBe(400);
    expect(after.endsWith('…')).toBe(true);
  });

  it('refuses unknown and other dossiers’ tokens', async () => {
    const a = await dossier();
    const b = await dossier();
    expect((await history(a.id, b.owner, 'visie')).status).toBe(404);
    expect((await srv.call('GET', `/api/dossiers/${a.id}/steps/visie/history`)).status).toBe(401);
  });

  describe('audit log export', () => {
    it('gives the owner a UTF-8 CSV with BOM, ; separated, naming organisation and person; others get 403', async () => {
      const { id, owner, school, reader } = await dossier();
      expect((await put(id, school, 'visie', { vision: '=HYPERLINK("http://evil")' }, 0)).status).toBe(200);
      expect((await put(id, reader, 'visie', { vision: 'nee' }, 1)).status).toBe(403);
      expect((await srv.call('GET', `/api/dossiers/${id}/audit.csv`, { token: school })).status).toBe(403);
      expect((await srv.call('GET', `/api/dossiers/${id}/audit.csv`, { token: reader })).status).toBe(403);

      const res = await srv.call('GET', `/api/dossiers/${id}/audit.csv`, { token: owner });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="auditlog-${id}.csv"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(
        await (
          await fetch(`${srv.url}/api/dossiers/${id}/audit.csv`, { headers: { authorization: `Bearer ${owner}` } })
        ).arrayBuffer(),
      );
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe('Nr;Tijdstip;Handeling;Waarover;Resultaat;Wie;Toelichting');
      const cells = lines.slice(1).map((l) => l.split(';'));
      const actions = cells.map((c) => c[2]);
      expect(actions[0]).toBe('Dossier aangemaakt');
      expect(actions).toContain('Uitnodigingslink gemaakt');
      expect(actions.at(-1)).toBe('Logboek gedownload');
      const schoolSave = cells.find(
        (c) => c[2] === 'Stap opgeslagen' && c[3] === 'Stap 4: Stel een gezamenlijke visie op' && c[4] === 'Gelukt',
      )!;
      expect(schoolSave[5]).toBe('Sanne de Wit, Het Stedelijk Lyceum (via een uitnodigingslink)');
      // The refused write by the read-only link is not recorded as a save; every row names an organisation.
      for (const c of cells) expect(c[5]).toMatch(/Gemeente Utrecht|Het Stedelijk Lyceum|JoU Jongerenwerk/);
      // Dutch time with its zone, never UTC; no action codes, object paths or ids anywhere.
      for (const c of cells) expect(c[1]).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d \((CET|CEST)\)$/);
      // The export's own row: now, in Dutch time.
      const around = [-60_000, 0, 60_000].map((ms) => formatNl.stamp(new Date(Date.now() + ms).toISOString()));
      expect(around).toContain(cells.at(-1)![1]);
      expect(res.text).not.toMatch(/UTC|\d{4}-\d\d-\d\dT|step\.|invite\.|audit\.|dossier:|\(link /);
      expect(res.text).not.toContain(id);
      // The export's own row shows the export was made by the owner.
      expect(cells.at(-1)![5]).toBe('Gemeente Utrecht (eigenaar)');
      // Nothing typed into a step reaches the audit log, so nothing there can start a formula.
      expect(res.text).not.toContain('HYPERLINK');
      expect(res.text).not.toContain(owner);
    });

    it('neutralises a formula in an organisation name', async () => {
      const { id, token } = await srv.createDossier('Titel', '=cmd|calc');
      const res = await srv.call('GET', `/api/dossiers/${id}/audit.csv`, { token });
      expect(res.text).toContain(";'=cmd|calc (eigenaar)");
      expect(res.text).not.toMatch(/;=cmd/);
    });
  });
});
