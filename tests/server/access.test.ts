import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#src/db/db';
import { DB_KINDS, startTestServer, type TestServer } from '#tests/utils/test-server';

describe.each(DB_KINDS)('access by capability link on %s', (kind) => {
  let srv: TestServer;
  let a: { id: string; token: string };
  let b: { id: string; token: string };
  const tokens: string[] = [];
  beforeAll(async () => {
    srv = await startTestServer(kind);
    a = await srv.createDossier('Dossier A');
    b = await srv.createDossier('Dossier B');
    tokens.push(a.token, b.token);
  });
  afterAll(async () => {
    await srv?.close();
  });

  const read = (id: string, headers: Record<string, string> = {}) => srv.call('GET', `/api/dossiers/${id}`, { headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const write = (id: string, headers: Record<string, string>) =>
    srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
      headers,
      json: { data: { occasionExplanation: 'x' }, baseRevision: 1 },
    });

  it('the right token opens the dossier', async () => {
    const res = await read(a.id, bearer(a.token));
    expect(res.status).toBe(200);
    expect(res.json.title).toBe('Dossier A');
  });

  it('no or a malformed Authorization header → 401', async () => {
    const cases: Record<string, string>[] = [
      {},
      { authorization: '' },
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { authorization: `bearer${a.token}` },
      { authorization: `Bearer ${a.token} extra` },
      { authorization: `Bearer ${a.token}=` },
    ];
    for (const headers of cases) {
      const res = await read(a.id, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.json.error).toEqual(expect.any(String));
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(res.text).not.toContain('Dossier A');
    }
    expect((await write(a.id, {})).status).toBe(401);
  });

  it('wrong token, other dossier’s token and unknown dossier all → the identical 404', async () => {
    const wrong = await read(a.id, bearer(randomBytes(32).toString('base64url')));
    const other = await read(a.id, bearer(b.token));
    const unknown = await read(randomBytes(12).toString('base64url'), bearer(randomBytes(32).toString('base64url')));
    const unknownWithRealToken = await read('bestaatniet', bearer(a.token));
    for (const res of [wrong, other, unknown, unknownWithRealToken]) {
      expect(res.status).toBe(404);
      expect(res.text).toBe(wrong.text);
      expect(res.headers.get('content-type')).toBe(wrong.headers.get('content-type'));
    }
    expect(wrong.json.error).toMatch(/dossier/i);
  });

  it('writes follow the same rules, and a refused write changes nothing', async () => {
    const wrongBody = (await read(a.id, bearer('x'.repeat(43)))).text;
    for (const res of [
      await write(a.id, bearer(b.token)),
      await write(a.id, bearer('x'.repeat(43))),
      await write('onbekend', bearer(a.token)),
    ]) {
      expect(res.status).toBe(404);
      expect(res.text).toBe(wrongBody);
    }
    const check = await read(a.id, bearer(a.token));
    expect(check.json.steps.initiatief.revision).toBe(1);
  });

  it('the token is also refused in other places than the header', async () => {
    expect((await srv.call('GET', `/api/dossiers/${a.id}?token=${a.token}`)).status).toBe(401);
  });

  it('logs one line per request with method, path, status and time, never a token', async () => {
    await srv.call('GET', `/api/dossiers/${a.id}?token=${a.token}`, { headers: bearer(a.token) });
    expect(srv.logs.length).toBeGreaterThan(5);
    for (const line of srv.logs) {
      expect(line).toMatch(/^(GET|POST|PUT|DELETE|HEAD) \/\S* \d{3} \d+ms$/);
      for (const token of tokens) expect(line).not.toContain(token);
    }
    expect(srv.logs).toContain(`POST /api/dossiers 201 ${srv.logs.find((l) => l.startsWith('POST'))!.split(' ')[3]}`);
  });
});

describe.each(DB_KINDS)('unexpected errors on %s', (kind) => {
  let srv: TestServer;
  let failing = false;
  beforeAll(async () => {
    // A real database that can be made to fail, as when the connection drops mid-request.
    const wrapDb = (db: Db): Db => ({
      kind: db.kind,
      close: () => db.close(),
      transaction: (fn) => db.transaction(fn),
      query: (sql, params) => (failing ? Promise.reject(new Error('verbinding verbroken')) : db.query(sql, params)),
    });
    srv = await startTestServer(kind, { wrapDb });
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('answer 500 with a generic Dutch message, log without secrets, and keep serving', async () => {
    const { id, token } = await srv.createDossier();
    failing = true;
    const res = await srv.call('GET', `/api/dossiers/${id}`, { token });
    failing = false;
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ error: expect.stringMatching(/ging iets mis/) });
    expect(res.text).not.toContain('verbinding');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const errorLine = srv.logs.find((l) => l.startsWith('error '));
    expect(errorLine).toContain('verbinding verbroken');
    for (const line of srv.logs) expect(line).not.toContain(token);
    expect((await srv.call('GET', '/api/health')).status).toBe(200);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
  });
});
