import { describe, expect, it } from 'vitest';
import { planningHorizon, scheduleDates } from '#src/domain/evaluation/planning';
import { todayInAmsterdam } from '#src/domain/dates';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { openEvents } from '#tests/utils/sse';
import { draftDossier, freeze, invite, ok, signAll, signedDossier, type SignedDossier } from './rounds-fixtures';

const SCHEDULE = EXAMPLE_DOSSIER.steps.evaluatie as { frequency: string; firstDate: string };

describe.each(DB_KINDS)('evaluation rounds on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const base = (d: SignedDossier) => `/api/dossiers/${d.id}`;
  const rounds = async (d: SignedDossier, token = d.token) =>
    (await ok(srv.call('GET', `${base(d)}/rounds`, { token }))).json.rounds;
  const put = (d: SignedDossier, roundId: string, token: string, answers: unknown, baseRevision = 0, complete?: boolean) =>
    srv.call('PUT', `${base(d)}/rounds/${roundId}/answers/me`, { token, json: { answers, baseRevision, complete } });
  const auditOf = async (d: SignedDossier) =>
    srv.db.query<{ action: string; object: string; result: string; actor: string }>(
      'SELECT action, object, result, actor FROM audit_log WHERE dossier_id = $1 ORDER BY id',
      [d.id],
    );
  /** The three partners that answer and their editing links: the gemeente is the owner. */
  const partner = (d: SignedDossier, kind: string) => d.partners.find((p) => p.kind === kind)!;

  it('plans the rounds of the signed schedule for 24 months as soon as every partner has signed, once', async () => {
    const d = await signedDossier(srv);
    const today = todayInAmsterdam();
    const expected = scheduleDates(SCHEDULE.firstDate, 6, { from: today, until: planningHorizon(today) });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // Planned by the last signature, before anybody asked for the rounds.
    const stored = await srv.db.query<{ planned_on: string }>(
      `SELECT to_char(planned_on, 'YYYY-MM-DD') AS planned_on FROM rounds WHERE dossier_id = $1 ORDER BY planned_on`,
      [d.id],
    );
    expect(stored.map((r) => r.planned_on)).toEqual(expected);

    // Asking again, also many times at once, plans nothing more.
    const lists = await Promise.all(Array.from({ length: 5 }, () => rounds(d)));
    for (const list of lists) {
      expect(list.map((r: { plannedOn: string }) => r.plannedOn)).toEqual(expected);
      expect(
        list.every(
          (r: { state: string; origin: string; number: null }) =>
            r.state === 'gepland' && r.origin === 'schema' && r.number === null,
        ),
      ).toBe(true);
    }
    expect((await auditOf(d)).filter((a) => a.action === 'round.plan')).toHaveLength(1);
  });

  it('replans from a new schedule once an amendment is signed, keeping rounds held, moved or added by hand', async () => {
    const d = await signedDossier(srv);
    const [first, second, third] = await rounds(d);
    await ok(srv.call('POST', `${base(d)}/rounds/${first.id}/open`, { token: d.token }));
    await ok(
      srv.call('PATCH', `${base(d)}/rounds/${second.id}`, {
        token: d.token,
        json: { revision: second.revision, plannedOn: '2027-12-20' },
      }),
    );
    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'AMEND' } }));
    const evaluatie = (await srv.call('GET', base(d), { token: d.token })).json.steps.evaluatie;
    await ok(
      srv.call('PUT', `${base(d)}/steps/evaluatie`, {
        token: d.token,
        json: {
          data: { ...evaluatie.data, frequency: 'jaarlijks', firstDate: '2027-09-01' },
          baseRevision: evaluatie.revision,
          complete: true,
        },
      }),
    );
    // Until the amendment is signed, the signed schedule stays in force.
    expect((await rounds(d)).map((r: { id: string }) => r.id)).toContain(third.id);
    await signAll(srv, d);
    const today = todayInAmsterdam();
    const yearly = scheduleDates('2027-09-01', 12, { from: today, until: planningHorizon(today) });
    const after = await rounds(d);
    expect(after.map((r: { id: string }) => r.id)).not.toContain(third.id);
    const planned = after.filter((r: { origin: string; state: string }) => r.origin === 'schema' && r.state === 'gepland');
    expect(planned.map((r: { plannedOn: string }) => r.plannedOn)).toEqual(yearly);
    expect(after.find((r: { id: string }) => r.id === first.id)).toMatchObject({ state: 'open' });
    expect(after.find((r: { id: string }) => r.id === second.id)).toMatchObject({ plannedOn: '2027-12-20', origin: 'hand' });
    expect((await auditOf(d)).filter((a) => a.action === 'round.plan').map((a) => a.result)).toEqual(['ok', 'ok:replanned']);
  });

  it('lets an editing link move, add and remove planned rounds; a removed round is not planned again', async () => {
    const d = await signedDossier(srv);
    const [first, second] = await rounds(d);
    const school = d.signers[partner(d, 'school').id]!;

    const moved = await ok(
      srv.call('PATCH', `${base(d)}/rounds/${first.id}`, {
        token: school,
        json: { revision: first.revision, plannedOn: '2027-06-22', focus: 'proces' },
      }),
    );
    expect(moved.json.round).toMatchObject({
      plannedOn: '2027-06-22',
      focus: 'proces',
      origin: 'hand',
      revision: first.revision + 1,
    });
    const stale = await srv.call('PATCH', `${base(d)}/rounds/${first.id}`, {
      token: school,
      json: { revision: first.revision, plannedOn: '2027-06-29' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.current.plannedOn).toBe('2027-06-22');

    expect((await srv.call('DELETE', `${base(d)}/rounds/${second.id}`, { token: school })).status).toBe(204);
    const added = await ok(
      srv.call('POST', `${base(d)}/rounds`, {
        token: d.token,
        json: { kind: 'evaluatie', plannedOn: '2027-09-01', focus: 'plan' },
      }),
      201,
    );
    expect(added.json.round).toMatchObject({
      kind: 'evaluatie',
      plannedOn: '2027-09-01',
      origin: 'hand',
      state: 'gepland',
      number: null,
    });
    expect(added.json.frame.goals.map((g: { id: string }) => g.id)).toContain('doel-bekendheid');

    const after = await rounds(d);
    expect(after.map((r: { id: string }) => r.id)).not.toContain(second.id);
    expect(after.map((r: { plannedOn: string }) => r.plannedOn)).toContain('2027-09-01');
    // A reading link may look but not plan.
    const reader = await invite(srv, d, partner(d, 'school').id, 'lezen', 'Lezer');
    expect((await srv.call('DELETE', `${base(d)}/rounds/${first.id}`, { token: reader.token })).status).toBe(403);
    expect(
      (await srv.call('POST', `${base(d)}/rounds`, { token: reader.token, json: { kind: 'evaluatie', plannedOn: '2027-09-02' } }))
        .status,
    ).toBe(403);
    // An opened round is no longer planned: it cannot be moved or removed.
    await ok(srv.call('POST', `${base(d)}/rounds/${first.id}/open`, { token: school }));
    expect((await srv.call('DELETE', `${base(d)}/rounds/${first.id}`, { token: school })).status).toBe(409);
    const current = (await ok(srv.call('GET', `${base(d)}/rounds/${first.id}`, { token: school }))).json.round;
    expect(
      (
        await srv.call('PATCH', `${base(d)}/rounds/${first.id}`, {
          token: school,
          json: { revision: current.revision, plannedOn: '2027-07-01' },
        })
      ).status,
    ).toBe(409);
    const actions = (await auditOf(d)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['round.update', 'round.delete', 'round.create', 'round.open']));
  });

  it('opens a round; three partners and a reading link answer for themselves; the owner closes it; results follow', async () => {
    const d = await signedDossier(srv);
    const school = partner(d, 'school');
    const jw = partner(d, 'jongerenwerk');
    const reader = await invite(srv, d, school.id, 'lezen', 'Docent die meeleest');
    const [round] = await rounds(d);
    const events = await openEvents(srv.url, d.id, d.token);
    try {
      const opened = await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.signers[school.id] }));
      expect(opened.json.round).toMatchObject({ state: 'open', number: 1, openedBy: expect.stringContaining(school.name) });
      await events.next((e) => e.event === 'rounds' && e.data.change === 'opened');
      // Owner + four signing links + the reading link.
      expect(opened.json.round.progress).toEqual({ responded: 0, invitees: 6, paper: 0 });

      const owner = await ok(put(d, round.id, d.token, { presence: { zichtbaar: 2 }, tops: 'Korte lijnen', behindVision: 'ja' }));
      expect(owner.json).toMatchObject({
        revision: 1,
        respondentKey: 'owner',
        partnerId: partner(d, 'gemeente').id,
        progress: { responded: 1, invitees: 6 },
      });
      await events.next((e) => e.event === 'rounds' && e.data.change === 'responses');
      await ok(
        put(d, round.id, d.signers[school.id]!, { presence: { zichtbaar: 4 }, tips: 'Vaker overleg', behindVision: 'deels' }),
      );
      await ok(put(d, round.id, d.signers[jw.id]!, { presence: { zichtbaar: 5 }, behindVision: 'ja' }));
      const read = await ok(
        put(d, round.id, reader.token, { presence: { zichtbaar: 3 }, experiences: { docenten: { rating: 4 } } }),
      );
      expect(read.json.progress).toEqual({ responded: 4, invitees: 6, paper: 0 });

      // Everyone sees only their own answers while the round is open.
      const mine = await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/answers/me`, { token: reader.token }));
      expect(mine.json.answers).toEqual({ presence: { zichtbaar: 3 }, experiences: { docenten: { rating: 4 } } });
      expect(mine.json.person).toBe('Docent die meeleest');
      expect(JSON.stringify(mine.json)).not.toContain('Korte lijnen');
      expect((await srv.call('GET', `${base(d)}/rounds/${round.id}/results`, { token: d.token })).status).toBe(409);

      // A change to the answers is saved; the count stays.
      const again = await ok(
        put(d, round.id, d.token, { presence: { zichtbaar: 2 }, tops: 'Korte lijnen, snelle hulp', behindVision: 'ja' }, 1),
      );
      expect(again.json.revision).toBe(2);

      // Only the owner closes.
      const bySchool = await srv.call('POST', `${base(d)}/rounds/${round.id}/close`, { token: d.signers[school.id] });
      expect(bySchool.status).toBe(403);
      expect(bySchool.json.error).toMatch(/eigenaar/);
      const closed = await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/close`, { token: d.token }));
      expect(closed.json.round).toMatchObject({
        state: 'gesloten',
        closedBy: expect.stringContaining('eigenaar'),
        progress: { responded: 4, invitees: 6 },
      });
      await events.next((e) => e.event === 'rounds' && e.data.change === 'closed');
    } finally {
      events.close();
    }

    const results = (await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/results`, { token: reader.token }))).json;
    const zichtbaar = results.numeric.find((q: { id: string }) => q.id === 'presence:zichtbaar');
    expect(zichtbaar.all).toMatchObject({ n: 4, mean: 3.5, min: 2, max: 5 });
    expect(zichtbaar.all.sd).toBeCloseTo(Math.sqrt(1.25), 10);
    // School: the signer's 4 and the reader's 3; gemeente 2; youth work 5 → 2 and 5 lie 2 or more apart.
    expect(
      Object.fromEntries(zichtbaar.byPartner.map((p: { partnerId: string; mean: number | null }) => [p.partnerId, p.mean])),
    ).toMatchObject({
      [partner(d, 'gemeente').id]: 2,
      [school.id]: 3.5,
      [jw.id]: 5,
    });
    expect(zichtbaar.difference).toBe(true);
    // The baseline of the example's step 4 for this factor: 1,5.
    expect(zichtbaar.baseline).toEqual({ mean: 1.5, n: 4 });
    expect(zichtbaar.change).toBe(2);
    expect(results.choices.find((q: { id: string }) => q.id === 'vision').counts).toEqual({ ja: 2, deels: 1, nee: 0 });
    expect(results.texts.tops).toEqual([
      {
        partnerId: partner(d, 'gemeente').id,
        partnerName: partner(d, 'gemeente').name,
        person: null,
        paper: false,
        text: 'Korte lijnen, snelle hulp',
      },
    ]);
    expect(results.response).toMatchObject({ invitees: 6, responded: 4, paper: 0 });
    // The action plan of step 5 as it stood: the example has one action done.
    expect(results.actions.total).toBe(10);
    expect(results.actions.done).toBe(1);

    // Closed is closed: revoking a link that answered changes neither the count nor the results.
    await ok(srv.call('DELETE', `${base(d)}/invites/${reader.id}`, { token: d.token }));
    expect((await ok(srv.call('GET', `${base(d)}/rounds/${round.id}`, { token: d.token }))).json.round.progress).toEqual({
      responded: 4,
      invitees: 6,
      paper: 0,
    });
    expect((await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/results`, { token: d.token }))).json).toEqual(results);

    const log = await auditOf(d);
    const roundLog = log.filter((a) => a.object.includes(`round:${round.id}`));
    expect(roundLog.map((a) => [a.action, a.result])).toEqual([
      ['round.open', 'ok'],
      ['round.answer', 'ok:first'],
      ['round.answer', 'ok:first'],
      ['round.answer', 'ok:first'],
      ['round.answer', 'ok:first'],
      // The change a minute later is within the coalescing window of the same person: no new entry.
      ['round.close', 'ok'],
    ]);
    expect(roundLog.find((a) => a.object.endsWith(`invite:${reader.id}`))!.actor).toContain('Docent die meeleest');
  });

  it('lets a reading link answer while it still cannot write a step', async () => {
    const d = await signedDossier(srv);
    const reader = await invite(srv, d, partner(d, 'jongerenwerk').id, 'lezen', 'Meelezer');
    const [round] = await rounds(d);
    expect((await srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: reader.token })).status).toBe(403);
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.token }));
    await ok(put(d, round.id, reader.token, { tops: 'Fijne samenwerking' }));
    const step = await srv.call('PUT', `${base(d)}/steps/evaluatie`, {
      token: reader.token,
      json: { data: {}, baseRevision: 0 },
    });
    expect(step.status).toBe(403);
    expect(
      (
        await srv.call('PUT', `${base(d)}/rounds/${round.id}/paper/0b6f2d9e-4c1a-4f7e-9a55-2f0d8c1e7b31`, {
          token: reader.token,
          json: { partnerId: partner(d, 'school').id, person: 'X', answers: {}, baseRevision: 0 },
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a stale write of my answers with the current ones, and never answers into a planned or closed round', async () => {
    const d = await signedDossier(srv);
    const [round] = await rounds(d);
    const school = d.signers[partner(d, 'school').id]!;
    const early = await put(d, round.id, school, { tops: 'Te vroeg' });
    expect(early.status).toBe(409);
    expect(early.json.error).toMatch(/nog niet geopend/);
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: school }));
    await ok(put(d, round.id, school, { tops: 'Eerste versie' }));
    await ok(put(d, round.id, school, { tops: 'Tweede versie' }, 1));
    const stale = await put(d, round.id, school, { tops: 'Uit een ander venster' }, 1);
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ revision: 2, answers: { tops: 'Tweede versie' } });
    const future = await put(d, round.id, school, { tops: 'Onbekend' }, 9);
    expect(future.status).toBe(409);

    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/close`, { token: d.token }));
    const late = await put(d, round.id, school, { tops: 'Te laat' }, 2);
    expect(late.status).toBe(409);
    expect(late.json.error).toMatch(/gesloten/);
    expect((await srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: school })).status).toBe(409);
    expect((await srv.call('POST', `${base(d)}/rounds/${round.id}/close`, { token: d.token })).status).toBe(409);
    // Kept for good: the database itself refuses to change a closed round or its answers.
    await expect(srv.db.query(`UPDATE rounds SET planned_on = '2030-01-01' WHERE id = $1`, [round.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(srv.db.query(`UPDATE round_responses SET answers = '{}' WHERE round_id = $1`, [round.id])).rejects.toThrow(
      /immutable/,
    );
    const mine = await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/answers/me`, { token: school }));
    expect(mine.json).toMatchObject({ state: 'gesloten', answers: { tops: 'Tweede versie' } });
  });

  it('keeps working data open in getekend and actief while the signed text refuses edits', async () => {
    const d = await signedDossier(srv);
    const dossier = (await srv.call('GET', base(d), { token: d.token })).json;
    const visie = dossier.steps.visie;
    const edit = () =>
      srv.call('PUT', `${base(d)}/steps/visie`, {
        token: d.token,
        json: { data: { ...visie.data, vision: 'Anders' }, baseRevision: visie.revision },
      });
    expect(dossier.lifecycle).toBe('getekend');
    expect((await edit()).status).toBe(409);
    const [first, second] = await rounds(d);
    await ok(srv.call('POST', `${base(d)}/rounds/${first.id}/open`, { token: d.token }));
    await ok(put(d, first.id, d.token, { tips: 'In getekend' }));

    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'ACTIVATE' } }));
    expect((await edit()).status).toBe(409);
    await ok(put(d, first.id, d.token, { tips: 'In actief' }, 1));
    await ok(srv.call('POST', `${base(d)}/rounds/${first.id}/close`, { token: d.token }));
    await ok(srv.call('POST', `${base(d)}/rounds/${second.id}/open`, { token: d.token }));

    // During an amendment the signed version is still in force: rounds go on.
    await ok(srv.call('POST', `${base(d)}/lifecycle`, { token: d.token, json: { event: 'AMEND' } }));
    await ok(put(d, second.id, d.token, { tips: 'Tijdens de wijziging' }));
    // A baseline round belongs to drafting the text, which an amendment is.
    await ok(
      srv.call('POST', `${base(d)}/rounds`, { token: d.token, json: { kind: 'nulmeting', plannedOn: '2027-02-01' } }),
      201,
    );
  });

  it('refuses evaluation rounds before any version is signed, and baseline rounds once the text is frozen', async () => {
    const d = await draftDossier(srv);
    expect(await rounds(d)).toEqual([]);
    const evaluation = await srv.call('POST', `${base(d)}/rounds`, {
      token: d.token,
      json: { kind: 'evaluatie', plannedOn: '2027-06-15' },
    });
    expect(evaluation.status).toBe(409);
    expect(evaluation.json.error).toMatch(/getekende overeenkomst/);
    const baseline = await ok(
      srv.call('POST', `${base(d)}/rounds`, { token: d.token, json: { kind: 'nulmeting', plannedOn: '2027-02-01' } }),
      201,
    );
    const id = baseline.json.round.id;
    await ok(srv.call('POST', `${base(d)}/rounds/${id}/open`, { token: d.token }));
    await ok(put(d, id, d.token, { scores: { zichtbaar: { importance: 5, presence: 2 } } }));
    // Frozen for signing: the baseline would change the text, so it waits.
    await freeze(srv, d);
    const frozen = await put(d, id, d.token, { scores: { zichtbaar: { importance: 5, presence: 3 } } }, 1);
    expect(frozen.status).toBe(409);
    expect(frozen.json.error).toMatch(/stap 4/);
    expect((await srv.call('POST', `${base(d)}/rounds/${id}/close`, { token: d.token })).status).toBe(409);
  });

  it('writes a closed baseline round into step 4 through the normal step save, self-entered and paper rows marked', async () => {
    const d = await draftDossier(srv);
    const school = partner(d, 'school');
    const jw = partner(d, 'jongerenwerk');
    const before = (await srv.call('GET', base(d), { token: d.token })).json.steps.visie;
    const created = await ok(
      srv.call('POST', `${base(d)}/rounds`, {
        token: d.signers[school.id],
        json: { kind: 'nulmeting', plannedOn: '2027-02-01' },
      }),
      201,
    );
    const id = created.json.round.id;
    await ok(srv.call('POST', `${base(d)}/rounds/${id}/open`, { token: d.signers[school.id] }));
    await ok(
      put(d, id, d.signers[school.id]!, { scores: { zichtbaar: { importance: 5, presence: 2, comment: 'Nog weinig te zien' } } }),
    );
    await ok(put(d, id, d.token, { name: 'Fatima El Amrani', scores: { zichtbaar: { importance: 4, presence: 'weet_niet' } } }));
    const entry = 'a1b2c3d4-0000-4000-8000-000000000001';
    const paper = await ok(
      srv.call('PUT', `${base(d)}/rounds/${id}/paper/${entry}`, {
        token: d.signers[jw.id],
        json: {
          partnerId: jw.id,
          person: 'Jongerenwerker Sam',
          answers: { scores: { zichtbaar: { importance: 5, presence: 4 } } },
          baseRevision: 0,
        },
      }),
    );
    expect(paper.json).toMatchObject({
      respondentKey: `paper:${entry}`,
      person: 'Jongerenwerker Sam',
      enteredBy: expect.stringContaining(jw.name),
    });
    await ok(srv.call('POST', `${base(d)}/rounds/${id}/close`, { token: d.token }));

    const after = (await srv.call('GET', base(d), { token: d.token })).json.steps.visie;
    expect(after.revision).toBe(before.revision + 1);
    const added = after.data.factors.respondents.slice(before.data.factors.respondents.length);
    expect(added.map((r: Record<string, unknown>) => [r.partnerId, r.name, r.entry, r.enteredBy ?? null, r.roundId])).toEqual([
      [school.id, `Tekenaar ${school.name}`, 'zelf', null, id],
      [partner(d, 'gemeente').id, 'Fatima El Amrani', 'zelf', null, id],
      [jw.id, 'Jongerenwerker Sam', 'papier', expect.stringContaining(jw.name), id],
    ]);
    expect(added[0].scores).toEqual({ zichtbaar: { importance: 5, presence: 2, comment: 'Nog weinig te zien' } });
    // The step keeps its status and shows the round's change in its history, by the owner who closed it.
    expect(after.status).toBe(before.status);
    const history = (await ok(srv.call('GET', `${base(d)}/steps/visie/history?limit=1`, { token: d.token }))).json;
    expect(history.revisions[0]).toMatchObject({ revision: after.revision, actor: { kind: 'owner' } });
    const log = await auditOf(d);
    expect(log.filter((a) => a.object === `dossier:${d.id}/step:visie`).at(-1)).toMatchObject({
      action: 'step.update',
      result: 'ok',
    });
    expect(log.filter((a) => a.action === 'round.paper')).toHaveLength(1);
    // The baseline's results compare the partners per factor.
    const results = (await ok(srv.call('GET', `${base(d)}/rounds/${id}/results`, { token: d.token }))).json;
    expect(results.kind).toBe('nulmeting');
    expect(results.factors.find((f: { id: string }) => f.id === 'zichtbaar').importance).toMatchObject({ n: 3, min: 4, max: 5 });
  });

  it('shows paper forms only to the link that typed them in', async () => {
    const d = await signedDossier(srv);
    const school = partner(d, 'school');
    const [round] = await rounds(d);
    await ok(srv.call('POST', `${base(d)}/rounds/${round.id}/open`, { token: d.token }));
    const entry = '9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
    const path = `${base(d)}/rounds/${round.id}/paper/${entry}`;
    const body = (baseRevision: number, tops: string) => ({
      partnerId: school.id,
      person: 'Conciërge Piet',
      answers: { tops },
      baseRevision,
    });
    await ok(srv.call('PUT', path, { token: d.signers[school.id], json: body(0, 'Rustiger pleinen') }));
    const list = await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/paper`, { token: d.signers[school.id] }));
    expect(list.json.entries).toHaveLength(1);
    expect((await ok(srv.call('GET', `${base(d)}/rounds/${round.id}/paper`, { token: d.token }))).json.entries).toEqual([]);
    expect((await srv.call('PUT', path, { token: d.token, json: body(1, 'Overschreven') })).status).toBe(404);
    expect((await srv.call('DELETE', path, { token: d.token })).status).toBe(404);
    const round2 = (await ok(srv.call('GET', `${base(d)}/rounds/${round.id}`, { token: d.token }))).json.round;
    expect(round2.progress).toMatchObject({ responded: 0, paper: 1 });
    expect((await srv.call('DELETE', path, { token: d.signers[school.id] })).status).toBe(204);
    expect((await ok(srv.call('GET', `${base(d)}/rounds/${round.id}`, { token: d.token }))).json.round.progress.paper).toBe(0);
  });

  it('gives trends across the closed rounds in date order, with the step-4 baseline first', async () => {
    const d = await signedDossier(srv);
    const [first, second] = await rounds(d);
    const school = d.signers[partner(d, 'school').id]!;
    const hold = async (roundId: string, owner: number, other: number, vision: string) => {
      await ok(srv.call('POST', `${base(d)}/rounds/${roundId}/open`, { token: d.token }));
      await ok(
        put(d, roundId, d.token, {
          presence: { zichtbaar: owner },
          experiences: { leerlingen: { rating: owner } },
          behindVision: 'ja',
        }),
      );
      await ok(
        put(d, roundId, school, {
          presence: { zichtbaar: other },
          experiences: { leerlingen: { rating: other } },
          behindVision: vision,
        }),
      );
      await ok(srv.call('POST', `${base(d)}/rounds/${roundId}/close`, { token: d.token }));
    };
    // The later round is held first: trends still follow the rounds' dates.
    await hold(second.id, 4, 5, 'ja');
    await hold(first.id, 2, 3, 'nee');
    const { series } = (await ok(srv.call('GET', `${base(d)}/trends`, { token: d.token }))).json;
    const byId = (id: string) => series.find((s: { id: string }) => s.id === id);
    expect(
      byId('presence:zichtbaar').points.map((p: { roundId: string | null; value: number; n: number }) => [
        p.roundId,
        p.value,
        p.n,
      ]),
    ).toEqual([
      [null, 1.5, 4],
      [first.id, 2.5, 2],
      [second.id, 4.5, 2],
    ]);
    expect(byId('experience:leerlingen').points.map((p: { label: string; date: string }) => [p.label, p.date])).toEqual([
      ['Ronde 2', first.plannedOn],
      ['Ronde 1', second.plannedOn],
    ]);
    expect(byId('vision').points.map((p: { value: number }) => p.value)).toEqual([50, 100]);
    expect(byId('actions:done').points.map((p: { value: number }) => p.value)).toEqual([10, 10]);
  });
});
