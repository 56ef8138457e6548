import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '#src/domain/dates';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { openEvents } from '#tests/utils/sse';
import { draftDossier, invite, ok, signAll, signedDossier, type SignedDossier } from './rounds-fixtures';

type Action = {
  id: string;
  source: string;
  status: string;
  overdue: boolean;
  action: Record<string, unknown>;
  progress: { revision: number; status: string; note: string; doneOn: string | null } | null;
  history: { from: string | null; to: string; by: string; roundId: string | null; roundNumber: number | null }[];
  proposal: { sinceVersion: number; roundId: string | null; carriedAt: string | null; revision: number } | null;
};

const PLAN = (EXAMPLE_DOSSIER.steps.taakverdeling as { actionPlan: { id: string; status: string; what: string }[] }).actionPlan;

describe.each(DB_KINDS)('the action plan after signing (working data) on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const base = (d: SignedDossier) => `/api/dossiers/${d.id}`;
  const plan = async (d: SignedDossier, token = d.token) => (await ok(srv.call('GET', `${base(d)}/actions`, { token }))).json;
  const find = (p: { actions: Action[] }, id: string) => p.actions.find((a) => a.id === id)!;
  const progress = (d: SignedDossier, id: string, json: unknown, token = d.token) =>
    srv.call('PUT', `${base(d)}/actions/${encodeURIComponent(id)}/progress`, { token, json });
  const propose = (d: SignedDossier, json: unknown, token = d.token) =>
    srv.call('POST', `${base(d)}/proposed-actions`, { token, json });
  const auditOf = async (d: SignedDossier) =>
    srv.db.query<{ action: string; object: string; result: string; detail: string | null }>(
      'SELECT action, object, result, detail FROM audit_log WHERE dossier_id = $1 ORDER BY id',
      [d.id],
    );
  const school = (d: SignedDossier) => d.signers[d.partners.find((p) => p.kind === 'school')!.id]!;

  it('refuses working data before signing with a Dutch 409, and takes it in getekend and actief while step 5 stays frozen', async () => {
    const d = await draftDossier(srv);
    const early = await progress(d, PLAN[1]!.id, { status: 'gereed', revision: 0 });
    expect(early.status).toBe(409);
    expect(early.json.error).toMatch(/getekende overeenkomst/);
    expect((await propose(d, { action: { what: 'Iets nieuws' } })).status).toBe(409);
    // Before signing, GET shows the draft's plan without a version.
    const draft = await plan(d);
    expect(draft.version).toBeNull();
    expect(draft.actions.map((a: Action) => a.id)).toEqual(PLAN.map((r) => r.id));

    await signAll(srv, d);
    const signed = await ok(
      progress(d, PLAN[1]!.id, { status: 'bezig', note: 'Ruimte op het Kustlanden nog niet klaar', revision: 0 }),
    );
    expect(signed.json).toMatchObject({ status: 'bezig', progress: { status: 'bezig', revision: 1 } });
    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'ACTIVATE' } }));
    const active = await ok(progress(d, PLAN[1]!.id, { status: 'gereed', revision: 1 }, school(d)));
    expect(active.json).toMatchObject({ status: 'gereed', overdue: false, progress: { status: 'gereed', revision: 2 } });
    // Left out, the note stays; done today.
    expect(active.json.progress.note).toBe('Ruimte op het Kustlanden nog niet klaar');
    expect(active.json.progress.doneOn).toBe(todayInAmsterdam());

    // The signed text itself is still refused.
    const step5 = (await srv.call('GET', base(d), { token: d.token })).json.steps.taakverdeling;
    const edited = await srv.call('PUT', `${base(d)}/steps/taakverdeling`, {
      token: d.token,
      json: {
        data: { ...step5.data, actionPlan: step5.data.actionPlan.map((r: object) => ({ ...r, status: 'gereed' })) },
        baseRevision: step5.revision,
      },
    });
    expect(edited.status).toBe(409);
    expect((await srv.call('GET', base(d), { token: d.token })).json.steps.taakverdeling.revision).toBe(step5.revision);
  });

  it('keeps every change as history (who, when, from → to, the open round) and refuses a stale revision', async () => {
    const d = await signedDossier(srv);
    const id = PLAN[2]!.id;
    const events = await openEvents(srv.url, d.id, d.token);
    try {
      await ok(progress(d, id, { status: 'bezig', revision: 0 }));
      await events.next((e) => e.event === 'work' && e.data.area === 'actions');
    } finally {
      events.close();
    }
    const [round] = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.token }));
    await ok(
      progress(d, id, { status: 'gereed', doneOn: '2027-01-07', note: 'Passen en wifi geregeld', revision: 1 }, school(d)),
    );

    const stale = await progress(d, id, { status: 'uitgesteld', revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatch(/intussen/);
    expect(stale.json.current.progress).toMatchObject({ status: 'gereed', revision: 2, doneOn: '2027-01-07' });

    const action = find(await plan(d), id);
    expect(action.history).toEqual([
      expect.objectContaining({
        from: PLAN[2]!.status || 'gepland',
        to: 'bezig',
        roundId: null,
        roundNumber: null,
        by: expect.stringContaining('eigenaar'),
      }),
      expect.objectContaining({
        from: 'bezig',
        to: 'gereed',
        roundId: round.id,
        roundNumber: 1,
        doneOn: '2027-01-07',
        person: 'Tekenaar Het Zeekompas',
      }),
    ]);
    const log = (await auditOf(d)).filter((a) => a.action === 'action.progress');
    expect(log.map((a) => [a.object, a.detail])).toEqual([
      [`dossier:${d.id}/action:${id}`, `${PLAN[2]!.status || 'gepland'} → bezig`],
      [`dossier:${d.id}/action:${id}`, 'bezig → gereed (2027-01-07)'],
    ]);
    // Not done anymore: the day done goes with it.
    const back = await ok(progress(d, id, { status: 'bezig', revision: 2 }));
    expect(back.json.progress.doneOn).toBeNull();
  });

  it('lets a reading link read the plan but not write; answers bad input with Dutch messages per field', async () => {
    const d = await signedDossier(srv);
    const reader = await invite(srv, d, d.partners[1]!.id, 'lezen', 'Lezer');
    expect((await plan(d, reader.token)).actions).toHaveLength(PLAN.length);
    expect((await progress(d, PLAN[0]!.id, { status: 'gereed', revision: 0 }, reader.token)).status).toBe(403);
    expect((await propose(d, { action: { what: 'x' } }, reader.token)).status).toBe(403);

    const bad = await progress(d, PLAN[0]!.id, { status: 'klaar', doneOn: '2027-02-30', note: 5, revision: -1 });
    expect(bad.status).toBe(400);
    const paths = bad.json.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['status', 'doneOn', 'note', 'revision']));
    expect(bad.json.issues.find((i: { path: string[] }) => i.path[0] === 'status').message).toBe(
      'Kies gepland, bezig, gereed of uitgesteld.',
    );
    expect((await progress(d, 'bestaat-niet', { status: 'gereed', revision: 0 })).status).toBe(404);
    expect((await progress(d, 'x'.repeat(65), { status: 'gereed', revision: 0 })).status).toBe(404);
    const wrongType = await srv.call('PUT', `${base(d)}/actions/${PLAN[0]!.id}/progress`, {
      token: d.token,
      body: 'status=gereed',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);

    const badProposal = await propose(d, { action: { what: 'x'.repeat(501), deadline: 'morgen', extra: 1 }, roundId: 'nope' });
    expect(badProposal.status).toBe(400);
    expect(badProposal.json.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['action.what', 'action']),
    );
    const unknownRound = await propose(d, { action: { what: 'Iets' }, roundId: 'AAAAAAAAAAAAAAAA' });
    expect(unknownRound.status).toBe(400);
    expect(unknownRound.json.issues).toEqual([{ path: ['roundId'], message: 'Deze ronde bestaat niet in dit dossier.' }]);
  });

  it('proposes, edits and removes new actions ("nieuw sinds versie n") with their own progress', async () => {
    const d = await signedDossier(srv);
    const created = await ok(
      propose(d, { action: { what: 'Ouderavond over online pesten', deadline: '2000-01-10' } }, school(d)),
      201,
    );
    expect(created.json).toMatchObject({
      source: 'voorstel',
      status: 'gepland',
      overdue: true,
      action: { what: 'Ouderavond over online pesten' },
      proposal: { sinceVersion: 1, roundId: null, carriedAt: null, revision: 1 },
    });
    const id = created.json.id as string;
    const stale = await srv.call('PUT', `${base(d)}/proposed-actions/${id}`, {
      token: d.token,
      json: { action: { what: 'Ouderavond' }, revision: 0 },
    });
    expect(stale.status).toBe(409);
    const edited = await ok(
      srv.call('PUT', `${base(d)}/proposed-actions/${id}`, {
        token: d.token,
        json: { action: { what: 'Ouderavond over online pesten en gamen', deadline: '2099-03-12' }, revision: 1 },
      }),
    );
    expect(edited.json).toMatchObject({ overdue: false, proposal: { revision: 2 }, action: { deadline: '2099-03-12' } });
    await ok(progress(d, id, { status: 'bezig', revision: 0 }));
    const listed = await plan(d);
    expect(listed.actions).toHaveLength(PLAN.length + 1);
    expect(find(listed, id)).toMatchObject({ status: 'bezig', source: 'voorstel' });
    expect(listed.summary.total).toBe(PLAN.length + 1);

    expect((await srv.call('DELETE', `${base(d)}/proposed-actions/${id}`, { token: d.token })).status).toBe(204);
    expect((await srv.call('DELETE', `${base(d)}/proposed-actions/${id}`, { token: d.token })).status).toBe(404);
    expect((await plan(d)).actions).toHaveLength(PLAN.length);
    expect((await auditOf(d)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['action.propose', 'action.propose.update', 'action.propose.delete']),
    );
  });

  it('turns a closed round’s new actions and knelpunten with a solution into proposals, once per item', async () => {
    const d = await signedDossier(srv);
    const [round] = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    const roundPath = `${base(d)}/rounds/${round.id}`;
    await ok(srv.call('POST', `${roundPath}/open`, { token: d.token }));
    expect((await srv.call('GET', `${roundPath}/actions`, { token: d.token })).status).toBe(409);
    await ok(
      srv.call('PUT', `${roundPath}/answers/me`, {
        token: school(d),
        json: {
          baseRevision: 0,
          answers: {
            newActions: [
              { id: 'n1', what: 'Spreekuur in de mediatheek', leadPartnerId: d.partners[1]!.id, deadline: '2027-10-01' },
            ],
            knelpunten: [
              { id: 'k1', knelpunt: 'Overleg botst met roosters', oplossing: 'Overleg op vrijdagmiddag' },
              { id: 'k2', knelpunt: 'Zonder oplossing', oplossing: '' },
            ],
          },
        },
      }),
    );
    const early = await srv.call('POST', `${roundPath}/actions`, { token: d.token });
    expect(early.status).toBe(409);
    expect(early.json.error).toMatch(/gesloten/);
    await ok(srv.call('POST', `${roundPath}/close`, { token: d.token }));

    const candidates = (await ok(srv.call('GET', `${roundPath}/actions`, { token: d.token }))).json.candidates;
    expect(candidates.map((c: { kind: string; what: string }) => [c.kind, c.what])).toEqual([
      ['nieuwe-actie', 'Spreekuur in de mediatheek'],
      ['knelpunt', 'Overleg op vrijdagmiddag'],
    ]);
    const bad = await srv.call('POST', `${roundPath}/actions`, { token: d.token, json: { sources: ['iets anders'] } });
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual([{ path: ['sources', 0], message: 'Dit voorstel komt niet uit deze ronde.' }]);

    const first = await ok(
      srv.call('POST', `${roundPath}/actions`, { token: school(d), json: { sources: [candidates[0].sourceKey] } }),
    );
    expect(first.json.added).toHaveLength(1);
    const all = await ok(srv.call('POST', `${roundPath}/actions`, { token: d.token }));
    expect(all.json.added).toHaveLength(1);
    const again = await ok(srv.call('POST', `${roundPath}/actions`, { token: d.token }));
    expect(again.json.added).toEqual([]);
    const proposals = again.json.plan.actions.filter((a: Action) => a.source === 'voorstel');
    expect(proposals).toHaveLength(2);
    expect(proposals[0]).toMatchObject({
      action: { what: 'Spreekuur in de mediatheek', deadline: '2027-10-01', leadPartnerId: d.partners[1]!.id },
      proposal: { roundId: round.id, roundNumber: 1, sinceVersion: 1 },
    });
    expect(proposals[1].action.how).toMatch(/Overleg botst met roosters/);
    const listed = (await ok(srv.call('GET', `${roundPath}/actions`, { token: d.token }))).json.candidates;
    expect(listed.every((c: { proposedActionId: string | null }) => c.proposedActionId !== null)).toBe(true);
    expect((await auditOf(d)).filter((a) => a.action === 'round.actions')).toHaveLength(2);
  });

  it('shows a round the actions as their progress stands, proposals included, and keeps that in its results', async () => {
    const d = await signedDossier(srv);
    const open = PLAN.find((r) => r.status !== 'gereed')!;
    await ok(progress(d, open.id, { status: 'gereed', revision: 0 }));
    const proposal = (await ok(propose(d, { action: { what: 'Themagroep over geld', deadline: '2099-01-01' } }), 201)).json;
    const [round] = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    const roundPath = `${base(d)}/rounds/${round.id}`;
    const detail = (await ok(srv.call('POST', `${roundPath}/open`, { token: d.token }))).json;
    expect(detail.frame.actions.find((a: { id: string }) => a.id === open.id).status).toBe('gereed');
    expect(detail.frame.actions.find((a: { id: string }) => a.id === proposal.id)).toMatchObject({
      what: 'Themagroep over geld',
      status: 'gepland',
    });
    await ok(
      srv.call('PUT', `${roundPath}/answers/me`, { token: d.token, json: { baseRevision: 0, answers: { tops: 'Goed' } } }),
    );
    await ok(srv.call('POST', `${roundPath}/close`, { token: d.token }));
    const results = (await ok(srv.call('GET', `${roundPath}/results`, { token: d.token }))).json;
    const doneBefore = PLAN.filter((r) => r.status === 'gereed').length;
    expect(results.actions).toMatchObject({ total: PLAN.length + 1, done: doneBefore + 1 });
  });

  it('starts an amendment from the signed plan with its progress and the proposals, each once', async () => {
    const d = await signedDossier(srv);
    const done = PLAN.find((r) => r.status !== 'gereed')!;
    await ok(progress(d, done.id, { status: 'gereed', revision: 0 }));
    const proposal = (
      await ok(propose(d, { action: { what: 'Sporttoernooi na schooltijd', leadPartnerId: d.partners[3]!.id } }), 201)
    ).json;
    const dropped = (await ok(propose(d, { action: { what: 'Idee dat het niet haalt' } }), 201)).json;
    const before = (await srv.call('GET', base(d), { token: d.token })).json.steps.taakverdeling;

    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'AMEND' } }));
    const step = (await srv.call('GET', base(d), { token: d.token })).json.steps.taakverdeling;
    expect(step.revision).toBe(before.revision + 1);
    const rows = step.data.actionPlan as { id: string; status: string; what: string }[];
    expect(rows.find((r) => r.id === done.id)!.status).toBe('gereed');
    expect(rows.filter((r) => r.id === proposal.id)).toHaveLength(1);
    expect(rows.find((r) => r.id === proposal.id)).toMatchObject({ what: 'Sporttoernooi na schooltijd', status: 'gepland' });
    expect(rows).toHaveLength(PLAN.length + 2);
    // The team takes one proposal out of the draft again.
    const kept = await ok(
      srv.call('PUT', `${base(d)}/steps/taakverdeling`, {
        token: d.token,
        json: { data: { ...step.data, actionPlan: rows.filter((r) => r.id !== dropped.id) }, baseRevision: step.revision },
      }),
    );
    // Saved like any edit: history names who started the amendment; the proposal says it was carried.
    const history = (await ok(srv.call('GET', `${base(d)}/steps/taakverdeling/history`, { token: d.token }))).json;
    expect(history.revisions[1]).toMatchObject({ revision: step.revision, actor: { kind: 'owner' } });
    expect(kept.json.revision).toBe(step.revision + 1);
    const carried = find(await plan(d), proposal.id);
    expect(carried.proposal!.carriedAt).not.toBeNull();
    expect(
      (
        await srv.call('PUT', `${base(d)}/proposed-actions/${proposal.id}`, {
          token: d.token,
          json: { action: { what: 'x' }, revision: 2 },
        })
      ).status,
    ).toBe(409);
    expect((await auditOf(d)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['agreement.amend', 'step.update', 'actions.carry']),
    );

    // Signed as version 2, the proposal is a row of the plan; a next amendment does not add it again.
    await signAll(srv, d);
    const after = await plan(d);
    expect(after.version).toBe(2);
    expect(after.actions.filter((a: Action) => a.id === proposal.id)).toEqual([expect.objectContaining({ source: 'plan' })]);
    // Signed without it: the dropped proposal is gone from the plan (and from the calendar with it).
    expect(after.actions.some((a: Action) => a.id === dropped.id)).toBe(false);
    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'AMEND' } }));
    const again = (await srv.call('GET', base(d), { token: d.token })).json.steps.taakverdeling.data.actionPlan as {
      id: string;
    }[];
    expect(again.filter((r) => r.id === proposal.id)).toHaveLength(1);
    expect(again).toHaveLength(PLAN.length + 1);
  });
});
