import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startTestServer, type TestServer } from '#tests/utils/test-server';

const HOSTILE = [
  '<script>alert(1)</script>',
  "'; drop table dossiers; --",
  'Robert"); DELETE FROM steps; --',
  '👩🏽‍🏫 Samen 🎉 🇳🇱',
  'مرحبا بكم في المدرسة',
  'שלום לכולם',
  'Gemengd: abc مرحبا שלום 123',
  'Çalışma ğ ı ł ą ő ß',
  '{{7*7}} ${7*7} %s %n',
];

/** The first step field that accepts a 10 000-character text, if any registered step has one. */
describe.each(DB_KINDS)('input handling on %s', (kind) => {
  let srv: TestServer;
  let id: string;
  let token: string;
  let revision = 1;
  beforeAll(async () => {
    srv = await startTestServer(kind);
    ({ id, token } = await srv.createDossier());
  });
  afterAll(async () => {
    await srv?.close();
  });

  const stepUrl = (stepId = 'initiatief') => `/api/dossiers/${id}/steps/${stepId}`;
  /** Saves step 1 on the current revision and returns the response. */
  const save = async (data: Record<string, unknown>) => {
    const res = await srv.call('PUT', stepUrl(), { token, json: { data, baseRevision: revision } });
    if (res.status === 200) revision = res.json.revision;
    return res;
  };
  const expectIssue = (res: { status: number; json: { error: string; issues: { path: unknown[] }[] } }, path: unknown[]) => {
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('De gegevens kloppen niet.');
    expect(res.json.issues.map((i) => i.path)).toContainEqual(path);
  };

  describe('bad requests', () => {
    it('malformed JSON → 400 with a Dutch message', async () => {
      const res = await srv.call('PUT', stepUrl(), {
        token,
        body: '{"data": {"occasionExplanation": "x"}, "baseRevision": 1',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: 'De gegevens zijn geen geldige JSON.' });
      const empty = await srv.call('POST', '/api/dossiers', { body: '', headers: { 'content-type': 'application/json' } });
      expect(empty.status).toBe(400);
    });

    it('a content type other than JSON → 415', async () => {
      const body = JSON.stringify({ data: {}, baseRevision: 1 });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await srv.call('PUT', stepUrl(), { token, body, headers: { 'content-type': type } });
        expect(res.status, type).toBe(415);
        expect(res.json.error).toMatch(/JSON/);
      }
      const none = await srv.call('POST', '/api/dossiers', { body: new Blob([body]) });
      expect(none.status).toBe(415);
      const charset = await srv.call('POST', '/api/dossiers', {
        body: JSON.stringify({ title: 'a', gemeente: 'b' }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      expect(charset.status).toBe(201);
    });

    it('a body over 1 MB → 413, with and without Content-Length', async () => {
      const big = JSON.stringify({ data: { occasionExplanation: 'x'.repeat(1024 * 1024) }, baseRevision: revision });
      const sized = await srv.call('PUT', stepUrl(), { token, body: big, headers: { 'content-type': 'application/json' } });
      expect(sized.status).toBe(413);
      expect(sized.json.error).toMatch(/te groot/);

      const bytes = new TextEncoder().encode(big);
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
          controller.close();
        },
      });
      const streamed = await srv.call('PUT', stepUrl(), {
        token,
        body: chunked,
        headers: { 'content-type': 'application/json' },
      });
      expect(streamed.status).toBe(413);

      const createBig = await srv.call('POST', '/api/dossiers', { json: { title: 'x'.repeat(1024 * 1024 + 10), gemeente: 'g' } });
      expect(createBig.status).toBe(413);
    });

    it('a body just under the limit is read (and then validated)', async () => {
      const res = await srv.call('PUT', stepUrl(), {
        token,
        json: { data: { occasionExplanation: 'x'.repeat(1000 * 1000) }, baseRevision: revision },
      });
      expectIssue(res, ['occasionExplanation']);
    });

    it('an unknown step → 404', async () => {
      for (const stepId of ['bestaat-niet', '..', 'INITIATIEF', 'initiatief%20']) {
        const res = await srv.call('PUT', stepUrl(stepId), { token, json: { data: {}, baseRevision: 0 } });
        expect(res.status, stepId).toBe(404);
        expect(res.json.error).toEqual(expect.any(String));
      }
    });

    it('a bad envelope → 400 with issues', async () => {
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: {} } }), ['baseRevision']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: {}, baseRevision: -1 } }), ['baseRevision']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: {}, baseRevision: '1' } }), ['baseRevision']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: {}, baseRevision: 1.5 } }), ['baseRevision']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: [], baseRevision: 1 } }), ['data']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: 'x', baseRevision: 1 } }), ['data']);
      expectIssue(await srv.call('PUT', stepUrl(), { token, json: { data: {}, baseRevision: 1, complete: 'ja' } }), ['complete']);
      const extra = await srv.call('PUT', stepUrl(), { token, json: { data: {}, baseRevision: 1, admin: true } });
      expect(extra.status).toBe(400);
      for (const body of [null, [], 'tekst', 42]) {
        const res = await srv.call('PUT', stepUrl(), { token, json: body });
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
    });

    it('bad field types → 400 with the field path', async () => {
      expectIssue(await save({ initiator: 5 }), ['initiator']);
      expectIssue(await save({ initiator: 'koning' }), ['initiator']);
      expectIssue(await save({ occasions: 'welzijn' }), ['occasions']);
      expectIssue(await save({ occasions: ['bestaat-niet'] }), ['occasions', 0]);
      expectIssue(await save({ partners: [{ id: 'p1', kind: 'school', name: 7 }] }), ['partners', 0, 'name']);
      expectIssue(await save({ partners: [{ kind: 'school', name: 'zonder id' }] }), ['partners', 0, 'id']);
      expectIssue(await save({ occasionExplanation: { $gt: '' } }), ['occasionExplanation']);
      const res = await save({ initiator: 5 });
      expect(res.json.issues[0].message).toMatch(/[a-z]/);
      expect(res.json.issues[0].message).not.toMatch(/^Invalid|expected/i);
    });

    it('too-long strings → 400 with the field path', async () => {
      expectIssue(await save({ occasionOther: 'x'.repeat(201) }), ['occasionOther']);
      expectIssue(await save({ partners: [{ id: 'p1', kind: 'school', name: 'x'.repeat(201) }] }), ['partners', 0, 'name']);
      expectIssue(await save({ occasionExplanation: 'x'.repeat(10_001) }), ['occasionExplanation']);
      const tooMany = Array.from({ length: 31 }, (_, i) => ({ id: `p${i}`, kind: 'school', name: 'S' }));
      expectIssue(await save({ partners: tooMany }), ['partners']);
      const res = await save({ occasionExplanation: 'x'.repeat(10_001) });
      expectIssue(res, ['occasionExplanation']);
      expect(res.json.issues[0].message).toBe('Gebruik hoogstens 10.000 tekens.');
    });

    it('invalid dossier input → 400 with Dutch field messages', async () => {
      const res = await srv.call('POST', '/api/dossiers', { json: { title: '   ', gemeente: 'x'.repeat(201) } });
      expectIssue(res, ['title']);
      expect(res.json.issues).toContainEqual({ path: ['title'], message: 'Geef de samenwerking een titel.' });
      expect(res.json.issues).toContainEqual({ path: ['gemeente'], message: 'Gebruik hoogstens 200 tekens.' });
      expect((await srv.call('POST', '/api/dossiers', { json: { title: 'a', gemeente: 'b', token: 'x' } })).status).toBe(400);
    });

    it('text PostgreSQL cannot store (NUL, lone surrogates) → 400, not 500', async () => {
      for (const raw of [
        '{"data":{"occasionExplanation":"a\\u0000b"},"baseRevision":1}',
        '{"data":{"occasionExplanation":"\\ud800"},"baseRevision":1}',
      ]) {
        const res = await srv.call('PUT', stepUrl(), { token, body: raw, headers: { 'content-type': 'application/json' } });
        expect(res.status).toBe(400);
      }
    });

    it('unknown API routes and methods → 404 JSON', async () => {
      for (const [method, path] of [
        ['GET', '/api/nope'],
        ['GET', '/api'],
        ['GET', '/api/dossiers'],
        ['DELETE', '/api/health'],
      ] as const) {
        const res = await srv.call(method, path);
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.json.error).toEqual(expect.any(String));
      }
    });

    it('keeps serving after all of that', async () => {
      expect((await srv.call('GET', '/api/health')).status).toBe(200);
      const read = await srv.call('GET', `/api/dossiers/${id}`, { token });
      expect(read.status).toBe(200);
      expect(read.json.steps.initiatief.revision).toBe(revision);
      expect((await save({ occasionExplanation: 'Nog steeds goed' })).status).toBe(200);
    });
  });

  describe('a draft is never refused for its content', () => {
    const messy = {
      financiering: {
        sources: [{ id: 's1', name: 'Gemeente', amount: 'veel geld', from: '1901-01-01', to: '2026-01-01', structural: false }],
        structuralSearchStart: '1-3-2027',
      },
      aanspreekpunten: { contacts: [{ id: 'c1', partnerId: 'x', contactEmail: 's.devries@leiden', contactPhone: 'bel maar' }] },
      taakverdeling: {
        actionPlan: [
          { id: 'a1', what: 'Kennismaken', start: '2027-03-01', deadline: '2027-01-01', hours: -4, budget: '€ 2.500 ongeveer' },
        ],
      },
    } as const;

    it.each(Object.entries(messy))('keeps wrong formats and inconsistencies in step %s as typed', async (stepId, data) => {
      const { id: mid, token: mtoken } = await srv.createDossier();
      const url = `/api/dossiers/${mid}/steps/${stepId}`;
      const saved = await srv.call('PUT', url, { token: mtoken, json: { data, baseRevision: 0 } });
      expect(saved.status, JSON.stringify(saved.json)).toBe(200);
      expect(saved.json.status).toBe('bezig');
      const read = await srv.call('GET', `/api/dossiers/${mid}`, { token: mtoken });
      expect(read.json.steps[stepId].data).toEqual(data);
    });

    it('names each wrong field in Dutch when the step is completed', async () => {
      const { id: mid, token: mtoken } = await srv.createDossier();
      const url = `/api/dossiers/${mid}/steps/financiering`;
      expect((await srv.call('PUT', url, { token: mtoken, json: { data: messy.financiering, baseRevision: 0 } })).status).toBe(
        200,
      );
      const res = await srv.call('PUT', url, {
        token: mtoken,
        json: { data: messy.financiering, baseRevision: 1, complete: true },
      });
      expectIssue(res, ['sources', 0, 'amount']);
      const byPath = new Map<string, string>(
        res.json.issues.map((i: { path: unknown[]; message: string }) => [i.path.join('.'), i.message]),
      );
      expect(byPath.get('sources.0.amount')).toBe('Dit is geen getal. Vul alleen cijfers in, zoals 40.000 of 2,5.');
      expect(byPath.get('sources.0.from')).toBe('Vul een datum tussen 2000 en 2100 in.');
      expect(byPath.get('structuralSearchStart')).toBe('Vul een geldige datum in.');
      // Completing is refused; the draft stays as it was saved.
      const read = await srv.call('GET', `/api/dossiers/${mid}`, { token: mtoken });
      expect(read.json.steps.financiering).toMatchObject({ revision: 1, status: 'bezig', data: messy.financiering });
    });
  });

  describe('hostile and unusual text is stored and returned verbatim', () => {
    it.each(HOSTILE)('%s', async (text) => {
      const created = await srv.call('POST', '/api/dossiers', { json: { title: text, gemeente: text } });
      expect(created.status).toBe(201);
      const { id: hid, token: htoken } = created.json;
      const data = {
        occasionExplanation: `${text}\n${text}`,
        occasionOther: text,
        partners: [{ id: 'p1', kind: 'gemeente', name: text }],
      };
      const saved = await srv.call('PUT', `/api/dossiers/${hid}/steps/initiatief`, {
        token: htoken,
        json: { data, baseRevision: 1 },
      });
      expect(saved.status).toBe(200);
      expect(saved.json.data).toEqual(data);
      const read = await srv.call('GET', `/api/dossiers/${hid}`, { token: htoken });
      expect(read.json.title).toBe(text);
      expect(read.json.gemeente).toBe(text);
      expect(read.json.steps.initiatief.data).toEqual(data);
      expect(read.json.partners[0].name).toBe(text);
      // The SQL-looking text did nothing.
      const [{ n }] = await srv.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
      expect(n).toBeGreaterThan(0);
    });

    it('stores the longest text step 1 allows (2000 characters, mixed scripts) verbatim', async () => {
      const unit = 'Ab👩🏽‍🏫مرحباשלום<>&"\'';
      const text = unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
      const res = await save({ occasionExplanation: text });
      expect(res.status).toBe(200);
      expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).json.steps.initiatief.data.occasionExplanation).toBe(text);
    });

    it('stores a 10 000-character text in a long field verbatim', async () => {
      const [stepId, key] = ['initiatief', 'occasionExplanation'];
      const text = 'Lange tekst met ëmoji 🎉 en עברית. '.repeat(400).slice(0, 10_000);
      const { id: lid, token: ltoken } = await srv.createDossier();
      const res = await srv.call('PUT', `/api/dossiers/${lid}/steps/${stepId}`, {
        token: ltoken,
        json: { data: { [key]: text }, baseRevision: stepId === 'initiatief' ? 1 : 0 },
      });
      expect(res.status).toBe(200);
      const read = await srv.call('GET', `/api/dossiers/${lid}`, { token: ltoken });
      expect(read.json.steps[stepId].data[key]).toBe(text);
    });
  });
});
