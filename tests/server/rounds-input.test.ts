import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useTestServer, type CallOptions, type TestServer } from '#tests/utils/test-server';
import { ok, signedDossier, type SignedDossier } from './rounds-fixtures';

const PAPER = '3c9e1f2a-7b4d-4e8a-9c6f-5d2b1a0e9f87';

describe.each(DB_KINDS)('bad input to the rounds API on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  let d: SignedDossier;
  let other: SignedDossier;
  let open: string;
  let planned: string;
  let othersRound: string;

  beforeAll(async () => {
    [d, other] = await Promise.all([signedDossier(srv), signedDossier(srv)]);
    const list = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds`, { token: d.token }))).json.rounds;
    open = list[0].id;
    planned = list[1].id;
    await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${open}/open`, { token: d.token }));
    othersRound = (await ok(srv.call('GET', `/api/dossiers/${other.id}/rounds`, { token: other.token }))).json.rounds[0].id;
  });

  /** Calls with the owner's token; every refusal must say in Dutch what is wrong. */
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const res = await srv.call(method, `/api/dossiers/${d.id}${path}`, { token: d.token, ...opts });
    if (res.status >= 400) expect(typeof res.json?.error, `${method} ${path}: ${res.text}`).toBe('string');
    return res;
  };
  const issuesOf = (res: { json: { issues?: { path: (string | number)[] }[] } }) =>
    (res.json.issues ?? []).map((i) => i.path.join('.'));

  it('refuses wrong types, impossible dates and unknown fields when planning a round, with field paths', async () => {
    const post = (json: unknown) => call('POST', '/rounds', { json });
    expect(issuesOf(await post({ kind: 1, plannedOn: '2027-02-01' }))).toEqual(['kind']);
    expect(issuesOf(await post({ kind: 'evaluatie' }))).toEqual(['plannedOn']);
    expect(issuesOf(await post({ kind: 'evaluatie', plannedOn: '2027-02-30' }))).toEqual(['plannedOn']);
    expect(issuesOf(await post({ kind: 'evaluatie', plannedOn: '1999-12-31' }))).toEqual(['plannedOn']);
    expect(issuesOf(await post({ kind: 'evaluatie', plannedOn: '2027-02-01', focus: 'alles' }))).toEqual(['focus']);
    expect((await post({ kind: 'evaluatie', plannedOn: '2027-02-01', extra: true })).status).toBe(400);
    expect((await post([])).status).toBe(400);
    const nul = await post({ kind: 'evaluatie', plannedOn: '2027-02-01\u0000' });
    expect(nul.status).toBe(400);
    expect(nul.json.error).toMatch(/tekens/);
    expect((await call('POST', '/rounds', { body: '{"kind":', headers: { 'content-type': 'application/json' } })).status).toBe(
      400,
    );
    expect((await call('POST', '/rounds', { body: 'kind=evaluatie', headers: { 'content-type': 'text/plain' } })).status).toBe(
      415,
    );
    const huge = await call('POST', '/rounds', {
      json: { kind: 'evaluatie', plannedOn: '2027-02-01', focus: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
  });

  it('answers 404 for unknown, malformed and other dossiers’ round ids on every round route (400 for control characters)', async () => {
    const ids = ['AAAAAAAAAAAAAAAA', othersRound, 'x', '%00', 'a%00bcdefghijklmno', 'a'.repeat(300)];
    for (const id of ids) {
      const routes: [string, string, unknown?][] = [
        ['GET', `/rounds/${id}`],
        ['PATCH', `/rounds/${id}`, { revision: 1, focus: 'plan' }],
        ['DELETE', `/rounds/${id}`],
        ['POST', `/rounds/${id}/open`],
        ['POST', `/rounds/${id}/close`],
        ['GET', `/rounds/${id}/results`],
        ['GET', `/rounds/${id}/answers/me`],
        ['PUT', `/rounds/${id}/answers/me`, { answers: {}, baseRevision: 0 }],
        ['GET', `/rounds/${id}/paper`],
        ['PUT', `/rounds/${id}/paper/${PAPER}`, { partnerId: d.partners[0]!.id, person: 'X', answers: {}, baseRevision: 0 }],
        ['DELETE', `/rounds/${id}/paper/${PAPER}`],
        ['POST', `/rounds/${id}/students`, {}],
      ];
      for (const [method, path, json] of routes) {
        const res = await call(method, path, json === undefined ? {} : { json });
        // A control character in a path is refused before routing, on every route of the server.
        expect(res.status, `${method} ${path}`).toBe(id.includes('%00') ? 400 : 404);
      }
    }
    // The other dossier's round is untouched.
    const theirs = (await ok(srv.call('GET', `/api/dossiers/${other.id}/rounds/${othersRound}`, { token: other.token }))).json
      .round;
    expect(theirs).toMatchObject({ state: 'gepland', revision: 1 });
  });

  it('refuses bad changes to a round', async () => {
    const current = (await call('GET', `/rounds/${planned}`)).json.round;
    const patch = (json: unknown) => call('PATCH', `/rounds/${planned}`, { json });
    expect(issuesOf(await patch({ revision: current.revision }))).toEqual(['plannedOn']);
    expect(issuesOf(await patch({ revision: 'een', focus: 'plan' }))).toEqual(['revision']);
    expect(issuesOf(await patch({ revision: current.revision, plannedOn: '15-06-2027' }))).toEqual(['plannedOn']);
    expect((await patch({ revision: current.revision, plannedOn: '2027-06-16', state: 'gesloten' })).status).toBe(400);
  });

  it('refuses answers of the wrong types and sizes with paths under answers, and keeps what was stored', async () => {
    const put = (json: unknown) => call('PUT', `/rounds/${open}/answers/me`, { json });
    expect(issuesOf(await put({ answers: { tops: 5 }, baseRevision: 0 }))).toEqual(['answers.tops']);
    expect(issuesOf(await put({ answers: { tips: 'x'.repeat(10_001) }, baseRevision: 0 }))).toEqual(['answers.tips']);
    expect(issuesOf(await put({ answers: { presence: { zichtbaar: 9 } }, baseRevision: 0 }))).toEqual([
      'answers.presence.zichtbaar',
    ]);
    expect(issuesOf(await put({ answers: { scores: {} }, baseRevision: 0 }))).toEqual(['answers']);
    expect(issuesOf(await put({ answers: { knelpunten: 'veel' }, baseRevision: 0 }))).toEqual(['answers.knelpunten']);
    expect(issuesOf(await put({ answers: [], baseRevision: 0 }))).toEqual(['answers']);
    expect(issuesOf(await put({ answers: {}, baseRevision: -1 }))).toEqual(['baseRevision']);
    expect(issuesOf(await put({ answers: {} }))).toEqual(['baseRevision']);
    expect((await put({ answers: { tops: 'Goed\u0000' }, baseRevision: 0 })).status).toBe(400);
    // Half-typed numbers are kept in a draft, and refused only by "klaar".
    const draft = await ok(put({ answers: { reach: { studentsPerWeek: '80 of 90' } }, baseRevision: 0 }));
    expect(draft.json.answers).toEqual({ reach: { studentsPerWeek: '80 of 90' } });
    const done = await put({ answers: { reach: { studentsPerWeek: '80 of 90' } }, baseRevision: 1, complete: true });
    expect(issuesOf(done)).toEqual(['answers.reach.studentsPerWeek']);
    expect((await call('GET', `/rounds/${open}/answers/me`)).json).toMatchObject({ revision: 1, complete: false });
  });

  it('refuses bad paper forms: unknown partner, no person, bad entry id', async () => {
    const path = `/rounds/${open}/paper/${PAPER}`;
    const body = { partnerId: d.partners[1]!.id, person: 'Conciërge', answers: { tops: 'Rust' }, baseRevision: 0 };
    expect(issuesOf(await call('PUT', path, { json: { ...body, partnerId: 'p-bestaat-niet' } }))).toEqual(['partnerId']);
    expect(issuesOf(await call('PUT', path, { json: { ...body, person: '  ' } }))).toEqual(['person']);
    expect(issuesOf(await call('PUT', path, { json: { ...body, person: 'x'.repeat(201) } }))).toEqual(['person']);
    expect(issuesOf(await call('PUT', path, { json: { ...body, answers: { tops: [] } } }))).toEqual(['answers.tops']);
    for (const id of ['1', 'NOT-A-UUID-0000-0000-000000000000', `${PAPER}x`, '%00'])
      expect((await call('PUT', `/rounds/${open}/paper/${id}`, { json: body })).status).toBe(id === '%00' ? 400 : 404);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('refuses results before closing, bad student survey settings, and a student survey on a baseline round', async () => {
    expect((await call('GET', `/rounds/${open}/results`)).status).toBe(409);
    expect(issuesOf(await call('POST', `/rounds/${open}/students`, { json: { cap: 0 } }))).toEqual(['cap']);
    expect(issuesOf(await call('POST', `/rounds/${open}/students`, { json: { cap: 'veel' } }))).toEqual(['cap']);
    expect(issuesOf(await call('POST', `/rounds/${open}/students`, { json: { cap: 100_001 } }))).toEqual(['cap']);
    expect((await call('POST', `/rounds/${open}/students`, { json: { cap: 10, secret: 'x' } })).status).toBe(400);
    // Amending: a baseline round may be planned, but it has no student survey.
    await ok(srv.call('POST', `/api/dossiers/${d.id}/lifecycle`, { token: d.token, json: { event: 'AMEND' } }));
    const baseline = await ok(call('POST', '/rounds', { json: { kind: 'nulmeting', plannedOn: '2027-03-01' } }), 201);
    const refused = await call('POST', `/rounds/${baseline.json.round.id}/students`, { json: {} });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatch(/evaluatieronde/);
  });

  it('documents every rounds route and method in the OpenAPI document', async () => {
    const doc = (await ok(srv.call('GET', '/api/openapi.json'))).json;
    const expected: Record<string, string[]> = {
      '/api/dossiers/{id}/rounds': ['get', 'post'],
      '/api/dossiers/{id}/rounds/{roundId}': ['get', 'patch', 'delete'],
      '/api/dossiers/{id}/rounds/{roundId}/open': ['post'],
      '/api/dossiers/{id}/rounds/{roundId}/close': ['post'],
      '/api/dossiers/{id}/rounds/{roundId}/answers/me': ['get', 'put'],
      '/api/dossiers/{id}/rounds/{roundId}/paper': ['get'],
      '/api/dossiers/{id}/rounds/{roundId}/paper/{entryId}': ['put', 'delete'],
      '/api/dossiers/{id}/rounds/{roundId}/results': ['get'],
      '/api/dossiers/{id}/rounds/{roundId}/students': ['post'],
      '/api/dossiers/{id}/trends': ['get'],
      '/api/peiling': ['get', 'post'],
    };
    for (const [path, methods] of Object.entries(expected))
      expect(Object.keys(doc.paths[path]).sort(), path).toEqual([...methods].sort());
    expect(doc.components.schemas.EvaluationAnswersDraft.properties).toHaveProperty('knelpunten');
    expect(doc.components.schemas.StudentResponseBody.additionalProperties).toBe(false);
  });

  it('asks for the dossier link on every route and never answers with a server error', async () => {
    for (const [method, path] of [
      ['GET', '/rounds'],
      ['GET', '/trends'],
      ['GET', `/rounds/${open}/answers/me`],
    ] as const) {
      expect((await srv.call(method, `/api/dossiers/${d.id}${path}`)).status).toBe(401);
      expect((await srv.call(method, `/api/dossiers/${d.id}${path}`, { token: other.token })).status).toBe(404);
    }
    expect(srv.logs.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(srv.logs.filter((l) => / 5\d\d \d+ms$/.test(l))).toEqual([]);
  });
});
