import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '#src/server/openapi';
import { STEPS } from '#steps/index';
import { dossierWithPartners } from '#tests/server/fixtures';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';

type Op = { parameters?: { name: string; in: string }[] };
const doc = buildOpenApi(STEPS) as unknown as { paths: Record<string, Record<string, Op>> };

/** Values no route expects, for path parameters (percent-encoded as a client would send them). */
const HOSTILE_PARAMS = [
  '%00',
  'a%00b',
  '%0A%0D',
  '%1B%5B31m',
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2e%2e',
  'x'.repeat(4000),
  encodeURIComponent('👩🏽‍🏫 ß ğ مرحبا'),
  '%F0%9F',
  '%',
  '-1',
  '0',
  '1e999',
  '99999999999999999999',
  'null',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent("' OR 1=1 --"),
];

/** Bodies of the wrong shape and size, each with a JSON content type unless said otherwise. */
const HOSTILE_BODIES: { body: string | Uint8Array; type?: string }[] = [
  { body: 'null' },
  { body: '[]' },
  { body: '"tekst"' },
  { body: '12345' },
  { body: '{"data":"\\u0000","baseRevision":"1","complete":"ja"}' },
  { body: JSON.stringify({ title: 5, gemeente: ['x'], reason: { a: 1 }, confirmTitle: null, event: 'SIGN', override: 'x' }) },
  { body: JSON.stringify({ data: { a: 'x'.repeat(200_000) }, baseRevision: -1, reason: 'y'.repeat(5000) }) },
  { body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { body: '{"a":"\\ud800"}' },
  { body: '{' },
  { body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xff]), type: 'application/zip' },
  { body: '%PDF-1.7\n\u0000', type: 'application/pdf' },
  { body: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
];

describe.each(DB_KINDS)('fuzzing every route of the OpenAPI document on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s), { limits: { authFailures: { capacity: 1_000_000, perMinute: 1_000_000 } } });

  async function send(
    method: string,
    path: string,
    token: string | undefined,
    body?: { body: string | Uint8Array; type?: string },
  ) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body) headers['content-type'] = body.type ?? 'application/json';
    const res = await fetch(srv.url + path, {
      method: method.toUpperCase(),
      headers,
      body: body?.body as BodyInit | undefined,
      signal: AbortSignal.timeout(15_000),
    });
    // A live-event stream stays open: its status is all this test needs.
    await res.body?.cancel();
    return res.status;
  }

  it('answers hostile path values, bodies and tokens on every route without a 5xx', async () => {
    const { id, token } = await dossierWithPartners(srv);
    const valid: Record<string, string> = { id, stepId: 'visie', inviteId: 'bestaatniet', n: '1' };
    const failures: string[] = [];
    let requests = 0;
    const check = async (method: string, path: string, tok: string | undefined, body?: (typeof HOSTILE_BODIES)[number]) => {
      const status = await send(method, path, tok, body).catch((err: Error & { cause?: Error }) => {
        failures.push(
          `${method.toUpperCase()} ${path.slice(0, 120)} ${body ? String(body.body).slice(0, 40) : ''} → ${err.cause?.message ?? err.message}`,
        );
        return 0;
      });
      requests++;
      if (status >= 500)
        failures.push(`${method.toUpperCase()} ${path.slice(0, 120)} ${body ? String(body.body).slice(0, 40) : ''} → ${status}`);
    };
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        // Never the owner's own deletion with a valid body: it is not in the hostile set anyway.
        const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        const fill = (over: Record<string, string> = {}) =>
          template.replace(/\{(\w+)\}/g, (_, name: string) => over[name] ?? valid[name]!);
        for (const name of params) for (const value of HOSTILE_PARAMS) await check(method, fill({ [name]: value }), token);
        if (method !== 'get') for (const body of HOSTILE_BODIES) await check(method, fill(), token, body);
        for (const tok of ['x'.repeat(600), 'a b', '', '%00', 'Bearer x']) await check(method, fill(), tok);
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
    // Thousands of requests one after another: minutes on a busy two-core machine.
  }, 600_000);
});
