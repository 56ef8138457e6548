import { describe, expect, it } from 'vitest';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { completeInitiatief } from './fixtures';

describe.each(DB_KINDS)('akkoord per step on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  /** A dossier with the three partners of the fixture and an editing link for the school. */
  async function dossier() {
    const { id, token } = await srv.createDossier();
    expect(
      (
        await srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
          token,
          json: { data: completeInitiatief(), baseRevision: 1 },
        })
      ).status,
    ).toBe(200);
    const school = await srv.call('POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: 'p-school', role: 'bewerken', tekenbevoegd: false, name: 'Sanne de Wit' },
    });
    return { id, owner: token, school: school.json.token as string };
  }
  const approve = (id: string, token: string, stepId: string, json?: unknown) =>
    srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}/approval`, { token, json });
  const get = async (id: string, token: string) => (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;

  it('records akkoord for the caller’s partner on the current revision; the owner acts for the gemeente', async () => {
    const { id, owner, school } = await dossier();
    const bySchool = await approve(id, school, 'visie');
    expect(bySchool.status).toBe(200);
    expect(bySchool.json).toEqual({
      revision: 0,
      approvals: [{ partnerId: 'p-school', revision: 0, at: expect.any(String), name: 'Sanne de Wit' }],
    });
    const byOwner = await approve(id, owner, 'visie');
    expect(byOwner.json.approvals.map((a: { partnerId: string }) => a.partnerId).sort()).toEqual(['p-gemeente', 'p-school']);
    // Giving it twice is the same as once.
    expect((await approve(id, owner, 'visie')).json.approvals).toHaveLength(2);
    const seen = await get(id, school);
    expect(seen.steps.visie.approvals).toHaveLength(2);
    expect(seen.steps.initiatief.approvals).toEqual([]);
  });

  it('resets the marks when the step’s content changes, and refuses akkoord on a revision the caller did not see', async () => {
    const { id, owner, school } = await dossier();
    const initial = (await get(id, owner)).steps.initiatief.revision;
    expect((await approve(id, school, 'initiatief', { revision: initial })).status).toBe(200);
    const save = await srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
      token: owner,
      json: { data: { ...completeInitiatief(), occasionExplanation: 'Aangepast door de gemeente.' }, baseRevision: initial },
    });
    expect(save.status).toBe(200);
    expect((await get(id, owner)).steps.initiatief.approvals).toEqual([]);
    const stale = await approve(id, school, 'initiatief', { revision: initial });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ error: expect.stringMatching(/intussen gewijzigd/), revision: save.json.revision });
    expect((await approve(id, school, 'initiatief', { revision: save.json.revision })).json.approvals).toHaveLength(1);
  });

  it('withdraws only the caller’s own akkoord', async () => {
    const { id, owner, school } = await dossier();
    await approve(id, owner, 'signalen');
    await approve(id, school, 'signalen');
    const res = await srv.call('DELETE', `/api/dossiers/${id}/steps/signalen/approval`, { token: school });
    expect(res.status).toBe(200);
    expect(res.json.approvals.map((a: { partnerId: string }) => a.partnerId)).toEqual(['p-gemeente']);
  });

  it('refuses unknown steps, bad bodies and links whose organisation left step 1', async () => {
    const { id, owner, school } = await dossier();
    expect((await approve(id, school, 'bestaatniet')).status).toBe(404);
    expect((await approve(id, school, 'visie', { revision: -1 })).status).toBe(400);
    expect((await approve(id, school, 'visie', { revision: 0, extra: true })).status).toBe(400);
    const without = completeInitiatief();
    without.partners = without.partners.filter((p) => p.id !== 'p-school');
    const rev = (await get(id, owner)).steps.initiatief.revision;
    expect(
      (
        await srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
          token: owner,
          json: { data: without, baseRevision: rev },
        })
      ).status,
    ).toBe(200);
    const gone = await approve(id, school, 'visie');
    expect(gone.status).toBe(409);
    expect(gone.json.error).toMatch(/stap 1/);
  });

  it('writes each akkoord to the audit log with who gave it', async () => {
    const { id, school } = await dossier();
    await approve(id, school, 'visie');
    const rows = await srv.db.query<{ action: string; object: string; actor: string; detail: string }>(
      `SELECT action, object, actor, detail FROM audit_log WHERE dossier_id = $1 AND action = 'step.approve'`,
      [id],
    );
    expect(rows).toEqual([
      {
        action: 'step.approve',
        object: `dossier:${id}/step:visie/partner:p-school`,
        actor: expect.stringMatching(/^Sanne de Wit, Het Stedelijk Lyceum \(link /),
        detail: 'revision 0',
      },
    ]);
  });
});
