import { describe, expect, it } from 'vitest';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { openEvents } from '#tests/utils/sse';
import { draftDossier, invite, ok, signAll, type SignedDossier } from './rounds-fixtures';

describe.each(DB_KINDS)('knowledge activities held (step 9, working data) on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const path = (d: SignedDossier) => `/api/dossiers/${d.id}/knowledge-activities`;
  const partner = (d: SignedDossier, k: string) => d.partners.find((p) => p.kind === k)!;
  const activity = (d: SignedDossier) => ({
    heldOn: '2027-01-13',
    kind: 'presentatie',
    topic: 'Hoe de zorgstructuur van de school werkt',
    partnerIds: [partner(d, 'school').id, partner(d, 'jongerenwerk').id],
    participants: 9,
    notes: 'Veel vragen over de verzuimaanpak.',
    activityId: 'kd-zorgstructuur',
  });

  it('logs, edits and removes activities held after signing; refuses them before; a reading link only reads', async () => {
    const d = await draftDossier(srv);
    const early = await srv.call('POST', path(d), { token: d.token, json: activity(d) });
    expect(early.status).toBe(409);
    expect(early.json.error).toMatch(/getekende overeenkomst/);
    await signAll(srv, d);

    const school = d.signers[partner(d, 'school').id]!;
    const events = await openEvents(srv.url, d.id, d.token);
    let id: string;
    try {
      const created = await ok(srv.call('POST', path(d), { token: school, json: activity(d) }), 201);
      expect(created.json).toMatchObject({
        ...activity(d),
        kindOther: '',
        revision: 1,
        createdBy: expect.stringContaining('Het Zeekompas'),
      });
      id = created.json.id;
      await events.next((e) => e.event === 'work' && e.data.area === 'knowledge');
    } finally {
      events.close();
    }
    await ok(
      srv.call('POST', path(d), {
        token: d.token,
        json: { heldOn: '2027-03-02', kind: 'anders', kindOther: 'Gezamenlijke lunch', topic: 'Kennismaken', partnerIds: [] },
      }),
      201,
    );
    const reader = await invite(srv, d, partner(d, 'school').id, 'lezen', 'Lezer');
    const list = (await ok(srv.call('GET', path(d), { token: reader.token }))).json.activities;
    // Newest first.
    expect(list.map((a: { heldOn: string }) => a.heldOn)).toEqual(['2027-03-02', '2027-01-13']);
    expect((await srv.call('POST', path(d), { token: reader.token, json: activity(d) })).status).toBe(403);
    expect((await srv.call('DELETE', `${path(d)}/${id}`, { token: reader.token })).status).toBe(403);

    const edited = await ok(
      srv.call('PUT', `${path(d)}/${id}`, { token: d.token, json: { ...activity(d), participants: 11, revision: 1 } }),
    );
    expect(edited.json).toMatchObject({ participants: 11, revision: 2, updatedBy: expect.stringContaining('eigenaar') });
    const stale = await srv.call('PUT', `${path(d)}/${id}`, { token: d.token, json: { ...activity(d), revision: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json.current.participants).toBe(11);

    expect((await srv.call('DELETE', `${path(d)}/${id}`, { token: school })).status).toBe(204);
    expect((await srv.call('DELETE', `${path(d)}/${id}`, { token: school })).status).toBe(404);
    expect((await srv.call('PUT', `${path(d)}/${id}`, { token: d.token, json: { ...activity(d), revision: 2 } })).status).toBe(
      404,
    );
    const log = await srv.db.query<{ action: string }>('SELECT action FROM audit_log WHERE dossier_id = $1 ORDER BY id', [d.id]);
    expect(log.map((l) => l.action).filter((a) => a.startsWith('knowledge.'))).toEqual([
      'knowledge.create',
      'knowledge.create',
      'knowledge.update',
      'knowledge.delete',
    ]);
  });

  it('answers bad input with Dutch messages per field', async () => {
    const d = await draftDossier(srv);
    await signAll(srv, d);
    const bad = await srv.call('POST', path(d), {
      token: d.token,
      json: { heldOn: '2027-02-30', kind: 'borrel', topic: '', partnerIds: 'school', participants: -3, extra: true },
    });
    expect(bad.status).toBe(400);
    const byPath = Object.fromEntries(
      bad.json.issues.map((i: { path: string[]; message: string }) => [i.path.join('.'), i.message]),
    );
    expect(byPath).toMatchObject({
      heldOn: 'Vul een geldige datum in.',
      kind: 'Kies een vorm.',
      topic: 'Vul dit veld in.',
      partnerIds: 'Kies alleen organisaties die partner zijn.',
      participants: 'Vul een aantal van 0 tot en met 100.000 in.',
    });
    const other = await srv.call('POST', path(d), { token: d.token, json: { ...activity(d), kind: 'anders' } });
    expect(other.status).toBe(400);
    expect(other.json.issues).toEqual([{ path: ['kindOther'], message: 'Beschrijf de andere vorm.' }]);
    const strangers = await srv.call('POST', path(d), {
      token: d.token,
      json: { ...activity(d), partnerIds: [partner(d, 'school').id, 'p-onbekend'], activityId: 'kd-bestaat-niet' },
    });
    expect(strangers.status).toBe(400);
    expect(strangers.json.issues).toEqual([
      { path: ['partnerIds', 1], message: 'Deze organisatie staat niet bij de partners in stap 1.' },
      { path: ['activityId'], message: 'Deze activiteit staat niet in stap 9.' },
    ]);
    const notJson = await srv.call('POST', path(d), {
      token: d.token,
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
  });
});
